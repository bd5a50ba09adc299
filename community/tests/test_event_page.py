"""The event page: when and where in plain words, places, sign-up dates, series, related pages, cancelling."""

import datetime

from django.utils import timezone

import pytest

from community.models import EventMode, EventRelatedPage, EventSeries, SignUpStatus
from community.tests.factories import EventIndexPageFactory, EventPageFactory, SignUpFactory, days_from_now
from home.tests.factories import StandardPageFactory
from sidebyside.core.tests.factories import VenueFactory

pytestmark = pytest.mark.django_db

JOINING_LINK = "https://meet.example/secret-room-123"


@pytest.fixture
def index(home_page):
    return EventIndexPageFactory(parent=home_page)


def shown(client, event):
    response = client.get(event.url)
    assert response.status_code == 200
    return response.content.decode()


def test_title_kind_summary_and_time_in_plain_words(client, index):
    start = timezone.make_aware(datetime.datetime(2030, 3, 5, 9, 30))
    event = EventPageFactory(
        parent=index, title="Letters sprint", start=start, end=start + datetime.timedelta(hours=2.5)
    )
    body = shown(client, event)
    assert "Letters sprint" in body
    assert "Improvement sprint" in body
    assert event.summary in body
    assert "Tuesday 5 March 2030, 9:30am to 12pm" in body


def test_in_person_shows_the_venue_and_its_access(client, index):
    venue = VenueFactory(
        name="Riverside Centre",
        address="1 Quay Street\nTown",
        postcode="AB1 2CD",
        map_url="https://maps.example/riverside",
        step_free=True,
        hearing_loop=False,
        accessible_toilet=True,
        parking="Free car park behind the building",
        public_transport="Bus 12 stops outside",
    )
    body = shown(client, EventPageFactory(parent=index, venue=venue))
    for text in (
        "Riverside Centre",
        "1 Quay Street<br>Town",
        "AB1 2CD",
        'href="https://maps.example/riverside"',
        "Step-free access",
        "No hearing loop",
        "Accessible toilet",
        "Free car park behind the building",
        "Bus 12 stops outside",
    ):
        assert text in body, text
    assert "We send the joining link" not in body


def test_online_says_the_link_comes_later_and_never_shows_it(client, index):
    event = EventPageFactory(parent=index, mode=EventMode.ONLINE, venue=None, joining_link=JOINING_LINK)
    body = shown(client, event)
    assert "We send the joining link to people with a confirmed place" in body
    assert JOINING_LINK not in body
    assert "secret-room" not in client.get(event.url + "add-to-calendar/").content.decode()


def test_both_ways_shows_venue_and_online(client, index):
    event = EventPageFactory(parent=index, mode=EventMode.BOTH, joining_link=JOINING_LINK)
    body = shown(client, event)
    assert event.venue.name in body
    assert "We send the joining link" in body
    assert JOINING_LINK not in body


@pytest.mark.parametrize(
    ("capacity", "taken", "waiting_list", "words"),
    [
        (20, 8, True, "12 of 20 places left"),
        (1, 0, True, "1 of 1 place left"),
        (2, 2, True, "Full: join the waiting list"),
        (2, 2, False, "Full"),
    ],
)
def test_places(client, index, capacity, taken, waiting_list, words):
    event = EventPageFactory(parent=index, capacity=capacity, waiting_list=waiting_list)
    for _ in range(taken):
        SignUpFactory(event=event)
    SignUpFactory(event=event, status=SignUpStatus.WAITLISTED)
    body = shown(client, event)
    assert f'<dd class="nhsuk-summary-list__value">{words}</dd>' in body.replace("\n", "")


def test_places_count_every_language_version(client, index):
    from wagtail.models import Locale

    event = EventPageFactory(parent=index, capacity=3)
    index.copy_for_translation(Locale.objects.get(language_code="pl"), copy_parents=True).save_revision().publish()
    polish = event.copy_for_translation(Locale.objects.get(language_code="pl"))
    polish.save_revision().publish()
    SignUpFactory(event=polish)
    assert "2 of 3 places left" in shown(client, event)


def test_sign_up_not_open_yet_and_closed(client, index):
    opens = days_from_now(3, 9)
    later = EventPageFactory(parent=index, signup_opens=opens)
    body = shown(client, later)
    assert "You can sign up from" in body
    closed = EventPageFactory(parent=index, signup_closes=timezone.now() - datetime.timedelta(hours=1))
    assert "Sign-up for this event has closed." in shown(client, closed)


