"""The opportunity index: each filter alone and together, search, pagination, the empty state and languages."""

import datetime

from django.http import QueryDict
from django.utils import timezone

from wagtail.models import Locale

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opportunities.filters import OpportunityFilterForm
from opportunities.models import Audience, Commitment, Delivery, InterestStatus, OpportunityKind
from opportunities.tests.factories import (
    ExpressionOfInterestFactory,
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    closed_yesterday,
)
from opportunities.views.listing import PER_PAGE
from sidebyside.core.tests.factories import OrganisationFactory, topic
from sidebyside.testing.forms import HOSTILE_SAMPLES, VIEW_FUZZ_SETTINGS, hostile_value

pytestmark = pytest.mark.django_db

URL = "/en/get-involved/"


@pytest.fixture
def index(home_page):
    return OpportunityIndexPageFactory(parent=home_page)


def listed(client, url=URL, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response


def titles(response):
    return [opportunity.title for opportunity in response.context["opportunities"]]


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def place(opportunity, count=1):
    for _ in range(count):
        ExpressionOfInterestFactory(opportunity=opportunity, status=InterestStatus.PLACED)


def test_lists_open_live_opportunities_with_a_count(client, index):
    OpportunityPageFactory(parent=index, title="Maternity voices")
    OpportunityPageFactory(parent=index, title="Draft role", live=False)
    response = listed(client)
    assert titles(response) == ["Maternity voices"]
    assert "1 opportunity" in response.content.decode()


def test_closed_and_full_ones_are_left_out_unless_asked_for(client, index):
    OpportunityPageFactory(parent=index, title="Open")
    OpportunityPageFactory(parent=index, title="Closed", closing_date=closed_yesterday())
    full = OpportunityPageFactory(parent=index, title="Full", places_sought=1)
    place(full)
    assert titles(listed(client)) == ["Open"]
    with_closed = titles(listed(client, include_closed="on"))
    assert with_closed[0] == "Open"
    assert set(with_closed) == {"Open", "Closed", "Full"}


def test_open_ones_are_ordered_soonest_closing_first(client, index):
    OpportunityPageFactory(parent=index, title="No date")
    OpportunityPageFactory(parent=index, title="Later", closing_date=in_days(30))
    OpportunityPageFactory(parent=index, title="Sooner", closing_date=in_days(2))
    assert titles(listed(client)) == ["Sooner", "Later", "No date"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"kind": OpportunityKind.YOUTH_FORUM}, {"Youth forum"}),
        ({"kind": [OpportunityKind.YOUTH_FORUM, OpportunityKind.FROM_HOME]}, {"Youth forum", "Leaflet review"}),
        ({"audience": Audience.YOUNG_PEOPLE}, {"Youth forum"}),
        ({"audience": [Audience.YOUNG_PEOPLE, Audience.PARENTS_CARERS]}, {"Youth forum", "Maternity voices"}),
        ({"how": Delivery.FROM_HOME}, {"Leaflet review"}),
        ({"how": Delivery.IN_PERSON}, {"Maternity voices"}),
        ({"commitment": Commitment.WEEKLY}, {"Youth forum"}),
        ({"commitment": [Commitment.WEEKLY, Commitment.ONE_OFF]}, {"Youth forum", "Leaflet review"}),
        ({"topic": "maternity"}, {"Maternity voices"}),
        ({"topic": ["maternity", "young_people"]}, {"Maternity voices", "Youth forum"}),
        ({"closing_soon": "on"}, {"Leaflet review"}),
        ({"q": "leaflet"}, {"Leaflet review"}),
        ({"q": "LEAFLETS patient"}, {"Leaflet review"}),
        ({"q": "babies"}, {"Maternity voices"}),
        ({"kind": OpportunityKind.YOUTH_FORUM, "audience": Audience.ADULTS}, set()),
        ({"how": Delivery.ONLINE, "audience": Audience.YOUNG_PEOPLE}, {"Youth forum"}),
        ({"how": Delivery.ONLINE, "topic": "maternity", "commitment": Commitment.MONTHLY}, {"Maternity voices"}),
        ({"q": "forum", "topic": "maternity"}, set()),
    ],
)
def test_filters_alone_and_together(client, index, params, expected):
    OpportunityPageFactory(
        parent=index,
        title="Maternity voices",
        summary="Help us improve care for mothers and babies.",
        kind=OpportunityKind.LAY_PARTNER,
        for_adults=True,
        for_parents_carers=True,
        in_person=True,
        online=True,
        frequency=Commitment.MONTHLY,
        topics=[topic("maternity")],
    )
    OpportunityPageFactory(
        parent=index,
        title="Youth forum",
        summary="Young people shape children's services.",
        kind=OpportunityKind.YOUTH_FORUM,
        for_adults=False,
        for_young_people=True,
        online=True,
        frequency=Commitment.WEEKLY,
        topics=[topic("young_people"), topic("mental_health")],
        closing_date=in_days(60),
    )
    OpportunityPageFactory(
        parent=index,
        title="Leaflet review",
        summary="Read patient leaflets at home and tell us what is unclear.",
        kind=OpportunityKind.FROM_HOME,
        online=False,
        from_home=True,
        frequency=Commitment.ONE_OFF,
        closing_date=in_days(3),
    )
    assert set(titles(listed(client, **params))) == expected


