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
