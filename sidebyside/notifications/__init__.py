"""Email notifications through a transactional outbox. Start with `notify()`; see api.py."""

from .contacts import Contact, Preference, contact_details, wants_email


def notify(recipient, template, context=None, *, idempotency_key, language=None, attachments=None):
    """Queue an email inside the current transaction; see sidebyside.notifications.api.notify."""
    from .api import notify as queue

    return queue(
        recipient, template, context, idempotency_key=idempotency_key, language=language, attachments=attachments
    )


__all__ = ["Contact", "Preference", "contact_details", "notify", "wants_email"]
