"""Claiming due outbox rows and sending them, one SMTP connection per batch.

How a row moves: QUEUED → (claimed) SENDING → SENT, or back to QUEUED with a later `next_attempt_at`
after a temporary failure, or FAILED after a permanent one or too many attempts.

Claiming. In one short transaction a worker picks due rows with `SELECT … FOR UPDATE SKIP LOCKED`
(PostgreSQL; SQLite serialises writers anyway) and stamps them SENDING with its own `claimed_by` token
and a lease (`claimed_until`). The update repeats the "is it due?" condition, so even without row
locks two workers can never both win a row. The transaction commits before any SMTP traffic, so no
lock is held while talking to the mail server.

Sending. Each message is sent, and as soon as the server has accepted it the row is marked SENT in
its own tiny transaction, before the next message is touched. That update only applies while the row
still carries this worker's `claimed_by`: a worker that stalled past its lease cannot undo what the
worker that took the row over has since recorded.

A worker killed between claiming and sending leaves its rows SENDING; once their lease runs out they
are due again and the next run (the on-commit task or the minute sweep) sends them. Nothing is lost.

The one window in which a message can go out twice: the SMTP server has answered "250 accepted" for
it, and the worker dies before the UPDATE that marks it SENT has committed. The row's lease then
expires and it is sent again. No design can close this window, because the mail server and the
database cannot commit together (SMTP has no two-phase commit). Marking the row sent *before*
sending would turn the duplicate into a loss, which is worse. The window is kept as small as it can
be: it covers one message (never a batch, since each message is marked the moment it is accepted),
and lasts one local UPDATE. The repeated email carries the same Message-ID header, so mail systems
that collapse duplicates by Message-ID will hide it.
"""

import contextlib
import logging
import re
import smtplib
import uuid
from datetime import timedelta

from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F, Q

from . import conf
from .models import DeliveryAttempt, OutboxMessage
from .rendering import build_email, site_context

logger = logging.getLogger(__name__)

Status = OutboxMessage.Status
Outcome = DeliveryAttempt.Outcome

EMAIL_ADDRESS = re.compile(r"[^\s<>@]+@[^\s<>]+")  # greedy after the @, so "a@b@c" goes whole
INTERRUPTED = "Delivery was interrupted (the worker stopped) too many times."


def due(now):
    return Q(status=Status.QUEUED, next_attempt_at__lte=now) | Q(status=Status.SENDING, claimed_until__lt=now)


def backoff(attempts):
    """Seconds to wait after the `attempts`-th failed attempt: base, 2×base, 4×base… up to the cap."""
    base, cap = conf.get("BACKOFF_BASE_SECONDS"), conf.get("BACKOFF_MAX_SECONDS")
    return min(base * 2 ** max(attempts - 1, 0), cap)


def fail_abandoned(now):
    """Give up on rows whose worker died on their last allowed attempt, instead of trying forever."""
    return OutboxMessage.objects.filter(
        status=Status.SENDING, claimed_until__lt=now, attempts__gte=conf.get("MAX_ATTEMPTS")
    ).update(status=Status.FAILED, claimed_until=None, claimed_by="", last_error=INTERRUPTED)


def claim_batch(batch_size, now):
    """Claim up to `batch_size` due rows for this worker and return them (each counts as an attempt)."""
    token = uuid.uuid4().hex
    with transaction.atomic():
        candidates = (
            OutboxMessage.objects.select_for_update(skip_locked=True)
            .filter(due(now))
            .order_by("next_attempt_at", "pk")
            .values_list("pk", flat=True)[:batch_size]
        )
        claimed = OutboxMessage.objects.filter(due(now), pk__in=list(candidates)).update(
            status=Status.SENDING,
            claimed_by=token,
            claimed_until=now + timedelta(seconds=conf.get("LEASE_SECONDS")),
            attempts=F("attempts") + 1,
        )
    if not claimed:
        return []
    return list(OutboxMessage.objects.filter(claimed_by=token, status=Status.SENDING).order_by("pk"))


def deliver_batch(messages, now):
    """Send claimed `messages` over one SMTP connection, recording each outcome as it happens."""
    try:
        connection = get_connection(timeout=conf.get("SMTP_TIMEOUT_SECONDS"))
        connection.open()
    except Exception as exc:  # whatever stops us connecting, the batch waits for a retry
        for message in messages:
            record_failure(message, exc, now)
        return
    try:
        _send_each(messages, connection, now)
    finally:
        _close_quietly(connection)


