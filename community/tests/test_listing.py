"""The event index: upcoming and past events, each filter alone and together, pagination and odd input."""

import datetime

from django.http import QueryDict

import pytest
from hypothesis import given
from hypothesis import strategies as st

from community.filters import EventFilterForm
from community.models import EventKind, EventMode, SignUpStatus
from community.tests.factories import EventIndexPageFactory, EventPageFactory, SignUpFactory, days_from_now
from community.views.listing import PER_PAGE
from opportunities.models import Audience
from sidebyside.core.tests.factories import OrganisationFactory
from sidebyside.testing.forms import HOSTILE_SAMPLES, VIEW_FUZZ_SETTINGS, hostile_value

pytestmark = pytest.mark.django_db

URL = "/en/events-and-sprints/"
PAST_URL = URL + "past/"


@pytest.fixture
def index(home_page):
    return EventIndexPageFactory(parent=home_page)


def listed(client, url=URL, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response


def titles(response):
    return [event.title for event in response.context["events"]]


def event_on(index, days, title, **fields):
    start = days_from_now(days)
    return EventPageFactory(parent=index, title=title, start=start, end=start + datetime.timedelta(hours=2), **fields)


def fill(event, count, status=SignUpStatus.CONFIRMED):
    for _ in range(count):
        SignUpFactory(event=event, status=status)


def test_upcoming_events_soonest_first_with_a_count(client, index):
    event_on(index, 20, "Later")
    event_on(index, 2, "Sooner")
    event_on(index, -3, "Finished")
    EventPageFactory(parent=index, title="Draft", live=False)
    response = listed(client)
    assert titles(response) == ["Sooner", "Later"]
    assert "2 upcoming events" in response.content.decode()


def test_an_event_still_running_counts_as_upcoming(client, index):
    start = days_from_now(0) - datetime.timedelta(days=1)
    EventPageFactory(parent=index, title="Two days long", start=start, end=start + datetime.timedelta(days=3))
    assert titles(listed(client)) == ["Two days long"]
    assert titles(listed(client, PAST_URL)) == []


def test_past_events_have_their_own_page_newest_first(client, index):
    event_on(index, -30, "Long ago")
    event_on(index, -2, "Last week")
    event_on(index, 5, "Coming up")
    response = listed(client, PAST_URL)
    assert titles(response) == ["Last week", "Long ago"]
    body = response.content.decode()
    assert "2 past events" in body
    assert f'href="{PAST_URL}" aria-current="page"' in body


def test_cancelled_events_stay_listed_and_are_marked(client, index):
    event_on(index, 3, "Called off", cancelled=True, cancellation_message="The room flooded.")
    body = listed(client).content.decode()
    assert "Called off" in body
    assert ">Cancelled</strong>" in body


def test_cards_show_places_left_counted_across_languages_and_statuses(client, index):
    event = event_on(index, 3, "Busy", capacity=5)
    fill(event, 2)
    fill(event, 1, SignUpStatus.OFFERED)
    fill(event, 1, SignUpStatus.WAITLISTED)
    fill(event, 1, SignUpStatus.CANCELLED)
    response = listed(client)
    assert response.context["events"][0].places_left == 2
    assert "2 of 5 places left" in response.content.decode()


def test_full_events_say_so_and_whether_there_is_a_waiting_list(client, index):
    waiting = event_on(index, 3, "Waiting", capacity=1)
    closed = event_on(index, 4, "Closed", capacity=1, waiting_list=False)
    fill(waiting, 1)
    fill(closed, 1)
    body = listed(client).content.decode()
    assert "Full: join the waiting list" in body
    assert "Full: waiting list open" in body
    assert ">Full</dd>" in body.replace("\n", "")


@pytest.fixture
def three_events(index):
    trust, charity = OrganisationFactory(name="Valley Trust"), OrganisationFactory(name="Carers Charity")
    sprint = event_on(index, 2, "Sprint", kind=EventKind.SPRINT, organisation=trust, for_adults=True)
    youth = event_on(
        index,
        3,
        "Youth forum",
        kind=EventKind.YOUTH_FORUM,
        mode=EventMode.ONLINE,
        venue=None,
        joining_link="https://meet.example/youth",
        organisation=charity,
        for_adults=False,
        for_young_people=True,
        capacity=1,
    )
    fill(youth, 1)
    event_on(
        index,
        4,
        "Sharing",
        kind=EventKind.SHARING,
        mode=EventMode.BOTH,
        joining_link="https://meet.example/sharing",
        organisation=trust,
        for_parents_carers=True,
    )
    return {"trust": trust, "charity": charity, "sprint": sprint}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"kind": EventKind.SPRINT}, {"Sprint"}),
        ({"kind": [EventKind.SPRINT, EventKind.YOUTH_FORUM]}, {"Sprint", "Youth forum"}),
        ({"mode": EventMode.IN_PERSON}, {"Sprint", "Sharing"}),
        ({"mode": EventMode.ONLINE}, {"Youth forum", "Sharing"}),
        ({"mode": EventMode.BOTH}, {"Sharing"}),
        ({"mode": [EventMode.ONLINE, EventMode.IN_PERSON]}, {"Sprint", "Youth forum", "Sharing"}),
        ({"audience": Audience.YOUNG_PEOPLE}, {"Youth forum"}),
        ({"audience": [Audience.ADULTS, Audience.PARENTS_CARERS]}, {"Sprint", "Sharing"}),
        ({"places_left": "on"}, {"Sprint", "Sharing"}),
        ({"mode": EventMode.ONLINE, "places_left": "on"}, {"Sharing"}),
        ({"kind": EventKind.SPRINT, "audience": Audience.YOUNG_PEOPLE}, set()),
        ({"kind": [EventKind.SHARING, EventKind.SPRINT], "mode": EventMode.ONLINE}, {"Sharing"}),
    ],
)
def test_filters_alone_and_together(client, three_events, params, expected):
    assert set(titles(listed(client, **params))) == expected


