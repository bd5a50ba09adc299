"""Reminders before an event and on its morning: once per person and kind, however often or late the
schedule runs, only to people with a confirmed place, in their language, right in summer and winter time."""

import datetime
import importlib
from zoneinfo import ZoneInfo

from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale

import pytest
from django_q.models import Schedule

from community.models import EventMode, SignUpStatus
from community.tasks import morning_of, send_event_reminders
from community.times import event_time_in_words
from sidebyside.notifications import notify
from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.rendering import render_message, site_context

from .factories import EventIndexPageFactory, EventPageFactory, SignUpFactory

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")


def london(*args):
    return datetime.datetime(*args, tzinfo=LONDON)


@pytest.fixture
def index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def event(index):
    """Starts in 10 days at 10am London time, 2-day reminder."""
    return EventPageFactory(parent=index, title="Outpatient letters sprint")


def reminders(kind=None):
    messages = OutboxMessage.objects.filter(template="event_reminder")
    if kind:
        messages = messages.filter(idempotency_key__endswith=f":{kind}")
    return messages


def at(event, **before_start):
    return event.start - datetime.timedelta(**before_start)


def test_nothing_is_sent_before_the_reminder_is_due(event):
    SignUpFactory(event=event)

    assert send_event_reminders(now=at(event, days=2, minutes=1)) == 0
    assert not reminders().exists()


def test_the_days_before_reminder_goes_once_even_when_the_schedule_runs_twice(event):
    signup = SignUpFactory(event=event)

    first = send_event_reminders(now=at(event, days=2))
    second = send_event_reminders(now=at(event, days=2) + datetime.timedelta(minutes=15))

    assert (first, second) == (1, 0)
    message = reminders().get()
    assert message.idempotency_key == f"event-reminder:{signup.pk}:before"
    assert message.recipient == signup.email


def test_a_late_run_still_sends_the_reminder(event):
    SignUpFactory(event=event)

    assert send_event_reminders(now=at(event, days=1, hours=3)) == 1
    assert reminders("before").count() == 1


def test_both_reminders_go_once_each(event):
    signup = SignUpFactory(event=event)

    for now in [at(event, days=2), at(event, days=1), at(event, hours=3), at(event, hours=2), at(event, hours=1)]:
        send_event_reminders(now=now)

    keys = sorted(reminders().values_list("idempotency_key", flat=True))
    assert keys == [f"event-reminder:{signup.pk}:before", f"event-reminder:{signup.pk}:morning"]


def test_a_run_so_late_that_the_morning_has_come_sends_only_the_morning_reminder(event):
    SignUpFactory(event=event)

    assert send_event_reminders(now=at(event, hours=1)) == 1
    assert reminders("morning").count() == 1
    assert not reminders("before").exists()


def test_nothing_is_sent_once_the_event_has_started(event):
    SignUpFactory(event=event)

    assert send_event_reminders(now=event.start) == 0
    assert send_event_reminders(now=event.start + datetime.timedelta(minutes=30)) == 0


def test_someone_who_signed_up_after_the_reminder_was_due_only_gets_the_morning_one(event):
    SignUpFactory(event=event, created_at=at(event, days=1))

    assert send_event_reminders(now=at(event, hours=20)) == 0
    assert send_event_reminders(now=at(event, hours=1)) == 1
    assert reminders("morning").count() == 1


@pytest.mark.parametrize(
    "status",
    [
        SignUpStatus.WAITLISTED,
        SignUpStatus.CANCELLED,
        SignUpStatus.PENDING,
        SignUpStatus.REJECTED,
        SignUpStatus.OFFERED,
    ],
)
def test_only_confirmed_people_are_reminded(event, status):
    SignUpFactory(event=event, status=status)

    send_event_reminders(now=at(event, days=2))
    send_event_reminders(now=at(event, hours=1))

    assert not reminders().exists()


def test_a_cancelled_event_sends_no_reminders(event):
    SignUpFactory(event=event)
    event.cancelled = True
    event.save_revision().publish()

    assert send_event_reminders(now=at(event, hours=1)) == 0


def test_an_event_cancelled_in_another_language_sends_no_reminders(event):
    SignUpFactory(event=event)
    polish = Locale.objects.get_or_create(language_code="pl")[0]
    other_language = event.copy_for_translation(polish, copy_parents=True)
    other_language.cancelled = True
    other_language.save_revision().publish()

    assert send_event_reminders(now=at(event, hours=1)) == 0


def test_an_unpublished_event_sends_no_reminders(event):
    SignUpFactory(event=event)
    event.unpublish()

    assert send_event_reminders(now=at(event, hours=1)) == 0


def test_no_reminder_when_the_editor_set_zero_days(event):
    event.reminder_days = 0
    event.save()
    SignUpFactory(event=event)

    assert send_event_reminders(now=at(event, hours=20)) == 0
    assert send_event_reminders(now=at(event, hours=1)) == 1


