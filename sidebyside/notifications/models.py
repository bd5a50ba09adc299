"""The email outbox: one row per logical message, written in the same transaction as the change that
caused it, and delivered later by the worker (see delivery.py)."""

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .contacts import Preference


class OutboxMessage(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        NOT_EMAILED = "not_emailed", _("Not emailed (contact preference)")
        CANCELLED = "cancelled", _("Cancelled")

    recipient = models.EmailField(_("recipient"), blank=True)
    preferred_contact = models.CharField(
        _("preferred contact"), max_length=10, choices=Preference.choices, default=Preference.EMAIL
    )
    language = models.CharField(_("language"), max_length=10)
    template = models.CharField(_("template"), max_length=100)
    context = models.JSONField(_("context"), default=dict, blank=True, encoder=DjangoJSONEncoder)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    # While a worker delivers a row it holds a lease; a row whose lease ran out (the worker died) is due again.
    claimed_until = models.DateTimeField(_("claimed until"), null=True, blank=True)
    claimed_by = models.CharField(_("claimed by"), max_length=32, blank=True, editable=False)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    idempotency_key = models.CharField(_("idempotency key"), max_length=255, unique=True)

    class Meta:
        verbose_name = _("outbox message")
        verbose_name_plural = _("outbox")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="outbox_due_idx")]
        permissions = [("resend_outboxmessage", _("Can resend a failed message"))]

    def __str__(self):
        return f"{self.template} #{self.pk}"

    @property
    def can_resend(self):
        return self.status == self.Status.FAILED


class DeliveryAttempt(models.Model):
    """One try at sending a message, kept so staff can see what happened before a resend."""

    class Outcome(models.TextChoices):
        SENT = "sent", _("Sent")
        RETRY = "retry", _("Failed, will retry")
        FAILED = "failed", _("Failed")
        RESENT = "resent", _("Queued again by staff")

    message = models.ForeignKey(OutboxMessage, on_delete=models.CASCADE, related_name="delivery_attempts")
    at = models.DateTimeField(_("at"), default=timezone.now)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)
    error = models.TextField(_("error"), blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The staff member who queued the message again."),
    )

    class Meta:
        verbose_name = _("delivery attempt")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_outcome_display()} {self.at:%Y-%m-%d %H:%M}"
