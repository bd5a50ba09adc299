"""The opportunity page: everything a person needs to decide, and what it says once closed or full."""

import datetime

from django.utils import timezone

import pytest

from home.models import HomePageFeaturedOpportunity, latest_pages_of_kind
from home.tests.factories import StandardPageFactory
from opportunities.models import (
    InterestStatus,
    OpportunityKind,
    OpportunityPage,
    OpportunityTrainingLink,
    Payment,
    RelatedOpportunity,
)
from opportunities.tests.factories import (
    ExpressionOfInterestFactory,
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    closed_yesterday,
)
from sidebyside.core.tests.factories import ContactPersonFactory, OrganisationFactory, VenueFactory, topic

pytestmark = pytest.mark.django_db

FORM_MARKER = 'id="interest-heading"'
SIMILAR_LINK = "Tell me about similar opportunities"


@pytest.fixture
def index(home_page):
    return OpportunityIndexPageFactory(parent=home_page)


def body_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def place(opportunity, count=1):
    for _ in range(count):
        ExpressionOfInterestFactory(opportunity=opportunity, status=InterestStatus.PLACED)


def test_shows_everything_about_the_role(client, home_page, index):
    policy = StandardPageFactory(parent=home_page, title="Paying people for their time")
    training = StandardPageFactory(parent=home_page, title="Being a lay partner")
    page = OpportunityPageFactory(
        parent=index,
        title="Maternity voices partner",
        summary="Help us make maternity care better.",
        kind=OpportunityKind.REFERENCE_GROUP,
        organisation=OrganisationFactory(name="Valley Trust", website="https://valley.example"),
        for_adults=True,
        for_parents_carers=True,
        usual_time="First Tuesday of the month, 2pm",
        meeting_length="2 hours",
        role_length="1 year",
        preparation="Read about 10 pages before each meeting",
        in_person=True,
        venue=VenueFactory(name="Riverside Centre", map_url="https://maps.example/riverside", parking="Free car park"),
        online=True,
        online_details="Video call on Teams",
        offers_briefing=True,
        offers_taster=True,
        offers_buddy=True,
        payment=Payment.PAID,
        payment_rate="£25 for each meeting",
        payment_policy=policy,
        places_sought=2,
        closing_date=datetime.date(2099, 3, 3),
        contact=ContactPersonFactory(name="Priya Shah", role="Involvement lead", email="priya@trust.example"),
        topics=[topic("maternity"), topic("mental_health")],
    )
    OpportunityTrainingLink.objects.create(page=page, training=training, sort_order=0)
    place(page)
    body = body_of(client, page)
    for text in (
        "Help us make maternity care better.",
        "Reference group",
        "Maternity",
        "Mental health",
        '<a href="https://valley.example">Valley Trust</a>',
        "Adults, Parents and carers",
        "Monthly or less",
        "First Tuesday of the month, 2pm",
        "2 hours",
        "1 year",
        "Read about 10 pages before each meeting",
        "Riverside Centre",
        "12 Mill Lane<br>Testford",
        'href="https://maps.example/riverside"',
        "Step-free access",
        "Free car park",
        "Video call on Teams",
        "A briefing meeting before you start",
        "A taster meeting",
        "A buddy who has done this before",
        "Being a lay partner",
        "This is paid involvement: £25 for each meeting.",
        f'href="{policy.url}"',
        "1 of 2 places filled",
        "Closes at the end of Tuesday 3 March 2099",
        'Priya Shah, <span lang="en">Involvement lead</span>',
        'href="mailto:priya@trust.example"',
        FORM_MARKER,
    ):
        assert text in body, text
    assert SIMILAR_LINK not in body


def test_from_home_and_voluntary(client, index):
    page = OpportunityPageFactory(
        parent=index, online=False, from_home=True, payment=Payment.VOLUNTARY, places_sought=1, contact=None
    )
    body = body_of(client, page)
    assert "You can do this from home, by email or by post." in body
    assert "This is a voluntary role. It is not paid." in body
    assert "0 of 1 place filled" in body
    assert "There is no closing date." in body


def test_closing_today_is_still_open(client, index):
    page = OpportunityPageFactory(parent=index, closing_date=timezone.localdate())
    body = body_of(client, page)
    assert "Closes today" in body
    assert FORM_MARKER in body


def test_after_the_closing_date_it_says_so_and_offers_similar_instead_of_the_form(client, index):
    yesterday = closed_yesterday()
    page = OpportunityPageFactory(parent=index, closing_date=yesterday)
    body = body_of(client, page)
    assert f"This opportunity closed on {yesterday.day} {yesterday:%B %Y}." in body
    assert FORM_MARKER not in body
    assert f'href="{page.url}similar/">{SIMILAR_LINK}' in body


def test_when_every_place_is_filled_it_says_so_and_offers_similar(client, index):
    page = OpportunityPageFactory(parent=index, places_sought=2)
    place(page, 2)
    ExpressionOfInterestFactory(opportunity=page, status=InterestStatus.NEW)
    body = body_of(client, page)
    assert "All places are filled" in body
    assert "2 of 2 places filled" in body
    assert FORM_MARKER not in body
    assert SIMILAR_LINK in body


def test_places_filled_counts_every_language_version(index):
    page = OpportunityPageFactory(parent=index, places_sought=1)
    ExpressionOfInterestFactory(opportunity=None, opportunity_key=page.translation_key, status=InterestStatus.PLACED)
    assert OpportunityPage.objects.get(pk=page.pk).is_full


def test_related_opportunities_are_shown_as_cards_in_the_chosen_order_live_only(client, index):
    page = OpportunityPageFactory(parent=index)
    first = OpportunityPageFactory(parent=index, title="Youth forum member")
    second = OpportunityPageFactory(parent=index, title="Leaflet reviewer", places_sought=1)
    draft = OpportunityPageFactory(parent=index, title="Draft role", live=False)
    place(second)
    for order, related in enumerate((second, draft, first)):
        RelatedOpportunity.objects.create(page=page, opportunity=related, sort_order=order)
    assert [p.title for p in page.related_opportunity_pages()] == ["Leaflet reviewer", "Youth forum member"]
    body = body_of(client, page)
    assert "Related opportunities" in body
    assert body.index("Leaflet reviewer") < body.index("Youth forum member")
    assert "Draft role" not in body
    assert "All places filled" in body


def test_home_page_features_open_opportunities_soonest_closing_first(client, home_page, index):
    OpportunityPageFactory(parent=index, title="Closed", closing_date=closed_yesterday())
    full = OpportunityPageFactory(parent=index, title="Full", places_sought=1)
    place(full)
    OpportunityPageFactory(parent=index, title="No date")
    OpportunityPageFactory(parent=index, title="Soon", closing_date=timezone.localdate() + datetime.timedelta(days=2))
    OpportunityPageFactory(parent=index, title="Later", closing_date=timezone.localdate() + datetime.timedelta(days=9))
    assert not HomePageFeaturedOpportunity.objects.exists()
    assert [page.title for page in latest_pages_of_kind("opportunity")] == ["Soon", "Later", "No date"]
    body = body_of(client, home_page)
    assert body.index("Soon") < body.index("Later") < body.index("No date")
