"""Fixtures for tests that drive the system Chromium against a live test server.

Mark every such test with @pytest.mark.browser: the top-level conftest skips them when no Chromium is
found (and REQUIRE_BROWSER=1 turns that into an error).

Two ways to get a page:

- `demo_page`: the demo site (`manage.py load_demo_content`), loaded once and shared by the browser tests.
  Use it for tests that only read, such as accessibility checks and keyboard journeys.
- `page`: pytest-django's `live_server`, with a transactional database emptied after the test. Use it
  when the test creates its own content (with factories) before opening the browser.

pytest-django runs tests with a plain database (`demo_page`) before transactional ones (`page`), so every
`demo_page` test runs while the demo content is loaded; the first `page` test removes it.
"""

from io import StringIO

from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections
from django.test import override_settings

import pytest
from pytest_django.live_server_helper import LiveServer

from conftest import find_chromium
from sidebyside.testing.browser import django_friendly_playwright, launch_chromium

DESKTOP_VIEWPORT = {"width": 1280, "height": 900}
# Every page here is local and small: fail well before pytest would, but leave room for a busy CI machine.
ACTION_TIMEOUT_MS = 20_000
DEMO_CONTENT = pytest.StashKey()


@pytest.fixture(scope="package")
def browser():
    """One headless Chromium for the browser tests, closed when they finish.

    Package scope rather than session: while Playwright runs, an asyncio loop counts as running in the
    test thread (see django_friendly_playwright), and the rest of the suite should not run like that.
    """
    executable_path = find_chromium()
    assert executable_path, "no Chromium found: browser tests should have been skipped by the top-level conftest"
    with django_friendly_playwright() as playwright:
        chromium = launch_chromium(playwright, executable_path)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(request):
    """Open a fresh browser context and page (closed after the test); relative URLs go to `base_url`."""
    if request.node.get_closest_marker("browser") is None:
        pytest.fail("tests that use the browser must be marked with @pytest.mark.browser")
    browser = request.getfixturevalue("browser")
    contexts = []

    def open_page(base_url=None, viewport=DESKTOP_VIEWPORT):
        context = browser.new_context(base_url=base_url, viewport=viewport)
        context.set_default_timeout(ACTION_TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


class DemoContent:
    """The demo content, committed to the test database, and how to take it out again: every row is saved
    before loading, and put back (after a flush) on removal, as Django's serialized_rollback does."""

    def __init__(self, alias=DEFAULT_DB_ALIAS):
        self.connection = connections[alias]
        self.saved_rows = None

    @property
    def loaded(self):
        return self.saved_rows is not None

    def load(self):
        self.saved_rows = self.connection.creation.serialize_db_to_string()
        call_command("load_demo_content", stdout=StringIO())

    def remove(self):
        if not self.loaded:
            return
        call_command(
            "flush",
            database=self.connection.alias,
            interactive=False,
            verbosity=0,
            inhibit_post_migrate=True,
            reset_sequences=False,
        )
        self.connection.creation.deserialize_db_from_string(self.saved_rows)
        self.saved_rows = None


@pytest.fixture(scope="package")
def demo_media_root(tmp_path_factory):
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(scope="package")
def demo_server(request, django_db_setup, django_db_blocker, demo_media_root):
    """A live server with the demo content, shared by the browser tests; the database is put back as it
    was afterwards.

    Loading the demo content takes seconds (many more on PostgreSQL), so it is loaded once and committed,
    rather than for every test as with pytest-django's `live_server`, which empties the database after
    each test.
    """
    demo_content = DemoContent()
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=demo_media_root):
        demo_content.load()
        request.config.stash[DEMO_CONTENT] = demo_content
        server = LiveServer("localhost")
        yield server
        server.stop()
        demo_content.remove()


@pytest.fixture
def demo_page(request, new_page, demo_server, demo_media_root, db, settings):
    """A page on the demo site. The demo content is shared by all the tests: treat it as read-only."""
    if not request.config.stash[DEMO_CONTENT].loaded:
        pytest.fail("the demo content was removed by a `page` test: run `demo_page` tests first")
    settings.MEDIA_ROOT = demo_media_root
    return new_page(demo_server.url)


@pytest.fixture(autouse=True)
def _no_demo_content_for_live_server_tests(request, django_db_blocker):
    """Tests on pytest-django's live server start from the database the migrations made, as everywhere
    else: take the demo content out if `demo_page` tests left it in."""
    demo_content = request.config.stash.get(DEMO_CONTENT, None)
    if "live_server" in request.fixturenames and demo_content is not None:
        with django_db_blocker.unblock():
            demo_content.remove()


@pytest.fixture
def page(new_page, live_server):
    """A page on pytest-django's live server, which serves what the test itself creates (committed)."""
    return new_page(live_server.url)
