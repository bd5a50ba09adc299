"""The moderated-model base class and the two append-only records kept about moderated items."""

from typing import ClassVar

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ModeratedModel(models.Model):
    """Give a model a status that only moves along declared transitions.

    A subclass declares, as class attributes:

    - `status`: usually overridden with the model's own `choices` and default;
    - `TRANSITIONS`: {from_status: [to_status, ...]};
    - `REASON_REQUIRED`: the target statuses that need a reason (e.g. {"rejected"});
    - `ON_TRANSITION`: {to_status or "*": [callable(obj, decision), ...]}, run inside the transition's
      transaction, typically to queue messages with `sidebyside.notifications.notify`;
    - `ORGANISATION_LOOKUP`: the lookup from the model to its organisation, for `visible_to()`;
    - `PERSON_ONLY`: the target statuses only the person themselves may choose (a member deleting their own
      forum post), which staff are never offered.

    Change the status only through `sidebyside.moderation.services.transition()`.
    """

    TRANSITIONS: ClassVar[dict[str, list[str]]] = {}
    REASON_REQUIRED: ClassVar[frozenset[str]] = frozenset()
    ON_TRANSITION: ClassVar[dict[str, list]] = {}
    ORGANISATION_LOOKUP: ClassVar[str | None] = None
    PERSON_ONLY: ClassVar[frozenset[str]] = frozenset()

    status = models.CharField(_("status"), max_length=32, default="new", db_index=True)
    status_changed_at = models.DateTimeField(_("in this status since"), default=timezone.now, db_index=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True

    @property
    def age(self):
        """How long the item has waited in its current status."""
        return timezone.now() - self.status_changed_at

    def allowed_transitions(self):
        return list(self.TRANSITIONS.get(self.status, []))

    def staff_transitions(self):
        """The moves staff may make from the current status."""
        return [status for status in self.allowed_transitions() if status not in self.PERSON_ONLY]

    def reason_required(self, to_status):
        return to_status in self.REASON_REQUIRED

    @classmethod
    def status_label(cls, status):
        return dict(cls._meta.get_field("status").flatchoices).get(status, status)


class AppendOnlyError(Exception):
    """Raised on any attempt to change or remove a record that is kept for the audit trail."""


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError(f"{self.model.__name__} records cannot be changed.")

    def delete(self):
        raise AppendOnlyError(f"{self.model.__name__} records cannot be deleted.")


class AppendOnlyModel(models.Model):
    """A record about a moderated item (any model), written once and never changed or deleted."""

    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["created_at", "pk"]

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError(f"{type(self).__name__} records cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError(f"{type(self).__name__} records cannot be deleted.")


class ModerationDecision(AppendOnlyModel):
    """One status change: who moved the item, when, from which status to which, and why."""

    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="moderation_decisions",
    )
    from_status = models.CharField(_("from"), max_length=32)
    to_status = models.CharField(_("to"), max_length=32)
    reason = models.TextField(_("reason"), blank=True)

    class Meta(AppendOnlyModel.Meta):
        verbose_name = _("moderation decision")
        verbose_name_plural = _("moderation decisions")
        indexes = [models.Index(fields=["content_type", "object_id", "created_at"], name="moderation_decision_item")]

    def __str__(self):
        return f"{self.from_status} → {self.to_status}"


class ModerationNote(AppendOnlyModel):
    """A private note staff keep about an item; never shown to the person it is about."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="moderation_notes",
    )
    text = models.TextField(_("note"))

    class Meta(AppendOnlyModel.Meta):
        verbose_name = _("staff note")
        verbose_name_plural = _("staff notes")
        indexes = [models.Index(fields=["content_type", "object_id", "created_at"], name="moderation_note_item")]

    def __str__(self):
        return self.text[:50]
