"""In Chromium, by keyboard: a member cancels their request for a buddy from My involvement, in English and in
Arabic, through the "are you sure?" page; axe checks both pages in every language."""

from django.conf import settings
from django.test import Client

import pytest
from playwright.sync_api import expect

from community.models import BuddyRequest, RequestStatus
from community.tests.buddy_factories import BuddyOfferFactory, BuddyRequestFactory
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.testing.browser import assert_no_axe_violations, tab_to_and_press

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language_code", [code for code, _name in settings.LANGUAGES])
def test_a_member_cancels_their_request_by_keyboard(page, live_server, language_code, django_db_serialized_rollback):
    member = MemberFactory()
    buddy_request = BuddyRequestFactory(user=member)
    BuddyOfferFactory(user=member)
    client = Client()
    client.force_login(member)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}])

    page.goto(f"{live_server.url}/{language_code}/account/involvement/")
    cancel = page.locator(f"a[href$='/buddies/requests/{buddy_request.pk}/cancel/']")
    expect(cancel).to_have_count(1)
    expect(page.locator("a[href*='/buddies/offers/'][href$='/withdraw/']")).to_have_count(1)
    assert_no_axe_violations(page)
    tab_to_and_press(page, cancel)

    expect(page.locator("main h1")).to_be_visible()
    assert page.locator("html").get_attribute("lang") == language_code
    assert_no_axe_violations(page)
    tab_to_and_press(page, page.locator("main form button[type=submit]"))

    expect(page.locator(".sbs-message[role=status]")).to_be_visible()
    assert page.url.endswith(f"/{language_code}/account/involvement/")
    assert BuddyRequest.objects.get(pk=buddy_request.pk).status == RequestStatus.CLOSED
    expect(cancel).to_have_count(0)
    assert_no_axe_violations(page)