def test_topic_filter_lists_an_opportunity_in_two_chosen_topics_once(client, index):
    OpportunityPageFactory(parent=index, title="Both", topics=[topic("maternity"), topic("young_people")])
    assert titles(listed(client, topic=["maternity", "young_people"])) == ["Both"]


def test_organisation_filter_offers_only_organisations_with_opportunities_here(client, index):
    trust, charity = OrganisationFactory(name="Valley Trust"), OrganisationFactory(name="Carers Charity")
    OrganisationFactory(name="Nobody here")
    OpportunityPageFactory(parent=index, title="Trust role", organisation=trust)
    OpportunityPageFactory(parent=index, title="Charity role", organisation=charity)
    response = listed(client, organisation=charity.pk)
    assert titles(response) == ["Charity role"]
    offered = dict(response.context["filter_form"].fields["organisation"].choices)
    assert set(offered.values()) == {"Any organisation", "Valley Trust", "Carers Charity"}


def test_places_left_filter_leaves_out_full_ones_even_with_closed_included(client, index):
    OpportunityPageFactory(parent=index, title="Room", places_sought=2)
    full = OpportunityPageFactory(parent=index, title="Full", places_sought=2)
    place(full, 2)
    half = OpportunityPageFactory(parent=index, title="Half", places_sought=2, closing_date=closed_yesterday())
    place(half)
    assert set(titles(listed(client, include_closed="on", places_left="on"))) == {"Room", "Half"}


def test_placed_people_in_other_statuses_do_not_fill_places(client, index):
    opportunity = OpportunityPageFactory(parent=index, title="Still open", places_sought=1)
    for status in (InterestStatus.NEW, InterestStatus.CONTACTED, InterestStatus.WITHDRAWN):
        ExpressionOfInterestFactory(opportunity=opportunity, status=status)
    assert titles(listed(client)) == ["Still open"]


def test_pagination_ten_a_page_and_bad_page_numbers(client, index):
    for number in range(PER_PAGE + 3):
        OpportunityPageFactory(parent=index, title=f"Role {number:02}", closing_date=in_days(number + 1))
    first = listed(client)
    assert titles(first) == [f"Role {n:02}" for n in range(PER_PAGE)]
    assert "13 opportunities" in first.content.decode()
    assert "?page=2" in first.content.decode()
    assert titles(listed(client, page=2)) == ["Role 10", "Role 11", "Role 12"]
    first_page, last_page = titles(first), ["Role 10", "Role 11", "Role 12"]
    for bad in ("abc", "1e9", "nan", "", "2.5", "\x00"):
        assert titles(listed(client, page=bad)) == first_page, bad
    for beyond in ("0", "-1", "3", "999", "99999999999999999999"):
        assert titles(listed(client, page=beyond)) == last_page, beyond


