import logging
import smtplib
from datetime import timedelta

from django.utils import timezone

import pytest

from sidebyside.core.tests.factories import site_settings
from sidebyside.notifications import conf
from sidebyside.notifications.delivery import Outcome, backoff, claim_batch, classify, record_outcome
from sidebyside.notifications.models import DeliveryAttempt, OutboxMessage
from sidebyside.notifications.tasks import deliver_due

from .factories import OutboxMessageFactory
from .smtp_sink import free_port

Status = OutboxMessage.Status
LEASE = timedelta(seconds=conf.DEFAULTS["LEASE_SECONDS"])


def statuses():
    return sorted(set(OutboxMessage.objects.values_list("status", flat=True)))


@pytest.mark.django_db
def test_due_messages_are_delivered_once_and_marked_sent(smtp_settings, smtp_server):
    messages = OutboxMessageFactory.create_batch(3)

    assert deliver_due() == 3
    assert deliver_due() == 0

    assert sorted(m["To"] for m in smtp_server.messages) == sorted(m.recipient for m in messages)
    assert statuses() == [Status.SENT]
    assert all(m.sent_at for m in OutboxMessage.objects.all())
    assert DeliveryAttempt.objects.filter(outcome=DeliveryAttempt.Outcome.SENT).count() == 3


@pytest.mark.django_db
def test_smtp_down_loses_nothing_and_each_message_arrives_once_when_it_is_back(smtp_settings, smtp_server):
    OutboxMessageFactory.create_batch(100)
    smtp_server.stop()
    now = timezone.now()

    deliver_due(batch_size=30, now=now)

    assert smtp_server.count == 0
    assert OutboxMessage.objects.filter(status=Status.QUEUED, attempts=1).count() == 100
    assert OutboxMessage.objects.exclude(last_error="").count() == 100
    assert OutboxMessage.objects.filter(next_attempt_at__gt=now).count() == 100
    assert deliver_due(now=now) == 0, "nothing is retried before its back-off has passed"

    smtp_server.start()
    deliver_due(batch_size=30, now=now + timedelta(seconds=backoff(1)))

    received = smtp_server.received_by_id()
    assert len(received) == 100
    assert set(received.values()) == {1}
    assert OutboxMessage.objects.filter(status=Status.SENT, attempts=2).count() == 100


@pytest.mark.django_db
def test_worker_killed_between_claim_and_send_is_delivered_after_the_lease(smtp_settings, smtp_server):
    OutboxMessageFactory.create_batch(5)
    now = timezone.now()
    claimed = claim_batch(10, now)  # ...and then the worker dies without sending anything
    assert len(claimed) == 5
    assert statuses() == [Status.SENDING]

    assert deliver_due(now=now + timedelta(seconds=1)) == 0, "another worker leaves rows under lease alone"
    deliver_due(now=now + LEASE + timedelta(seconds=1))

    assert set(smtp_server.received_by_id().values()) == {1}
    assert smtp_server.count == 5
    assert statuses() == [Status.SENT]


@pytest.mark.django_db
def test_a_row_interrupted_on_its_last_attempt_is_failed_not_retried_for_ever(settings, smtp_settings):
    settings.NOTIFICATIONS = {**settings.NOTIFICATIONS, "MAX_ATTEMPTS": 1}
    message = OutboxMessageFactory()
    now = timezone.now()
    claim_batch(10, now)

    deliver_due(now=now + LEASE + timedelta(seconds=1))

    message.refresh_from_db()
    assert message.status == Status.FAILED
    assert "interrupted" in message.last_error


@pytest.mark.django_db
def test_recipient_rejected_with_550_fails_after_one_attempt(smtp_settings, smtp_server):
    smtp_server.reject("nobody@example.org")
    rejected = OutboxMessageFactory(recipient="nobody@example.org")
    accepted = OutboxMessageFactory()

    deliver_due(now=timezone.now())
    deliver_due(now=timezone.now() + timedelta(days=1))

    rejected.refresh_from_db()
    assert rejected.status == Status.FAILED
    assert rejected.attempts == 1
    assert rejected.last_error.startswith("Recipient refused: 550")
    assert "nobody@example.org" not in rejected.last_error
    assert [m["To"] for m in smtp_server.messages] == [accepted.recipient]
    assert OutboxMessage.objects.get(pk=accepted.pk).status == Status.SENT


