"""Attachments: described in notify(), built by their builder when the message is sent."""

from django.core import mail

import pytest

from sidebyside.notifications import notify
from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.rendering import build_email, render_message, site_context
from sidebyside.notifications.tasks import deliver_due

BUILDER = "sidebyside.notifications.tests.test_attachments.fake_calendar_file"
CURRENT = {"title": "before"}


def fake_calendar_file(number):
    """A builder: reads what is current at sending time, as a real one reads the database."""
    return f"BEGIN:VCALENDAR\nSUMMARY:{CURRENT['title']} {number}\nEND:VCALENDAR\n"


def attachment(**changes):
    return {"builder": BUILDER, "args": {"number": 7}, "filename": "event.ics", "mimetype": "text/calendar", **changes}


@pytest.mark.django_db
def test_the_file_is_built_when_the_message_is_sent_not_when_it_is_queued(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    CURRENT["title"] = "before"
    notify("a@example.org", "test_message", {"number": 1}, idempotency_key="with-file", attachments=[attachment()])
    CURRENT["title"] = "after"

    deliver_due()

    (email,) = mail.outbox
    assert email.attachments == [("event.ics", "BEGIN:VCALENDAR\nSUMMARY:after 7\nEND:VCALENDAR\n", "text/calendar")]
    assert OutboxMessage.objects.get().status == OutboxMessage.Status.SENT


@pytest.mark.django_db
def test_the_description_is_kept_in_the_context_but_templates_do_not_see_it():
    message = notify("a@example.org", "test_message", {"number": 1}, idempotency_key="k", attachments=[attachment()])

    assert message.context == {"number": 1, "_attachments": [attachment()]}
    subject, text, html = render_message(message, site_context())
    assert "_attachments" not in text and "fake_calendar_file" not in text + html


@pytest.mark.django_db
def test_a_message_without_attachments_has_none():
    message = notify("a@example.org", "test_message", {"number": 1}, idempotency_key="plain")
    assert "_attachments" not in message.context
    assert build_email(message, site_context(), connection=None).attachments == []


@pytest.mark.parametrize(
    "bad",
    [
        attachment(builder="sidebyside.notifications.tests.test_attachments.no_such_builder"),
        {"args": {}, "filename": "x.ics"},
        attachment(args=["not", "a", "dict"]),
        attachment(colour="red"),
        "event.ics",
    ],
)
@pytest.mark.django_db
def test_an_unusable_description_fails_in_the_callers_code_and_queues_nothing(bad):
    with pytest.raises((TypeError, ImportError)):
        notify("a@example.org", "test_message", {}, idempotency_key="bad", attachments=[bad])
    assert not OutboxMessage.objects.exists()


@pytest.mark.django_db
def test_a_builder_that_fails_at_sending_fails_the_message_like_a_broken_template(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    notify(
        "a@example.org",
        "test_message",
        {"number": 1},
        idempotency_key="failing-file",
        attachments=[attachment(args={"wrong": 1})],
    )

    deliver_due()

    message = OutboxMessage.objects.get()
    assert message.status == OutboxMessage.Status.FAILED and "Could not render" in message.last_error
    assert mail.outbox == []
