"""The "tell me about similar opportunities" page of a closed or full opportunity."""

import datetime

from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from opportunities.models import InterestStatus
from opportunities.tests.factories import (
    ExpressionOfInterestFactory,
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    closed_yesterday,
)
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.tests.factories import topic
from sidebyside.testing.queries import assert_query_budget

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return OpportunityIndexPageFactory(parent=home_page)


@pytest.fixture
def closed(index):
    return OpportunityPageFactory(
        parent=index, title="Closed role", closing_date=closed_yesterday(), topics=[topic("mental_health")]
    )


def similar_url(page):
    return f"{page.url}similar/"


def opportunity(index, title, topics=("mental_health",), **fields):
    return OpportunityPageFactory(parent=index, title=title, topics=[topic(slug) for slug in topics], **fields)


def listed(response):
    return [page.title for page in response.context["similar"]]


def test_a_closed_opportunity_lists_open_ones_in_the_same_topics(client, index, closed):
    same = opportunity(index, "Open in the same topic")
    opportunity(index, "Open in another topic", topics=["cancer"])
    opportunity(index, "Also closed", closing_date=closed_yesterday())
    full = opportunity(index, "Full", places_sought=1)
    ExpressionOfInterestFactory(opportunity=full, status=InterestStatus.PLACED)
    draft = opportunity(index, "Not published")
    draft.unpublish()
    private = opportunity(index, "Staff only")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(similar_url(closed))

    assert response.status_code == 200
    html = response.content.decode()
    assert "This opportunity has closed" in html
    assert "Closed role" in html
    assert listed(response) == ["Open in the same topic"]
    assert f'href="{same.url}"' in html


def test_at_most_three_newest_are_listed(client, index, closed):
    now = timezone.now()
    for number in range(5):
        page = opportunity(index, f"Role {number}")
        type(page).objects.filter(pk=page.pk).update(first_published_at=now + datetime.timedelta(minutes=number))
    assert listed(client.get(similar_url(closed))) == ["Role 4", "Role 3", "Role 2"]


def test_a_full_opportunity_says_so(client, index):
    full = opportunity(index, "Full role", places_sought=1)
    ExpressionOfInterestFactory(opportunity=full, status=InterestStatus.PLACED)
    html = client.get(similar_url(full)).content.decode()
    assert "All places for this opportunity are filled" in html


def test_nothing_similar_is_said_plainly(client, closed):
    response = client.get(similar_url(closed))
    assert listed(response) == []
    assert "There are no similar opportunities open right now." in response.content.decode()


def test_an_open_opportunity_sends_people_back_to_its_form(client, index):
    page = opportunity(index, "Open role")
    response = client.get(similar_url(page))
    assert response.status_code == 302 and response["Location"] == page.url


def test_the_alert_form_is_ticked_with_the_opportunitys_topics(client, index):
    page = opportunity(index, "Closed two topics", topics=["cancer", "gp"], closing_date=closed_yesterday())
    response = client.get(similar_url(page))

    form = response.context["form"]
    assert sorted(form.initial["topics"]) == ["cancer", "gp"]
    html = response.content.decode()
    assert 'value="cancer" checked' in html and 'value="gp" checked' in html
    assert 'value="mental_health" checked' not in html
    assert 'action="/en/involvement/alerts/"' in html


def test_a_member_sees_their_email_and_the_page_is_not_cached(client, closed):
    member = MemberFactory(email="member@example.org")
    client.force_login(member)
    response = client.get(similar_url(closed))
    assert response.context["form"].initial["email"] == "member@example.org"
    assert "no-store" in response.headers["Cache-Control"] or "private" in response.headers["Cache-Control"]


def test_the_page_costs_the_same_queries_however_many_opportunities_match(client, index, closed):
    def grow(count):
        for number in range(count):
            opportunity(index, f"Grown {number}-{timezone.now().timestamp()}", topics=["mental_health", "cancer"])

    client.get(similar_url(closed))  # warm the per-process caches (content types, locales)
    assert_query_budget(lambda: client.get(similar_url(closed)), budget=20, grow=grow, grow_steps=(4, 10))
