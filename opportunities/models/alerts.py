"""Topic alerts: people who asked to hear when a new opportunity is published in topics they care about."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sidebyside.core.tokens import new_token

from .interests import normalise_email


class TopicSubscription(models.Model):
    """One person's alert subscription. A guest confirms their email address before anything is sent;
    a member's verified address counts as confirmed. Each alert carries `token` for one-click unsubscribe."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="topic_subscriptions",
    )
    email = models.EmailField(_("email"))
    email_normalised = models.CharField(max_length=254, editable=False)
    language = models.CharField(_("language"), max_length=10, default="en")
    topics = models.ManyToManyField("core.Topic", verbose_name=_("topics"), related_name="subscriptions")
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    consent_wording_version = models.CharField(max_length=40, editable=False)
    created_at = models.DateTimeField(_("subscribed"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)

    class Meta:
        verbose_name = _("topic alert subscription")
        verbose_name_plural = _("topic alert subscriptions")
        constraints = [
            models.UniqueConstraint(fields=["email_normalised"], name="one_subscription_per_email"),
        ]
        indexes = [models.Index(fields=["confirmed_at", "unsubscribed_at"], name="subscription_active")]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email_normalised = normalise_email(self.email)
        super().save(*args, **kwargs)

    @property
    def is_active(self):
        return self.confirmed_at is not None and self.unsubscribed_at is None


def active_subscriptions():
    return TopicSubscription.objects.filter(Q(confirmed_at__isnull=False), unsubscribed_at__isnull=True)
