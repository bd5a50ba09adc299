"""Reference groups: people placed in a reference-group role, who review material from home when asked."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from sidebyside.core.tokens import new_token


class ReferenceGroup(models.Model):
    """A standing group, for example people who read draft patient leaflets. People placed through the
    group's opportunity join it automatically; staff can also add or remove members."""

    name = models.CharField(_("name"), max_length=150)
    description = models.TextField(_("what the group does"), max_length=1000, blank=True)
    organisation = models.ForeignKey(
        "core.Organisation", verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="reference_groups"
    )
    opportunity = models.ForeignKey(
        "opportunities.OpportunityPage",
        verbose_name=_("recruiting opportunity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("People placed in this opportunity join the group."),
    )
    reminder_days = models.PositiveSmallIntegerField(
        _("reminder"),
        default=2,
        help_text=_("Remind members who have not answered this many days before the due date."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("organisation"),
        FieldPanel("opportunity"),
        FieldPanel("reminder_days"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("reference group")
        verbose_name_plural = _("reference groups")

    def __str__(self):
        return self.name


class ReferenceGroupMember(models.Model):
    group = models.ForeignKey(
        ReferenceGroup, verbose_name=_("group"), on_delete=models.CASCADE, related_name="members"
    )
    interest = models.ForeignKey(
        "opportunities.ExpressionOfInterest",
        verbose_name=_("placed through"),
        on_delete=models.CASCADE,
        related_name="group_memberships",
    )
    joined_at = models.DateTimeField(_("joined"), default=timezone.now)
    left_at = models.DateTimeField(_("left"), null=True, blank=True)

    class Meta:
        ordering = ["interest__name"]
        verbose_name = _("reference group member")
        verbose_name_plural = _("reference group members")
        constraints = [models.UniqueConstraint(fields=["group", "interest"], name="one_membership_per_interest")]

    def __str__(self):
        return self.interest.name

    @property
    def is_active(self):
        return self.left_at is None


class ReviewRequest(models.Model):
    """Something the group is asked to review by a date: a document or a link, with what to look for."""

    group = models.ForeignKey(
        ReferenceGroup, verbose_name=_("group"), on_delete=models.CASCADE, related_name="requests"
    )
    title = models.CharField(_("title"), max_length=200)
    instructions = models.TextField(_("what we would like you to look at"), max_length=3000)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    link = models.URLField(_("link"), blank=True)
    due_date = models.DateField(_("due date"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["-due_date", "-pk"]
        verbose_name = _("review request")
        verbose_name_plural = _("review requests")

    def __str__(self):
        return self.title


class ReviewResponse(models.Model):
    """One member's answer to one review request. Each member gets a private link (token) to answer."""

    class Clarity(models.TextChoices):
        CLEAR = "clear", _("Yes, it is clear")
        PARTLY = "partly", _("Partly")
        UNCLEAR = "unclear", _("No, it is hard to follow")

    request = models.ForeignKey(
        ReviewRequest, verbose_name=_("request"), on_delete=models.CASCADE, related_name="responses"
    )
    member = models.ForeignKey(
        ReferenceGroupMember, verbose_name=_("member"), on_delete=models.CASCADE, related_name="responses"
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    clarity = models.CharField(_("is it clear?"), max_length=10, choices=Clarity.choices, blank=True)
    comments = models.TextField(_("comments"), max_length=5000, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        verbose_name = _("review response")
        verbose_name_plural = _("review responses")
        constraints = [models.UniqueConstraint(fields=["request", "member"], name="one_response_per_member")]

    def __str__(self):
        return f"{self.member}: {self.request}"
