"""When an event's time or place changes, or it is cancelled, everyone signed up is told, once."""

import datetime
from unittest import mock

from django.utils import translation

from wagtail.models import Locale

import pytest

from community import changes
from community.models import SignUp, SignUpStatus
from community.times import event_time_in_words
from sidebyside.core.tests.factories import VenueFactory
from sidebyside.moderation.models import ModerationDecision
from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.rendering import render_message, site_context

from .factories import EventIndexPageFactory, EventPageFactory, SignUpFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def event(index):
    page = EventPageFactory(parent=index, title="Outpatient letters sprint", capacity=2)
    page.save_revision().publish()
    return page


@pytest.fixture
def people(event):
    """One of each: confirmed (in Polish), on the waiting list, waiting for approval, and cancelled."""
    return {
        "confirmed": SignUpFactory(event=event, name="Cara Confirmed", language="pl"),
        "waitlisted": SignUpFactory(event=event, name="Will Waiting", status=SignUpStatus.WAITLISTED),
        "pending": SignUpFactory(event=event, name="Penny Pending", status=SignUpStatus.PENDING),
        "cancelled": SignUpFactory(event=event, name="Colin Cancelled", status=SignUpStatus.CANCELLED),
    }


def publish(page, **values):
    page = type(page).objects.get(pk=page.pk)
    for name, value in values.items():
        setattr(page, name, value)
    revision = page.save_revision()
    revision.publish()
    return page


def notices(template):
    return OutboxMessage.objects.filter(template=template)


def told(template):
    return sorted(message.context["name"] for message in notices(template))


# Time or place changed


def test_a_new_time_is_sent_to_everyone_still_signed_up_in_their_language(event, people):
    later = event.start + datetime.timedelta(days=1)

    publish(event, start=later, end=later + datetime.timedelta(hours=3))

    assert told("event_changed") == ["Cara Confirmed", "Penny Pending", "Will Waiting"]
    polish = notices("event_changed").get(context__name="Cara Confirmed")
    assert polish.language == "pl"
    with translation.override("pl"):
        assert polish.context["when"] == event_time_in_words(later, later + datetime.timedelta(hours=3))
    assert polish.context["cancel_path"] == f"/pl/events/cancel/{people['confirmed'].token}/"


def test_a_new_venue_is_sent_with_its_address(event, people):
    venue = VenueFactory(name="Riverside Community Centre", address="1 River Road\nTowncaster", postcode="TC1 1AA")

    publish(event, venue=venue)

    message = notices("event_changed").get(context__name="Will Waiting")
    assert message.context["where"] == "Riverside Community Centre, 1 River Road Towncaster, TC1 1AA"


def test_changing_only_the_words_tells_nobody(event, people):
    publish(event, summary="A new summary.", title="A better title")

    assert not notices("event_changed").exists()


def test_publishing_again_without_a_change_tells_nobody_again(event, people):
    later = event.start + datetime.timedelta(hours=1)
    page = publish(event, start=later)

    publish(page)
    publish(page, summary="Only the summary changed.")
    page.get_latest_revision().publish()

    assert notices("event_changed").count() == 3


def test_a_time_changed_and_changed_back_is_told_both_times(event, people):
    original = event.start
    publish(event, start=original + datetime.timedelta(hours=1))
    publish(event, start=original)
    publish(event, start=original + datetime.timedelta(hours=1))

    assert notices("event_changed").filter(context__name="Cara Confirmed").count() == 3


def test_the_same_change_published_in_another_language_is_not_told_twice(event, people):
    polish = event.copy_for_translation(Locale.objects.get_or_create(language_code="pl")[0], copy_parents=True)
    polish.save_revision().publish()
    later = event.start + datetime.timedelta(days=2)

    publish(event, start=later, end=later + datetime.timedelta(hours=3))
    publish(polish, start=later, end=later + datetime.timedelta(hours=3))

    assert notices("event_changed").count() == 3


# Cancelled


def test_cancelling_tells_everyone_once_and_cancels_their_sign_ups(event, people):
    publish(event, cancelled=True, cancellation_message="The room flooded. We will set a new date soon.")

    assert told("event_cancelled") == ["Cara Confirmed", "Penny Pending", "Will Waiting"]
    message = notices("event_cancelled").get(context__name="Cara Confirmed")
    assert message.language == "pl" and message.context["message"].startswith("The room flooded.")
    statuses = dict(SignUp.objects.values_list("name", "status"))
    assert set(statuses.values()) == {SignUpStatus.CANCELLED}
    reasons = ModerationDecision.objects.filter(to_status="cancelled").values_list("reason", flat=True)
    assert list(reasons) == ["event cancelled"] * 3


def test_nobody_waiting_is_moved_up_into_a_cancelled_event(event, people):
    publish(event, cancelled=True)

    assert not ModerationDecision.objects.filter(to_status__in=["confirmed", "offered"]).exists()
    assert not notices("event_signup").filter(context__kind__in=["promoted", "offered"]).exists()


def test_publishing_a_cancelled_event_again_tells_nobody_again(event, people):
    page = publish(event, cancelled=True)
    publish(page, cancellation_message="Sorry again.")
    publish(page, start=page.start + datetime.timedelta(days=1))

    assert notices("event_cancelled").count() == 3
    assert not notices("event_changed").exists()


def test_the_cancellations_and_their_messages_are_one_transaction(event, people):
    calls = []

    def failing_notify(*args, **kwargs):
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("outbox unavailable")
        return OutboxMessage.objects.create(template="event_cancelled", idempotency_key=f"x{len(calls)}")

    with mock.patch.object(changes, "notify", failing_notify), pytest.raises(RuntimeError):
        changes.cancel_event(event)

    assert not OutboxMessage.objects.filter(template="event_cancelled").exists()
    assert not SignUp.objects.filter(status="cancelled").exclude(pk=people["cancelled"].pk).exists()


def test_the_messages_read_well_in_text_and_html(event, people):
    later = event.start + datetime.timedelta(days=1)
    page = publish(event, start=later, end=later + datetime.timedelta(hours=3))
    publish(page, cancelled=True, cancellation_message="The room flooded & we are sorry.")
    site = site_context()

    changed = notices("event_changed").get(context__name="Will Waiting")
    subject, text, html = render_message(changed, site)
    assert subject == "Outpatient letters sprint has changed"
    assert changed.context["when"] in text and changed.context["when"] in html
    assert f"/en/events/cancel/{people['waitlisted'].token}/" in text

    cancelled = notices("event_cancelled").get(context__name="Will Waiting")
    subject, text, html = render_message(cancelled, site)
    assert subject == "Outpatient letters sprint is cancelled"
    assert "The room flooded & we are sorry." in text and "The room flooded &amp; we are sorry." in html
