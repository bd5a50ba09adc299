"""The settings read the environment as documented: database, cache, queue broker, tasks, languages.

Each test executes a fresh copy of a settings file under its own module name, with a patched environment,
so the settings the test run itself uses are never touched.
"""

import importlib.util
from pathlib import Path

from django.conf import settings

from wagtail.tasks import update_reference_index_task

import django_tasks
import pytest

from sidebyside.core.task_backends import DjangoQ2Backend

SETTINGS_DIR = Path(__file__).resolve().parents[2] / "settings"
ENVIRONMENT_READ_BY_SETTINGS = [
    "DATABASE_URL",
    "DATABASE_CONN_MAX_AGE",
    "REDIS_URL",
    "Q_WORKERS",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "WAGTAILADMIN_BASE_URL",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "MEDIA_S3_BUCKET",
]


def load_settings_module(name, monkeypatch, **environ):
    """Execute sidebyside/settings/<name>.py afresh with exactly `environ` set, and return the module."""
    for variable in ENVIRONMENT_READ_BY_SETTINGS:
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environ.items():
        monkeypatch.setenv(variable, value)
    # A name inside the settings package, so `from .base import *` in production.py still resolves.
    spec = importlib.util.spec_from_file_location(f"sidebyside.settings._fresh_{name}", SETTINGS_DIR / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def load_base(monkeypatch):
    return lambda **environ: load_settings_module("base", monkeypatch, **environ)


def test_sqlite_file_under_var_when_database_url_is_unset(load_base):
    base = load_base()
    database = base.DATABASES["default"]
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert Path(database["NAME"]) == base.BASE_DIR / "var" / "db.sqlite3"


def test_database_url_selects_the_database(load_base):
    base = load_base(DATABASE_URL="postgres://sbs:secret@db.internal:5433/sidebyside", DATABASE_CONN_MAX_AGE="60")
    database = base.DATABASES["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["NAME"], database["USER"], database["HOST"], database["PORT"]) == (
        "sidebyside",
        "sbs",
        "db.internal",
        5433,
    )
    assert database["CONN_MAX_AGE"] == 60


def test_redis_url_makes_redis_the_cache_and_the_broker(load_base):
    base = load_base(REDIS_URL="redis://cache.internal:6379/2")
    cache = base.CACHES["default"]
    assert cache["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert cache["LOCATION"] == "redis://cache.internal:6379/2"
    assert base.Q_CLUSTER["redis"] == "redis://cache.internal:6379/2"
    assert "orm" not in base.Q_CLUSTER


def test_without_redis_local_memory_cache_and_orm_broker(load_base):
    base = load_base()
    assert base.CACHES["default"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
    assert base.Q_CLUSTER["orm"] == "default"
    assert "redis" not in base.Q_CLUSTER


@pytest.mark.parametrize("redis_url", ["", "redis://cache.internal:6379/2"])
def test_queue_retries_only_after_a_task_has_timed_out(load_base, redis_url):
    q_cluster = load_base(REDIS_URL=redis_url).Q_CLUSTER
    # django-q2 offers a task again after `retry` seconds: shorter than `timeout` would run it twice at once.
    assert q_cluster["timeout"] < q_cluster["retry"]
    assert 1 <= q_cluster["max_attempts"] <= 10
    assert q_cluster["catch_up"] is False


def test_test_settings_run_jobs_inline_with_a_local_cache():
    assert settings.Q_CLUSTER["sync"] is True
    assert settings.Q_CLUSTER["timeout"] < settings.Q_CLUSTER["retry"]
    assert settings.CACHES["default"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"


def test_wagtail_tasks_go_to_the_django_q2_backend():
    assert settings.TASKS["default"]["BACKEND"] == "sidebyside.core.task_backends.DjangoQ2Backend"
    assert isinstance(django_tasks.task_backends["default"], DjangoQ2Backend)
    assert isinstance(update_reference_index_task.get_backend(), DjangoQ2Backend)


def test_english_polish_and_arabic_are_switched_on(load_base):
    base = load_base()
    assert [code for code, _name in base.LANGUAGES] == ["en", "pl", "ar"]
    assert [code for code, _name in base.WAGTAIL_CONTENT_LANGUAGES] == ["en", "pl", "ar"]
    assert base.LANGUAGE_CODE == "en"
    assert base.WAGTAIL_I18N_ENABLED is True
    assert base.USE_I18N is True
    assert "sidebyside.core.middleware.LocaleMiddleware" in base.MIDDLEWARE
    assert settings.LANGUAGES == base.LANGUAGES
