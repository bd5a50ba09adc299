"""Calendar files: one event's download and the subscription feed, right across the clock changes."""

import datetime
import zoneinfo

from django.utils import timezone

import icalendar
import pytest

from community.models import EventMode
from community.tests.factories import EventIndexPageFactory, EventPageFactory, days_from_now

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
LONDON = zoneinfo.ZoneInfo("Europe/London")
JOINING_LINK = "https://meet.example/secret-room-123"


@pytest.fixture
def index(home_page):
    return EventIndexPageFactory(parent=home_page)


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return response, icalendar.Calendar.from_ical(response.content)


def vevents(calendar):
    return list(calendar.walk("VEVENT"))


def utc(value):
    return value.dt.astimezone(UTC)


def london(*args):
    return datetime.datetime(*args, tzinfo=LONDON)


def test_event_file_is_a_download_with_the_event(client, index):
    event = EventPageFactory(parent=index, title="Letters sprint")
    response, calendar = download(client, event.url + "add-to-calendar/")
    assert 'attachment; filename="' in response["Content-Disposition"]
    (vevent,) = vevents(calendar)
    assert str(event.translation_key) in str(vevent["UID"])
    assert str(vevent["SUMMARY"]) == "Letters sprint"
    assert event.summary in str(vevent["DESCRIPTION"])
    assert event.full_url in str(vevent["DESCRIPTION"])
    assert event.venue.name in str(vevent["LOCATION"])
    assert utc(vevent["DTSTART"]) == event.start.astimezone(UTC)
    assert utc(vevent["DTEND"]) == event.end.astimezone(UTC)


def test_public_file_never_holds_the_joining_link(client, index):
    event = EventPageFactory(parent=index, mode=EventMode.ONLINE, venue=None, joining_link=JOINING_LINK)
    response, calendar = download(client, event.url + "add-to-calendar/")
    assert b"secret-room" not in response.content
    assert len(vevents(calendar)) == 1


@pytest.mark.parametrize(
    ("start", "end", "utc_start", "utc_end"),
    [
        # Last Sunday of March 2027 (28th): the clocks go forward at 1am GMT. 10am BST is 9am UTC.
        (london(2027, 3, 28, 10), london(2027, 3, 28, 13), (2027, 3, 28, 9), (2027, 3, 28, 12)),
        # The Saturday before is still GMT.
        (london(2027, 3, 27, 10), london(2027, 3, 27, 13), (2027, 3, 27, 10), (2027, 3, 27, 13)),
        # Across the change itself: midnight GMT to 3am BST is only two hours.
        (london(2027, 3, 28, 0), london(2027, 3, 28, 3), (2027, 3, 28, 0), (2027, 3, 28, 2)),
        # Last Sunday of October 2027 (31st): the clocks go back. 10am GMT is 10am UTC.
        (london(2027, 10, 31, 10), london(2027, 10, 31, 12), (2027, 10, 31, 10), (2027, 10, 31, 12)),
        # The Saturday before is still BST.
        (london(2027, 10, 30, 10), london(2027, 10, 30, 12), (2027, 10, 30, 9), (2027, 10, 30, 11)),
    ],
)
def test_times_stay_right_across_the_clock_changes(client, index, start, end, utc_start, utc_end):
    event = EventPageFactory(parent=index, start=start, end=end)
    _, calendar = download(client, event.url + "add-to-calendar/")
    (vevent,) = vevents(calendar)
    assert utc(vevent["DTSTART"]) == datetime.datetime(*utc_start, tzinfo=UTC)
    assert utc(vevent["DTEND"]) == datetime.datetime(*utc_end, tzinfo=UTC)
    _, feed = download(client, index.url + "calendar/")
    (in_feed,) = vevents(feed)
    assert utc(in_feed["DTSTART"]) == datetime.datetime(*utc_start, tzinfo=UTC)


def test_feed_holds_upcoming_events_that_are_not_cancelled(client, home_page, index):
    EventPageFactory(parent=index, title="Coming up")
    EventPageFactory(parent=index, title="Also coming", mode=EventMode.ONLINE, venue=None, joining_link=JOINING_LINK)
    EventPageFactory(parent=index, title="Called off", cancelled=True)
    EventPageFactory(parent=index, title="Draft", live=False)
    EventPageFactory(parent=index, title="Finished", start=days_from_now(-3), end=days_from_now(-3, 12))
    other = EventIndexPageFactory(parent=home_page, title="Elsewhere", slug="elsewhere")
    EventPageFactory(parent=other, title="Not under this index")
    response, calendar = download(client, index.url + "calendar/")
    assert {str(vevent["SUMMARY"]) for vevent in vevents(calendar)} == {"Coming up", "Also coming"}
    assert b"secret-room" not in response.content


def test_feed_of_an_empty_index_is_still_a_valid_calendar(client, index):
    _, calendar = download(client, index.url + "calendar/")
    assert vevents(calendar) == []


def test_index_links_to_the_feed(client, index):
    body = client.get(index.url).content.decode()
    assert f'href="{index.url}calendar/"' in body
    assert timezone.now()  # the page renders without events too