def _send_each(messages, connection, now):
    site = site_context()
    for position, message in enumerate(messages):
        try:
            email = build_email(message, site, connection)
        except Exception as exc:  # a broken template or context never gets better by retrying
            # The exception text may quote the context (names, addresses): the row keeps it for staff,
            # scrubbed of addresses, but the log line names only the exception class.
            error = scrub(f"Could not render: {type(exc).__name__}: {exc}")
            record_outcome(
                message, Outcome.FAILED, now, error=error, log_error=f"could not render ({type(exc).__name__})"
            )
            continue
        try:
            email.send()
        except Exception as exc:
            record_failure(message, exc, now)
            if breaks_connection(exc):
                for rest in messages[position + 1 :]:
                    record_failure(rest, exc, now)
                return
            continue
        record_outcome(message, Outcome.SENT, now)


def _close_quietly(connection):
    # The messages are already recorded; a failed QUIT changes nothing.
    with contextlib.suppress(Exception):
        connection.close()


def breaks_connection(exc):
    if isinstance(exc, smtplib.SMTPResponseException):
        return exc.smtp_code == 421
    return isinstance(exc, OSError) and (
        isinstance(exc, smtplib.SMTPServerDisconnected) or not isinstance(exc, smtplib.SMTPException)
    )


def classify(exc):
    """(permanent, error text without addresses) for an exception raised while sending."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        replies = list(exc.recipients.values())
        permanent = bool(replies) and all(500 <= code < 600 for code, _reply in replies)
        detail = "; ".join(f"{code} {_text(reply)}" for code, reply in replies)
        return permanent, scrub(f"Recipient refused: {detail}")
    if isinstance(exc, smtplib.SMTPResponseException):
        # A 5xx answer to the message itself is final; anything else (sender refused, login failed)
        # is our configuration and will work once it is fixed.
        permanent = isinstance(exc, smtplib.SMTPDataError) and 500 <= exc.smtp_code < 600
        return permanent, scrub(f"{type(exc).__name__}: {exc.smtp_code} {_text(exc.smtp_error)}")
    # A ValueError comes from building the message (an address Django cannot use); it will not get better.
    return isinstance(exc, ValueError), scrub(f"{type(exc).__name__}: {exc}")


def _text(reply):
    return reply.decode(errors="replace") if isinstance(reply, bytes) else str(reply)


def scrub(text):
    return EMAIL_ADDRESS.sub("<address>", text)[:1000]


def record_failure(message, exc, now):
    permanent, error = classify(exc)
    if permanent or message.attempts >= conf.get("MAX_ATTEMPTS"):
        record_outcome(message, Outcome.FAILED, now, error=error)
    else:
        record_outcome(message, Outcome.RETRY, now, error=error)


def record_outcome(message, outcome, now, error="", log_error=None):
    """Record how an attempt ended, unless the row has meanwhile been claimed by another worker.

    Only the claim that made the attempt may move the row on: a worker that stalled past its lease must
    not turn a row another worker has since sent (or is sending) back into QUEUED or FAILED. The attempt
    itself is kept on record either way.
    """
    changes = {"claimed_until": None, "claimed_by": "", "last_error": error}
    if outcome == Outcome.SENT:
        changes.update(status=Status.SENT, sent_at=now)
    elif outcome == Outcome.RETRY:
        changes.update(status=Status.QUEUED, next_attempt_at=now + timedelta(seconds=backoff(message.attempts)))
    else:
        changes.update(status=Status.FAILED)
    with transaction.atomic():
        still_ours = OutboxMessage.objects.filter(
            pk=message.pk, status=Status.SENDING, claimed_by=message.claimed_by
        ).update(**changes)
        DeliveryAttempt.objects.create(message_id=message.pk, outcome=outcome, at=now, error=error)
    if not still_ours:
        logger.warning("outbox message %s %s after its lease ran out; another worker has it", message.pk, outcome)
    elif outcome == Outcome.SENT:
        logger.info("outbox message %s sent (attempt %s)", message.pk, message.attempts)
    else:
        log_error = error if log_error is None else log_error
        logger.warning("outbox message %s %s (attempt %s): %s", message.pk, outcome, message.attempts, log_error)
