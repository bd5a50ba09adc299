"""The calendar file attached to a confirmation: right local times either side of a clock change, the
venue as location, and the joining link only in a confirmed person's own file."""

import datetime
import zoneinfo

from django.core import mail

import icalendar
import pytest

from community.calendar import event_ics, event_ics_for_signup
from community.models import EventMode, SignUpStatus
from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.tasks import deliver_due

from .factories import EventIndexPageFactory, EventPageFactory, SignUpFactory

LONDON = zoneinfo.ZoneInfo("Europe/London")
pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return EventIndexPageFactory(parent=home_page)


def only_event(ics):
    calendar = icalendar.Calendar.from_ical(ics)
    (vevent,) = calendar.walk("VEVENT")
    return calendar, vevent


@pytest.mark.parametrize(
    ("day", "utc_start"),
    [
        # Last Sunday of March 2027: clocks go forward at 1am, so 10am is 9am UTC.
        (datetime.date(2027, 3, 28), datetime.datetime(2027, 3, 28, 9, tzinfo=datetime.UTC)),
        # Last Sunday of October 2027: clocks go back at 2am, so 10am is 10am UTC.
        (datetime.date(2027, 10, 31), datetime.datetime(2027, 10, 31, 10, tzinfo=datetime.UTC)),
    ],
)
def test_times_are_right_on_the_days_the_clocks_change(index, day, utc_start):
    start = datetime.datetime.combine(day, datetime.time(10), tzinfo=LONDON)
    event = EventPageFactory(parent=index, start=start, end=start + datetime.timedelta(hours=3))

    calendar, vevent = only_event(event_ics(event))

    assert vevent["UID"] == str(event.translation_key)
    assert vevent.decoded("DTSTART") == utc_start and vevent["DTSTART"].params["TZID"] == "Europe/London"
    assert vevent.decoded("DTEND") - vevent.decoded("DTSTART") == datetime.timedelta(hours=3)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    assert event.venue.name in str(vevent["LOCATION"])


def test_the_joining_link_is_only_in_a_confirmed_persons_file(index):
    event = EventPageFactory(
        parent=index, mode=EventMode.ONLINE, venue=None, joining_link="https://meet.example.org/secret-room"
    )
    confirmed = SignUpFactory(event=event, status=SignUpStatus.CONFIRMED)
    waiting = SignUpFactory(event=event, status=SignUpStatus.WAITLISTED)

    assert b"secret-room" in event_ics_for_signup(confirmed.pk)
    assert b"secret-room" not in event_ics_for_signup(waiting.pk)
    assert b"secret-room" not in event_ics(event)


def test_the_confirmation_email_carries_the_calendar_file_as_the_event_is_when_sent(index, settings):
    from community.signups import sign_up

    event = EventPageFactory(parent=index, title="Letters sprint")
    signup, _ = sign_up(event, {"name": "Sam", "email": "sam@example.org", "preferred_contact": "email"})
    event.title = "Letters sprint (new room)"
    event.save()

    deliver_due()

    (email,) = mail.outbox
    (filename, content, mimetype) = email.attachments[0]
    assert (filename, mimetype) == ("event.ics", "text/calendar")
    assert only_event(content)[1]["SUMMARY"] == "Letters sprint (new room)"
    assert f"/en/events/cancel/{signup.token}/" in email.body
    assert OutboxMessage.objects.get(template="event_signup").status == OutboxMessage.Status.SENT