def test_organisation_filter_alone_and_with_others(client, three_events):
    trust = three_events["trust"]
    assert set(titles(listed(client, organisation=trust.pk))) == {"Sprint", "Sharing"}
    assert titles(listed(client, organisation=trust.pk, kind=EventKind.SHARING)) == ["Sharing"]
    OrganisationFactory(name="Nobody here")
    offered = dict(listed(client).context["filter_form"].fields["organisation"].choices)
    assert set(offered.values()) == {"Any organisation", "Valley Trust", "Carers Charity"}


def test_filters_work_on_the_past_page_too(client, index):
    event_on(index, -3, "Old sprint", kind=EventKind.SPRINT)
    event_on(index, -4, "Old drop-in", kind=EventKind.DROP_IN)
    response = listed(client, PAST_URL, kind=EventKind.DROP_IN)
    assert titles(response) == ["Old drop-in"]
    assert f'href="{PAST_URL}">Clear all filters' in response.content.decode()


def test_pagination_ten_a_page_and_bad_page_numbers(client, index):
    for number in range(PER_PAGE + 3):
        event_on(index, number + 1, f"Event {number:02}")
    first = listed(client)
    assert titles(first) == [f"Event {n:02}" for n in range(PER_PAGE)]
    assert "13 upcoming events" in first.content.decode()
    last_page = ["Event 10", "Event 11", "Event 12"]
    assert titles(listed(client, page=2)) == last_page
    for bad in ("abc", "", "2.5", "\x00", "1e9"):
        assert titles(listed(client, page=bad)) == titles(first), bad
    for beyond in ("0", "-1", "3", "99999999999999999999"):
        assert titles(listed(client, page=beyond)) == last_page, beyond


def test_exactly_one_full_page_has_no_pagination(client, index):
    for number in range(PER_PAGE):
        event_on(index, number + 1, f"Event {number:02}")
    body = listed(client).content.decode()
    assert len(titles(listed(client))) == PER_PAGE
    assert "nhsuk-pagination" not in body


def test_pagination_links_keep_the_filters(client, index):
    for number in range(PER_PAGE + 1):
        event_on(index, number + 1, f"Drop-in {number}", kind=EventKind.DROP_IN)
    assert "?kind=drop_in&amp;page=2" in listed(client, kind=EventKind.DROP_IN).content.decode()


def test_nothing_matches_says_so_and_links_to_clear_filters(client, index):
    event_on(index, 2, "Sprint")
    body = listed(client, kind=EventKind.DROP_IN).content.decode()
    assert "0 upcoming events" in body
    assert "No events match what you chose." in body
    assert f'href="{URL}">Clear all filters and see every upcoming event' in body


def test_no_events_at_all_says_so_plainly(client, index):
    assert "There are no upcoming events at the moment." in listed(client).content.decode()


def test_chosen_filters_are_tags_that_remove_just_that_one(client, index):
    event_on(index, 2, "Sprint")
    response = listed(client, kind=[EventKind.SPRINT, EventKind.DROP_IN], places_left="on", page="2")
    tags = {tag.label: tag.remove_query for tag in response.context["selected_filters"]}
    assert tags == {
        "Improvement sprint": "kind=drop_in&places_left=on",
        "Drop-in": "kind=sprint&places_left=on",
        "Has places left": "kind=sprint&kind=drop_in",
    }
    assert f'href="{URL}?kind=drop_in&amp;places_left=on"' in response.content.decode()


def test_form_keeps_the_choices_so_the_url_can_be_shared(client, index):
    body = listed(client, mode=EventMode.ONLINE, places_left="on").content.decode()
    assert 'name="mode" type="checkbox" value="online" checked' in body
    assert 'name="places_left" type="checkbox" checked' in body


def test_invalid_values_are_ignored_not_an_error(client, index):
    event_on(index, 2, "Shown")
    response = listed(client, kind="nonsense", mode="\x00", organisation="999999999999999999999", audience="x" * 500)
    assert titles(response) == ["Shown"]
    assert response.context["selected_filters"] == []


def test_events_under_another_index_or_restricted_are_not_listed(client, home_page, index):
    from wagtail.models import PageViewRestriction

    other = EventIndexPageFactory(parent=home_page, title="Elsewhere", slug="elsewhere")
    event_on(other, 2, "Not here")
    private = event_on(index, 2, "Private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    event_on(index, 3, "Here")
    assert titles(listed(client)) == ["Here"]


def test_filter_form_survives_hostile_samples(index):
    event_on(index, 2, "Shown")
    for sample in HOSTILE_SAMPLES:
        data = QueryDict(mutable=True)
        for name in EventFilterForm.base_fields:
            data[name] = sample
        form = EventFilterForm(data)
        list(form.filter(index.upcoming_events()))
        assert all("\x00" not in tag.label for tag in form.selected())


FILTER_KEYS = [*EventFilterForm.base_fields, "page", "unknown"]


@VIEW_FUZZ_SETTINGS
@given(params=st.dictionaries(st.sampled_from(FILTER_KEYS), hostile_value(), max_size=6), past=st.booleans())
def test_any_query_string_gives_a_page_not_an_error(client, index, params, past):
    response = client.get(PAST_URL if past else URL, params)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()