def test_pagination_links_keep_the_filters(client, index):
    for number in range(PER_PAGE + 1):
        OpportunityPageFactory(parent=index, title=f"Youth {number}", kind=OpportunityKind.YOUTH_FORUM)
    body = listed(client, kind=OpportunityKind.YOUTH_FORUM).content.decode()
    assert "?kind=youth_forum&amp;page=2" in body


def test_nothing_matches_says_so_and_links_to_clear_filters(client, index):
    OpportunityPageFactory(parent=index, title="Something")
    body = listed(client, q="zebra").content.decode()
    assert "0 opportunities" in body
    assert "No opportunities match what you chose." in body
    assert f'href="{URL}">Clear all filters and see every open opportunity' in body


def test_chosen_filters_are_shown_as_tags_that_remove_just_that_one(client, index):
    OpportunityPageFactory(parent=index)
    response = listed(client, kind=[OpportunityKind.YOUTH_FORUM, OpportunityKind.ONE_OFF], q="art", page="2")
    tags = {tag.label: tag.remove_query for tag in response.context["selected_filters"]}
    assert tags == {
        "Youth forum": "kind=one_off&q=art",
        "One-off event or activity": "kind=youth_forum&q=art",
        "‘art’": "kind=youth_forum&kind=one_off",
    }
    assert 'href="/en/get-involved/?kind=one_off&amp;q=art"' in response.content.decode()


def test_form_keeps_the_choices_so_the_url_can_be_shared(client, index):
    body = listed(client, kind=OpportunityKind.REFERENCE_GROUP, closing_soon="on").content.decode()
    assert 'name="kind" type="checkbox" value="reference_group" checked' in body
    assert 'name="closing_soon" type="checkbox" checked' in body


def test_invalid_values_are_ignored_not_an_error(client, index):
    OpportunityPageFactory(parent=index, title="Shown")
    response = listed(client, kind="nonsense", organisation="999999999999999999999", topic="\x00", q="x" * 500)
    assert titles(response) == ["Shown"]
    assert response.context["selected_filters"] == []


def test_opportunities_under_another_index_are_not_listed(client, home_page, index):
    other = OpportunityIndexPageFactory(parent=home_page, title="Elsewhere", slug="elsewhere")
    OpportunityPageFactory(parent=other, title="Not here")
    OpportunityPageFactory(parent=index, title="Here")
    assert titles(listed(client)) == ["Here"]


@pytest.mark.parametrize("language", ["ar", "pl"])
def test_another_language_lists_only_its_own_pages(client, home_page, index, language):
    english = OpportunityPageFactory(parent=index, title="English role")
    OpportunityPageFactory(parent=index, title="Only in English")
    locale = Locale.objects.get(language_code=language)
    translated_index = index.copy_for_translation(locale, copy_parents=True)
    translated_index.save_revision().publish()
    translated = english.copy_for_translation(locale)
    translated.title = f"Role in {language}"
    translated.save_revision().publish()
    response = listed(client, translated_index.get_url())
    assert response.context["page"].locale == locale
    assert titles(response) == [f"Role in {language}"]
    assert set(titles(listed(client))) == {"English role", "Only in English"}


def test_filter_form_filters_and_tags_hostile_samples_without_failing(index):
    OpportunityPageFactory(parent=index, title="Shown")
    for sample in HOSTILE_SAMPLES:
        data = QueryDict(mutable=True)
        for name in OpportunityFilterForm.base_fields:
            data[name] = sample
        form = OpportunityFilterForm(data)
        list(form.filter(index.opportunities()))
        labels = [tag.label for tag in form.selected()]
        assert all("\x00" not in label for label in labels)
        assert "kind" in form.errors or sample in OpportunityKind.values


FILTER_KEYS = [*OpportunityFilterForm.base_fields, "page", "unknown"]


@VIEW_FUZZ_SETTINGS
@given(params=st.dictionaries(st.sampled_from(FILTER_KEYS), hostile_value(), max_size=6))
def test_any_query_string_gives_a_page_not_an_error(client, index, params):
    response = client.get(URL, params)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()
