"""Project-wide pytest setup: what the suite needs, and what REQUIRE_POSTGRES / REQUIRE_BROWSER demand."""

import os
import shutil

from django.conf import settings

import pytest

CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]


def find_chromium():
    explicit = os.environ.get("CHROMIUM_PATH")
    if explicit:
        return explicit if os.path.exists(explicit) else None
    for candidate in CHROMIUM_CANDIDATES:
        if os.path.exists(candidate):
            return candidate
    return shutil.which("chromium")


def on_postgres():
    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


def pytest_configure(config):
    if os.environ.get("REQUIRE_POSTGRES") == "1" and not on_postgres():
        raise pytest.UsageError("REQUIRE_POSTGRES=1 but DATABASE_URL does not point at PostgreSQL.")
    if os.environ.get("REQUIRE_BROWSER") == "1" and not find_chromium():
        raise pytest.UsageError("REQUIRE_BROWSER=1 but no Chromium was found (set CHROMIUM_PATH).")


def pytest_collection_modifyitems(config, items):
    skip_postgres = pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL=postgres://...")
    skip_browser = pytest.mark.skip(reason="needs Chromium: install it or set CHROMIUM_PATH")
    has_postgres, has_browser = on_postgres(), bool(find_chromium())
    for item in items:
        if "postgres" in item.keywords and not has_postgres:
            item.add_marker(skip_postgres)
        if "browser" in item.keywords and not has_browser:
            item.add_marker(skip_browser)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache: rate-limit counters and cached pages must not leak between tests."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in the default language: a request in an earlier test may have switched it."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def home_page(db):
    """The home page the migrations create, as the root of the default site."""
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture(scope="module")
def demo_content_once(django_db_setup, django_db_blocker):
    """The demo content, loaded once for a test module and rolled back after it.

    Loading it takes seconds, so read-only tests of the demo share one load: it happens inside a
    transaction kept open for the whole module, and each test runs in a savepoint within it (the `db`
    fixture), so what a test changes is undone before the next. Use it through a function-scoped fixture
    that also asks for `db`. Tests in the module that need an empty database belong in another module.
    """
    from io import StringIO

    from django.core.management import call_command
    from django.db import transaction

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("load_demo_content", stdout=StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
