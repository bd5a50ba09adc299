"""The buddy journey in Chromium: a guest asks for a buddy by keyboard (errors first, then fixed), a
moderator proposes a buddy in the admin, both people accept through their own signed links, and only then
does each see how to reach the other. axe checks every public page on the way."""

import re

from django.conf import settings
from django.test import Client

import pytest
from playwright.sync_api import expect

from community.models import BuddyMatch, BuddyRequest, MatchStatus
from community.tests.buddy_factories import BuddyOfferFactory, BuddySchemeIndexPageFactory
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.tests.factories import OrganisationFactory
from sidebyside.notifications.models import OutboxMessage
from sidebyside.testing.accounts import login_with_mfa
from sidebyside.testing.browser import assert_no_axe_violations, press_on, tab_until

pytestmark = pytest.mark.browser


@pytest.fixture
def scheme(home_page):
    return BuddySchemeIndexPageFactory(parent=home_page)


@pytest.fixture
def grace():
    return BuddyOfferFactory(
        organisation=OrganisationFactory(name="North Hospital"),
        name="Grace Mensah",
        email="grace@example.org",
        phone="07700 900222",
        languages=["English", "Polish"],
        support_areas=["travel"],
        modes=["phone"],
        capacity=2,
    )


def type_into(page, selector, text, presses=60):
    tab_until(page, page.locator(selector), max_presses=presses)
    page.keyboard.type(text)


def ask_by_keyboard(page, scheme):
    page.goto(scheme.url)
    assert_no_axe_violations(page)
    press_on(page, ".sbs-buddy-ask .nhsuk-action-link", key="Enter")
    page.wait_for_url(re.compile(r"/ask/$"))
    assert_no_axe_violations(page)

    # Sent empty: the error summary links to each question; nothing is saved.
    press_on(page, "main form button[type=submit]", key="Enter")
    summary = page.locator(".nhsuk-error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("Enter your name.")
    expect(summary).to_contain_text("Choose at least one thing you would like support with.")
    assert_no_axe_violations(page)
    assert BuddyRequest.objects.count() == 0

    page.locator("#id_name").focus()
    page.keyboard.type("Rosa Kowalczyk")
    # A radio group is one Tab stop: the arrow keys choose within it (email, then phone).
    press_on(page, "input[name=preferred_contact]", key="ArrowDown")
    expect(page.locator("input[name=preferred_contact][value=phone]")).to_be_checked()
    type_into(page, "#id_phone", "07700 900111")
    press_on(page, "input[name=support_areas][value=travel]")
    type_into(page, "#id_preferred_language", "Polish", presses=40)
    press_on(page, "input[name=modes][value=phone]")
    press_on(page, "#id_consent")
    press_on(page, "main form button[type=submit]", key="Enter")
    page.wait_for_url(re.compile(r"/ask/thank-you/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for asking for a buddy")
    assert_no_axe_violations(page)


def propose_in_the_admin(page, live_server, grace):
    moderator = MemberFactory(groups=["Trust administrators"])
    client = Client()
    login_with_mfa(client, moderator)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    page.goto(f"{live_server.url}/admin/buddy_requests/")
    page.get_by_role("link", name="Rosa Kowalczyk").first.click()
    candidate = page.locator("tr.buddy-candidate", has_text="Grace Mensah")
    expect(candidate).to_contain_text("speaks Polish")
    expect(candidate).to_contain_text("can help with travel")
    candidate.get_by_role("button").click()
    expect(page.locator(".messages")).to_contain_text("We have asked both people to accept")
    page.context.clear_cookies()


def test_ask_match_accept_and_share(page, live_server, scheme, grace, django_db_serialized_rollback):
    ask_by_keyboard(page, scheme)
    propose_in_the_admin(page, live_server, grace)
    match = BuddyMatch.objects.get()
    person_link = OutboxMessage.objects.get(template="buddy_match_proposed", recipient="").context["match_path"]
    buddy_link = OutboxMessage.objects.get(template="buddy_match_proposed", recipient="grace@example.org").context[
        "match_path"
    ]

    page.goto(f"{live_server.url}{person_link}")
    expect(page.locator("main")).to_contain_text("We think Grace could be a good buddy for you.")
    expect(page.locator("main")).not_to_contain_text("grace@example.org")
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Yes, I would like to go ahead").click()
    expect(page.locator("main")).to_contain_text("We are waiting for Grace")
    expect(page.locator("main")).not_to_contain_text("07700 900222")
    assert_no_axe_violations(page)

    page.goto(f"{live_server.url}{buddy_link}")
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Yes, I would like to go ahead").click()
    expect(page.locator(".sbs-buddy-contact")).to_contain_text("07700 900111")
    assert_no_axe_violations(page)

    page.goto(f"{live_server.url}{person_link}")
    expect(page.locator(".sbs-buddy-contact")).to_contain_text("grace@example.org")
    expect(page.locator(".sbs-buddy-contact")).to_contain_text("07700 900222")
    match.refresh_from_db()
    assert match.status == MatchStatus.ACTIVE and match.details_shared

    # The concern form every buddy page links to.
    page.get_by_role("link", name="Raise a concern with our safeguarding lead").click()
    page.wait_for_url(re.compile(r"/concern/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Raise a concern")
    assert_no_axe_violations(page)


def test_the_offer_form_and_its_errors_pass_axe(page, live_server, scheme, django_db_serialized_rollback):
    member = MemberFactory()
    client = Client()
    client.force_login(member)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    page.goto(f"{live_server.url}{scheme.url}offer/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Offer to be a buddy")
    assert_no_axe_violations(page)
    press_on(page, "main form button[type=submit]", key="Enter")
    expect(page.locator(".nhsuk-error-summary")).to_contain_text("Tell us what you could help with.")
    assert_no_axe_violations(page)