@pytest.mark.django_db
def test_temporary_failures_stop_after_the_configured_number_of_attempts(settings, smtp_settings, smtp_server):
    settings.NOTIFICATIONS = {**settings.NOTIFICATIONS, "MAX_ATTEMPTS": 3}
    message = OutboxMessageFactory()
    smtp_server.stop()
    now = timezone.now()

    for _ in range(5):
        now += timedelta(days=1)
        deliver_due(now=now)

    message.refresh_from_db()
    assert message.status == Status.FAILED
    assert message.attempts == 3
    assert list(message.delivery_attempts.values_list("outcome", flat=True)) == ["retry", "retry", "failed"]


@pytest.mark.django_db
def test_nothing_listening_is_a_temporary_failure(settings, smtp_settings):
    settings.EMAIL_PORT = free_port()
    message = OutboxMessageFactory()

    deliver_due(now=timezone.now())

    message.refresh_from_db()
    assert (message.status, message.attempts) == (Status.QUEUED, 1)
    assert "ConnectionRefusedError" in message.last_error


@pytest.mark.django_db
def test_a_template_that_cannot_render_fails_at_once(smtp_settings, smtp_server):
    message = OutboxMessageFactory(template="no_such_template")

    deliver_due()

    message.refresh_from_db()
    assert (message.status, message.attempts) == (Status.FAILED, 1)
    assert "TemplateDoesNotExist" in message.last_error
    assert smtp_server.count == 0


@pytest.mark.django_db
def test_message_for_a_polish_speaker_is_rendered_in_polish(smtp_settings, smtp_server):
    OutboxMessageFactory(language="pl", context={"number": 7})
    OutboxMessageFactory(language="en", context={"number": 8})

    deliver_due()

    by_number = {m["Subject"].split()[-1]: m for m in smtp_server.messages}
    polish, english = by_number["7"], by_number["8"]
    assert polish["Subject"] == "Wiadomość testowa 7"
    assert "Language: pl" in polish.get_body(("plain",)).get_content()
    assert "Answer: tak" in polish.get_body(("plain",)).get_content()  # from Django's Polish catalogue
    assert 'lang="pl"' in polish.get_body(("html",)).get_content()
    assert english["Subject"] == "Test message 8"
    assert "Answer: yes" in english.get_body(("plain",)).get_content()


@pytest.mark.django_db
def test_email_has_text_and_html_with_the_site_name_and_contact_details(smtp_settings, smtp_server):
    site_settings(
        organisation_name="Riverside Trust", contact_email="help@riverside.example", contact_phone="0100 000"
    )
    OutboxMessageFactory(context={"number": 1})

    deliver_due()

    [received] = smtp_server.messages
    text = received.get_body(("plain",)).get_content()
    html = received.get_body(("html",)).get_content()
    assert "Number: 1" in text and "<" not in text.replace("<address>", "")
    assert "This email was sent by Riverside Trust." in text
    assert "help@riverside.example" in text and "0100 000" in text
    assert "Riverside Trust" in html and 'href="mailto:help@riverside.example"' in html
    assert received["Message-ID"].startswith("<outbox.")


@pytest.mark.django_db
def test_log_lines_name_message_ids_not_addresses(smtp_settings, smtp_server, caplog):
    smtp_server.reject("refused@example.org")
    sent = OutboxMessageFactory(recipient="someone@example.org")
    refused = OutboxMessageFactory(recipient="refused@example.org")

    with caplog.at_level(logging.DEBUG, logger="sidebyside.notifications"):
        deliver_due()

    log = caplog.text
    assert f"outbox message {sent.pk} sent" in log
    assert f"outbox message {refused.pk} failed" in log
    assert "@example.org" not in log