def test_cancelled_event_shows_the_warning_and_no_form(client, index):
    event = EventPageFactory(parent=index, cancelled=True, cancellation_message="The speaker is ill.")
    body = shown(client, event)
    assert "nhsuk-warning-callout" in body
    assert "This event is cancelled" in body
    assert "The speaker is ill." in body
    assert 'method="post"' not in body
    assert "add-to-calendar" not in body
    assert "places left" not in body


def test_past_event_says_it_has_finished(client, index):
    start = days_from_now(-3)
    body = shown(client, EventPageFactory(parent=index, start=start, end=start + datetime.timedelta(hours=2)))
    assert "This event has finished." in body
    assert "add-to-calendar" not in body


def test_add_to_calendar_link(client, index):
    event = EventPageFactory(parent=index)
    assert f'href="{event.url}add-to-calendar/"' in shown(client, event)


def test_series_lists_other_upcoming_events_of_the_series(client, index):
    series = EventSeries.objects.create(name="Letters across the region", description="The same sprint in 3 towns.")
    event = EventPageFactory(parent=index, title="North", series=series)
    EventPageFactory(parent=index, title="South", series=series)
    EventPageFactory(parent=index, title="Called off", series=series, cancelled=True)
    EventPageFactory(parent=index, title="Unrelated")
    body = shown(client, event)
    assert "Part of a series: Letters across the region" in body
    assert ">South</a>" in body
    assert ">Called off</a>" not in body
    assert ">Unrelated</a>" not in body


def test_related_pages_as_cards_in_the_editors_order(client, home_page, index):
    event = EventPageFactory(parent=index)
    from opportunities.tests.factories import OpportunityIndexPageFactory, OpportunityPageFactory

    first = StandardPageFactory(parent=home_page, title="Learning to take part", search_description="A course.")
    second = OpportunityPageFactory(
        parent=OpportunityIndexPageFactory(parent=home_page), title="Reading group role", summary="Read leaflets."
    )
    hidden = StandardPageFactory(parent=home_page, title="Draft page", live=False)
    for order, page in enumerate([second, hidden, first]):
        EventRelatedPage.objects.create(page=event, related=page, sort_order=order)
    body = shown(client, event)
    assert "Related opportunities and learning" in body
    assert body.index("Reading group role") < body.index("Read leaflets.") < body.index("Learning to take part")
    assert "A course." in body
    assert "Draft page" not in body


def test_contact_person(client, index):
    from sidebyside.core.models import ContactPerson

    contact = ContactPerson.objects.create(name="Sam Lee", role="Involvement lead", email="sam@example.org")
    body = shown(client, EventPageFactory(parent=index, contact=contact))
    assert "Contact Sam Lee" in body
    assert 'href="mailto:sam@example.org"' in body


def test_home_feature_queryset_gives_soonest_upcoming_not_cancelled(index):
    from home.models import latest_pages_of_kind

    EventPageFactory(parent=index, title="Later", start=days_from_now(20), end=days_from_now(20, 12))
    EventPageFactory(parent=index, title="Soon", start=days_from_now(2), end=days_from_now(2, 12))
    EventPageFactory(parent=index, title="Off", start=days_from_now(1), end=days_from_now(1, 12), cancelled=True)
    EventPageFactory(parent=index, title="Gone", start=days_from_now(-2), end=days_from_now(-2, 12))
    assert [page.title for page in latest_pages_of_kind("event")] == ["Soon", "Later"]


def test_the_index_routes_to_its_events_with_their_details_and_keeps_its_own_routes(client, index):
    """EventIndexPage.route fetches an event with its venue, organisation, contact, series and places taken."""
    from sidebyside.core.models import ContactPerson

    series = EventSeries.objects.create(name="Letters across the region")
    contact = ContactPerson.objects.create(name="Sam Lee", email="sam@example.org")
    event = EventPageFactory(
        parent=index, capacity=3, series=series, contact=contact, venue=VenueFactory(name="Hall A")
    )
    SignUpFactory(event=event)

    response = client.get(event.url)
    page = response.context["page"]
    body = response.content.decode()
    assert page.places_taken == 1 and "2 of 3 places left" in body
    assert (page.venue.name, page.contact.name, page.series.name) == ("Hall A", "Sam Lee", series.name)
    assert "Hall A" in body and "Sam Lee" in body and event.organisation.name in body
    assert client.get(event.url + "add-to-calendar/").status_code == 200
    assert client.get(index.url + "past/").status_code == 200
    assert client.get(index.url + "calendar/").status_code == 200
    assert client.get(index.url + "no-such-event/").status_code == 404
    event.unpublish()
    assert client.get(event.url).status_code == 404