def test_the_reminder_is_in_the_persons_language_with_their_cancel_link(event):
    signup = SignUpFactory(event=event, language="pl")

    send_event_reminders(now=at(event, days=2))

    message = reminders().get()
    assert message.language == "pl"
    assert message.context["cancel_path"] == f"/pl/events/cancel/{signup.token}/"
    assert message.context["venue"]["name"] == event.venue.name
    assert message.context["joining_link"] == ""


def test_online_events_give_the_joining_link(index):
    event = EventPageFactory(
        parent=index, mode=EventMode.ONLINE, venue=None, joining_link="https://meet.example.org/sprint"
    )
    SignUpFactory(event=event)

    send_event_reminders(now=at(event, days=2))

    context = reminders().get().context
    assert context["online"] is True
    assert context["joining_link"] == "https://meet.example.org/sprint"


def test_someone_who_asked_for_phone_calls_is_not_emailed_but_the_reminder_is_recorded(event):
    SignUpFactory(event=event, preferred_contact="phone", phone="07700 900123")

    send_event_reminders(now=at(event, days=2))

    assert reminders().get().status == OutboxMessage.Status.NOT_EMAILED


def test_the_time_is_in_plain_words(event):
    SignUpFactory(event=event)

    send_event_reminders(now=at(event, days=2))

    assert reminders().get().context["when"] == event_time_in_words(event.start, event.end)
    assert reminders().get().context["when"].endswith("10am to 1pm")


@pytest.mark.parametrize(
    ("start", "utc_morning"),
    [
        # The clocks go forward at 1am on the last Sunday of March: 7am is 06:00 UTC that day.
        (london(2027, 3, 28, 10), datetime.datetime(2027, 3, 28, 6, tzinfo=datetime.UTC)),
        # They go back at 2am on the last Sunday of October: 7am is 07:00 UTC that day.
        (london(2027, 10, 31, 10), datetime.datetime(2027, 10, 31, 7, tzinfo=datetime.UTC)),
    ],
)
def test_the_morning_reminder_is_due_at_7am_london_time_on_clock_change_days(index, start, utc_morning):
    assert morning_of(start) == utc_morning
    event = EventPageFactory(parent=index, start=start, end=start + datetime.timedelta(hours=3), reminder_days=0)
    SignUpFactory(event=event)

    assert send_event_reminders(now=utc_morning - datetime.timedelta(minutes=1)) == 0
    assert send_event_reminders(now=utc_morning) == 1
    assert "10am to 1pm" in reminders().get().context["when"]


def queries_per_message():
    """What notify() itself costs for one new message (look up the key, savepoint, insert)."""
    with transaction.atomic(), CaptureQueriesContext(connection) as captured:
        notify("someone@example.org", "event_reminder", {}, idempotency_key="measuring-notify")
    return len(captured)


def test_queries_grow_only_by_the_outbox_rows_written(index):
    def queries_for(count):
        event = EventPageFactory(parent=index)
        SignUpFactory.create_batch(count, event=event)
        with CaptureQueriesContext(connection) as captured:
            sent = send_event_reminders(now=at(event, days=2))
        assert sent == count
        return len(captured)

    few, many = queries_for(3), queries_for(40)

    assert many - few == 37 * queries_per_message()


def test_a_person_is_reminded_only_about_their_own_event(index):
    soon = EventPageFactory(parent=index, start=timezone.now() + datetime.timedelta(days=1, hours=20))
    later = EventPageFactory(parent=index, start=timezone.now() + datetime.timedelta(days=20))
    SignUpFactory(event=soon, created_at=timezone.now() - datetime.timedelta(days=5))
    SignUpFactory(event=later)

    assert send_event_reminders() == 1
    assert reminders().get().context["title"] == soon.title


def test_the_reminder_email_reads_well_in_text_and_html(index):
    event = EventPageFactory(
        parent=index, mode=EventMode.BOTH, joining_link="https://meet.example.org/sprint", title="Letters sprint"
    )
    signup = SignUpFactory(event=event, name="Ada")
    send_event_reminders(now=at(event, days=2))
    send_event_reminders(now=at(event, hours=1))

    before, morning = (render_message(message, site_context()) for message in reminders().order_by("pk"))

    subject, text, html = before
    assert subject == "Reminder: Letters sprint is coming up"
    assert "Hello Ada," in text and event.venue.name in text
    assert "https://meet.example.org/sprint" in text and "https://meet.example.org/sprint" in html
    assert f"/en/events/cancel/{signup.token}/" in text and f"/en/events/cancel/{signup.token}/" in html
    assert event_time_in_words(event.start, event.end) in text
    assert morning[0] == "Today: Letters sprint"
    assert "is today" in morning[1]


def test_the_migration_schedules_reminders_feedback_requests_and_expiring_offers():
    schedules = {
        schedule.func: schedule.minutes
        for schedule in Schedule.objects.filter(name__startswith="community: ", schedule_type=Schedule.MINUTES)
    }

    assert schedules == {
        "community.tasks.send_event_reminders": 15,
        "community.tasks.send_feedback_requests": 60,
        "community.signups.expire_offers": 15,
    }
    for func in schedules:
        module, name = func.rsplit(".", 1)
        assert callable(getattr(importlib.import_module(module), name))