def test_backoff_doubles_from_the_base_up_to_the_cap(settings):
    settings.NOTIFICATIONS = {"BACKOFF_BASE_SECONDS": 60, "BACKOFF_MAX_SECONDS": 1000}

    assert [backoff(n) for n in range(1, 7)] == [60, 120, 240, 480, 960, 1000]


@pytest.mark.parametrize(
    ("exc", "permanent"),
    [
        (smtplib.SMTPRecipientsRefused({"a@example.org": (550, b"no such user a@example.org")}), True),
        (smtplib.SMTPRecipientsRefused({"a@example.org": (451, b"try later")}), False),
        (smtplib.SMTPDataError(554, b"message refused"), True),
        (smtplib.SMTPDataError(452, b"mailbox full"), False),
        (smtplib.SMTPSenderRefused(550, b"sender not allowed", "from@example.org"), False),
        (smtplib.SMTPServerDisconnected("gone"), False),
        (ConnectionRefusedError(111, "Connection refused"), False),
        (TimeoutError("timed out"), False),
        (ValueError('Invalid address "a@b@example.org"'), True),
    ],
)
def test_classify_tells_permanent_from_temporary_failures_and_hides_addresses(exc, permanent):
    is_permanent, error = classify(exc)

    assert is_permanent is permanent
    assert "@" not in error


@pytest.mark.django_db
def test_user_text_is_escaped_in_the_html_part_only(smtp_settings, smtp_server):
    site_settings(organisation_name="Barts & The London")
    OutboxMessageFactory(context={"number": "<b>Tom & Jerry's</b>"})

    deliver_due()

    [received] = smtp_server.messages
    assert received["Subject"] == "Test message <b>Tom & Jerry's</b>"
    text = received.get_body(("plain",)).get_content()
    assert "Number: <b>Tom & Jerry's</b>" in text and "Barts & The London" in text
    html = received.get_body(("html",)).get_content()
    assert "&lt;b&gt;Tom &amp; Jerry&#x27;s&lt;/b&gt;" in html and "<b>Tom" not in html


@pytest.mark.django_db
def test_a_render_error_keeps_personal_data_out_of_the_log_and_the_address_out_of_the_error(
    smtp_settings, smtp_server, caplog
):
    message = OutboxMessageFactory(template="test_broken", context={"name": "Jane Doe", "email": "jane@example.org"})

    with caplog.at_level(logging.DEBUG, logger="sidebyside.notifications"):
        deliver_due()

    message.refresh_from_db()
    assert (message.status, message.attempts) == (Status.FAILED, 1)
    assert message.last_error.startswith("Could not render: NoReverseMatch")
    assert "jane@example.org" not in message.last_error
    assert f"outbox message {message.pk} failed" in caplog.text
    assert "Jane Doe" not in caplog.text and "jane@" not in caplog.text


@pytest.mark.django_db
def test_a_worker_whose_lease_ran_out_cannot_undo_the_outcome_of_the_worker_that_took_over(smtp_settings, smtp_server):
    OutboxMessageFactory()
    now = timezone.now()
    [slow] = claim_batch(10, now)  # this worker stalls past its lease...
    later = now + LEASE + timedelta(seconds=1)
    [fresh] = claim_batch(10, later)  # ...so another worker claims the row and sends it
    record_outcome(fresh, Outcome.SENT, later)

    record_outcome(slow, Outcome.RETRY, later, error="TimeoutError: timed out")  # the stalled worker wakes up

    message = OutboxMessage.objects.get()
    assert (message.status, message.last_error) == (Status.SENT, "")
    assert deliver_due(now=later + timedelta(days=1)) == 0
    assert smtp_server.count == 0


@pytest.mark.django_db
def test_an_address_django_cannot_use_fails_at_once_instead_of_retrying_for_hours(smtp_settings, smtp_server):
    message = OutboxMessageFactory(recipient="a@b@example.org")

    deliver_due()

    message.refresh_from_db()
    assert (message.status, message.attempts) == (Status.FAILED, 1)
    assert message.last_error.startswith("ValueError: Invalid address")
    assert smtp_server.count == 0
