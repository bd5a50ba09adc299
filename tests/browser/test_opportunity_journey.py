"""The opportunity journey in Chromium: find a role with the filters, apply as a guest by keyboard, see the
confirmation; a moderator moves the interest to "placed" in the admin; the page then says the places are
filled. axe checks every page on the way, including the form showing its errors."""

import re

from django.conf import settings
from django.test import Client

import pytest
from playwright.sync_api import expect

from opportunities.models import ExpressionOfInterest, InterestStatus, OpportunityKind
from opportunities.tests.factories import OpportunityIndexPageFactory, OpportunityPageFactory
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.tests.factories import OrganisationFactory, topic
from sidebyside.testing.accounts import login_with_mfa
from sidebyside.testing.browser import assert_no_axe_violations, press_on, tab_until

pytestmark = pytest.mark.browser


@pytest.fixture
def opportunities(home_page):
    organisation = OrganisationFactory(name="Brackenford Hospitals")
    index = OpportunityIndexPageFactory(parent=home_page)
    wanted = OpportunityPageFactory(
        parent=index,
        title="Maternity voices partner",
        kind=OpportunityKind.LAY_PARTNER,
        organisation=organisation,
        places_sought=1,
        topics=[topic("maternity")],
    )
    OpportunityPageFactory(parent=index, title="Youth forum member", kind=OpportunityKind.YOUTH_FORUM)
    OpportunityPageFactory(parent=index, title="Leaflet reader", kind=OpportunityKind.FROM_HOME)
    return index, wanted, organisation


def type_into(page, selector, text):
    """Reach the field with Tab, as a keyboard user does, and type."""
    tab_until(page, page.locator(selector), max_presses=80)
    page.keyboard.type(text)


def find_by_filters(page, index):
    page.goto(index.url)
    assert_no_axe_violations(page)
    expect(page.locator("#results-heading")).to_contain_text("3 opportunities")

    press_on(page, f"input[name=kind][value={OpportunityKind.LAY_PARTNER}]")
    tab_until(page, page.locator(".sbs-opportunities__filters button[type=submit]"), max_presses=120)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{index.url}?*kind={OpportunityKind.LAY_PARTNER}*")
    expect(page.locator("#results-heading")).to_contain_text("1 opportunity")
    assert_no_axe_violations(page)


def apply_as_a_guest(page, wanted):
    tab_until(page, page.get_by_role("link", name="Maternity voices partner").first, max_presses=200)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{wanted.url}")
    assert_no_axe_violations(page)

    # Sending the form empty shows the error summary, which axe must also pass.
    tab_until(page, page.locator("#interest button[type=submit]"), max_presses=200)
    page.keyboard.press("Enter")
    expect(page.locator(".nhsuk-error-summary")).to_be_visible()
    assert_no_axe_violations(page)
    assert ExpressionOfInterest.objects.count() == 0

    page.locator("#id_name").focus()
    page.keyboard.type("Rosa Kowalczyk")
    press_on(page, "input[name=preferred_contact][value=email]")
    type_into(page, "#id_email", "rosa@example.org")
    type_into(page, "#id_why_interested", "I had both my children here and want the next mums to feel listened to.")
    press_on(page, "#id_consent")
    tab_until(page, page.locator("#interest button[type=submit]"), max_presses=80)
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(r"/thank-you/(#.*)?$"))
    expect(page.locator("h1")).to_contain_text("We have your details")
    assert_no_axe_violations(page)


def move_to_placed_in_the_admin(page, live_server, organisation):
    moderator = MemberFactory(groups=["Moderators"])
    organisation.staff.add(moderator)
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
    page.goto(f"{live_server.url}/admin/interests/")
    page.get_by_role("link", name="Rosa Kowalczyk").first.click()
    for status in ("Contacted", "Placed"):
        page.locator(f"form[data-transition] button:has-text('{status}')").first.click()
        expect(page.locator(".messages")).to_be_visible()
    assert ExpressionOfInterest.objects.get().status == InterestStatus.PLACED


def test_find_apply_place_and_the_places_fill(page, live_server, opportunities, django_db_serialized_rollback):
    index, wanted, organisation = opportunities

    find_by_filters(page, index)
    apply_as_a_guest(page, wanted)
    interest = ExpressionOfInterest.objects.get()
    assert (interest.name, interest.email, interest.status) == ("Rosa Kowalczyk", "rosa@example.org", "new")

    move_to_placed_in_the_admin(page, live_server, organisation)

    page.goto(wanted.url)
    expect(page.locator(".sbs-opportunity__closed")).to_contain_text("All places are filled")
    expect(page.locator("main")).to_contain_text("1 of 1 place filled")
    expect(page.locator("#interest form")).to_have_count(0)
    expect(page.get_by_role("link", name="Tell me about similar opportunities").first).to_be_visible()
    assert_no_axe_violations(page)
