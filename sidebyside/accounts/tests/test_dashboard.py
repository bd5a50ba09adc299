"""The "My involvement" dashboard and its registry."""

from datetime import date

import pytest

from sidebyside.accounts import dashboard
from sidebyside.accounts.dashboard import DashboardItem, register_section, unregister_section
from sidebyside.accounts.models import Consent
from sidebyside.testing.queries import assert_query_budget

from .factories import ConsentFactory

pytestmark = pytest.mark.django_db

DASHBOARD = "/en/account/involvement/"


@pytest.fixture
def consents_section():
    """A section built like a later app's: one query for however many items."""

    def items(user):
        return [
            DashboardItem(title=c.get_topic_display(), status=c.wording_version, date=c.given_at, url="/en/")
            for c in Consent.objects.filter(user=user)
        ]

    register_section("test-consents", "Things I agreed to", items, order=1, empty_text="None yet.")
    yield
    unregister_section("test-consents")


def test_dashboard_needs_signing_in(client):
    assert client.get(DASHBOARD)["Location"].startswith("/en/account/login/")


def test_dashboard_lists_each_section_and_its_items(member_client, member, consents_section):
    page = member_client.get(DASHBOARD).content.decode()
    assert "Things I agreed to" in page
    assert "None yet." in page

    ConsentFactory(user=member, wording_version="alerts-v9")
    page = member_client.get(DASHBOARD).content.decode()

    assert "Emails about topics I care about" in page
    assert "Status:" in page and "alerts-v9" in page
    assert '<section aria-labelledby="section-test-consents">' in page


def test_sections_appear_in_their_order(member_client):
    register_section("test-b", "Second section", lambda user: [], order=20)
    register_section(
        "test-a", "First section", lambda user: [DashboardItem("An event", date=date(2026, 1, 2))], order=10
    )
    try:
        page = member_client.get(DASHBOARD).content.decode()
    finally:
        unregister_section("test-a")
        unregister_section("test-b")
    assert page.index("First section") < page.index("Second section")
    assert "2 January 2026" in page


def test_dashboard_query_budget_does_not_grow_with_items(
    member_client, member, consents_section, home_page, monkeypatch
):
    """The page itself and one section; tests/test_query_budgets.py measures it with every app's sections."""
    monkeypatch.setattr(dashboard, "_sections", {"test-consents": dashboard._sections["test-consents"]})

    def grow(n):
        ConsentFactory.create_batch(n, user=member)

    member_client.get(DASHBOARD)  # warm Django's and Wagtail's in-process caches (content types, site)
    assert_query_budget(lambda: member_client.get(DASHBOARD), budget=8, grow=grow)
