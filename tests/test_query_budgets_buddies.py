"""Query budgets for the buddy scheme: its page, the ask-for-a-buddy form (whose opportunity list grows),
the concern form and a match page cost the same number of queries however many opportunities, offers,
requests and matches there are (see tests/test_query_budgets.py)."""

import pytest

from community import buddies
from community.models import Side
from community.tests.buddy_factories import (
    BuddyOfferFactory,
    BuddyRequestFactory,
    BuddySchemeIndexPageFactory,
)
from opportunities.tests.factories import OpportunityIndexPageFactory, OpportunityPageFactory
from sidebyside.testing.queries import assert_query_budget

from .test_query_budgets import furnished_site  # noqa: F401  (a fixture)

SCHEME_PAGE_BUDGET = 13
ASK_PAGE_BUDGET = 15
CONCERN_PAGE_BUDGET = 17
MATCH_PAGE_BUDGET = 8
MY_INVOLVEMENT_SECTION_BUDGET = 3


@pytest.fixture
def index(home_page, furnished_site):  # noqa: F811
    return BuddySchemeIndexPageFactory(parent=home_page)


def more_buddy_records(total):
    for _ in range(total):
        offer = BuddyOfferFactory(capacity=3)
        buddies.propose_match(BuddyRequestFactory(), offer, by=None)


@pytest.mark.django_db
def test_the_scheme_page_costs_the_same_however_many_buddies(client, index):
    queries = assert_query_budget(
        lambda: client.get(index.url), SCHEME_PAGE_BUDGET, grow=more_buddy_records, grow_steps=(5,)
    )
    assert queries <= SCHEME_PAGE_BUDGET


@pytest.mark.django_db
def test_the_ask_page_costs_the_same_with_2_or_30_opportunities(client, home_page, index):
    parent = OpportunityIndexPageFactory(parent=home_page)

    def grow(total):
        for number in range(total):
            OpportunityPageFactory(parent=parent, title=f"Role {total}-{number}")

    grow(2)
    queries = assert_query_budget(lambda: client.get(index.url + "ask/"), ASK_PAGE_BUDGET, grow=grow, grow_steps=(28,))
    assert queries <= ASK_PAGE_BUDGET


@pytest.mark.django_db
def test_the_concern_page_stays_within_budget(client, index):
    queries = assert_query_budget(lambda: client.get(index.url + "concern/"), CONCERN_PAGE_BUDGET)
    assert queries <= CONCERN_PAGE_BUDGET


@pytest.mark.django_db
def test_a_match_page_costs_the_same_however_many_matches(client, index):
    match = buddies.propose_match(BuddyRequestFactory(), BuddyOfferFactory(), by=None)
    url = buddies.match_path(match, Side.PERSON)
    queries = assert_query_budget(lambda: client.get(url), MATCH_PAGE_BUDGET, grow=more_buddy_records, grow_steps=(5,))
    assert queries <= MATCH_PAGE_BUDGET


@pytest.mark.django_db
def test_the_my_involvement_section_costs_three_queries_however_many_records():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from sidebyside.accounts.tests.factories import MemberFactory

    member = MemberFactory()
    counts = []
    for _ in range(3):
        BuddyRequestFactory(user=member)
        offer = BuddyOfferFactory(user=member, capacity=5)
        buddies.propose_match(BuddyRequestFactory(), offer, by=None)
        buddies.propose_match(BuddyRequestFactory(user=member), BuddyOfferFactory(), by=None)
        with CaptureQueriesContext(connection) as captured:
            items = buddies.dashboard_items(member)
        counts.append(len(captured.captured_queries))
    assert len(items) == 3 * 5  # each round: 2 requests, 1 offer, 2 matches
    assert counts == [MY_INVOLVEMENT_SECTION_BUDGET] * 3
