"""The buddy scheme page: where it may go, its routes, and the "raise a concern" link on every buddy page."""

from wagtail.test.utils import WagtailPageTestCase

import pytest

from community import buddies
from community.models import BuddySchemeIndexPage, Side
from home.models import HomePage

from .buddy_factories import BuddyOfferFactory, BuddyRequestFactory, BuddySchemeIndexPageFactory


class BuddySchemePageTypeTests(WagtailPageTestCase):
    def test_the_scheme_page_goes_under_the_home_page_and_has_no_children(self):
        self.assertAllowedParentPageTypes(BuddySchemeIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(BuddySchemeIndexPage, set())
        self.assertCanCreateAt(HomePage, BuddySchemeIndexPage)


@pytest.mark.django_db
def test_every_public_buddy_page_carries_the_concern_link(client, home_page):
    scheme = BuddySchemeIndexPageFactory(parent=home_page)
    concern = f'href="{scheme.url}concern/"'
    for url in (scheme.url, scheme.url + "ask/", scheme.url + "concern/"):
        assert concern in client.get(url).content.decode(), url
    match = buddies.propose_match(BuddyRequestFactory(), BuddyOfferFactory(), by=None)
    assert concern in client.get(buddies.match_path(match, Side.PERSON)).content.decode()
    assert buddies.concern_path() == f"{scheme.url}concern/"


@pytest.mark.django_db
def test_without_a_scheme_page_messages_fall_back_to_no_link():
    assert buddies.concern_path() == ""
    assert buddies.scheme_page() is None
