"""`notify()`: the one way any part of the site asks for an email to be sent.

Call it inside the transaction that makes the change the message is about. It only writes an outbox
row; the worker sends it once the transaction has committed. If the transaction rolls back, the row
and the delivery task disappear with it.

    from sidebyside.notifications import Contact, notify

    notify(
        Contact(email=form.email, phone=form.phone, preferred_contact=form.preferred_contact),
        "interest_received",
        {"opportunity": page.title},
        idempotency_key=f"interest-received:{interest.pk}",
    )

Templates live in templates/notifications/<template>/ as subject.txt, body.txt and body.html. The
context must be JSON-serialisable (dates arrive in the template as ISO strings).
"""

import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from .contacts import as_contact, wants_email
from .models import DeliveryAttempt, OutboxMessage
from .rendering import ATTACHMENTS_KEY, check_attachment

logger = logging.getLogger(__name__)


def notify(recipient, template, context=None, *, idempotency_key, language=None, attachments=None):
    """Queue `template` for `recipient`; returns the OutboxMessage (the existing one for a known key).

    A person who asked to be contacted by phone or post gets no email: the row is still written,
    with status "not emailed", so the decision is on record and the key is used up.

    `attachments`: a list of {"builder": "dotted.path", "args": {...}, "filename": ..., "mimetype": ...}.
    The builder is called as builder(**args) when the message is sent and returns the file's content
    (bytes or str), so the file shows things as they are then.
    """
    if context is not None and not isinstance(context, dict):
        # Caught here, in the caller's code, rather than as a render failure in the worker later.
        raise TypeError(f"notify() context must be a dict, not {type(context).__name__}")
    if attachments:
        context = {**(context or {}), ATTACHMENTS_KEY: [check_attachment(item) for item in attachments]}
    contact = as_contact(recipient)
    emailing = wants_email(contact)
    fields = {
        "recipient": contact.email if emailing else "",
        "preferred_contact": contact.preferred_contact,
        "language": _language(language or contact.language),
        "template": template,
        "context": context or {},
        "status": OutboxMessage.Status.QUEUED if emailing else OutboxMessage.Status.NOT_EMAILED,
    }
    message, created = _create_once(idempotency_key, fields)
    if created:
        logger.debug("outbox message %s queued (%s)", message.pk, message.status)
    if created and emailing:
        _enqueue_delivery_on_commit()
    return message


def resend(message, *, by=None):
    """Queue a failed message again, with a fresh set of attempts. Returns False if it had not failed
    (a sent message is never sent again). Earlier attempts stay on record."""
    with transaction.atomic():
        queued_again = OutboxMessage.objects.filter(pk=message.pk, status=OutboxMessage.Status.FAILED).update(
            status=OutboxMessage.Status.QUEUED,
            attempts=0,
            next_attempt_at=timezone.now(),
            last_error="",
            claimed_until=None,
            claimed_by="",
        )
        if not queued_again:
            return False
        DeliveryAttempt.objects.create(message_id=message.pk, outcome=DeliveryAttempt.Outcome.RESENT, requested_by=by)
        _enqueue_delivery_on_commit()
    logger.info("outbox message %s queued again by staff", message.pk)
    return True


def _language(code):
    try:
        return translation.get_supported_language_variant(code or translation.get_language() or "")
    except LookupError:
        return settings.LANGUAGE_CODE


def _create_once(idempotency_key, fields):
    existing = OutboxMessage.objects.filter(idempotency_key=idempotency_key).first()
    if existing:
        return existing, False
    try:
        # A savepoint, so a concurrent insert of the same key does not break the caller's transaction.
        with transaction.atomic():
            return OutboxMessage.objects.create(idempotency_key=idempotency_key, **fields), True
    except IntegrityError:
        return OutboxMessage.objects.get(idempotency_key=idempotency_key), False


def enqueue_delivery():
    """Hand a delivery run to the django-q2 worker (the periodic sweep would find the rows anyway)."""
    from django_q.tasks import async_task

    async_task("sidebyside.notifications.tasks.deliver_due", task_name="notifications: deliver", group="outbox")


def _enqueue_delivery_on_commit():
    # One delivery task per transaction is enough however many messages it queued.
    connection = transaction.get_connection()
    if any(callback is enqueue_delivery for _sids, callback, _robust in connection.run_on_commit):
        return
    # Robust: the caller's data is already committed, and a broker that is down must not turn that into
    # an error page; the minute sweep delivers the row anyway.
    transaction.on_commit(enqueue_delivery, robust=True)
