"""Expressions of interest: what a person sends from an opportunity page, and its moderated pipeline."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sidebyside.accounts.models import ContactMethod
from sidebyside.moderation.models import ModeratedModel


class InterestStatus(models.TextChoices):
    NEW = "new", _("New")
    CONTACTED = "contacted", _("Contacted")
    BRIEFING_ARRANGED = "briefing_arranged", _("Briefing arranged")
    TASTER_ATTENDED = "taster_attended", _("Taster attended")
    PLACED = "placed", _("Placed")
    NOT_PROCEEDING = "not_proceeding", _("Not proceeding")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class HowHeard(models.TextChoices):
    THIS_WEBSITE = "website", _("This website")
    STAFF = "staff", _("A member of NHS staff")
    FRIEND = "friend", _("A friend or family member")
    COMMUNITY_GROUP = "community_group", _("A community group or charity")
    SOCIAL_MEDIA = "social_media", _("Social media")
    POSTER = "poster", _("A poster or leaflet")
    EMAIL = "email", _("An email from us")
    OTHER = "other", _("Somewhere else")


# Stages of the pipeline that are still open: the person can withdraw, staff can move them on.
ACTIVE_STATUSES = [
    InterestStatus.NEW,
    InterestStatus.CONTACTED,
    InterestStatus.BRIEFING_ARRANGED,
    InterestStatus.TASTER_ATTENDED,
    InterestStatus.PLACED,
]
_ENDINGS = [InterestStatus.NOT_PROCEEDING, InterestStatus.WITHDRAWN]


def normalise_email(email):
    return (email or "").strip().lower()


def normalise_phone(phone):
    """Digits only, with a UK leading 0 for +44, so '+44 7700 900123' and '07700900123' match."""
    digits = "".join(ch for ch in (phone or "") if ch.isdigit())
    if digits.startswith("44") and len(digits) > 10:
        digits = "0" + digits[2:]
    return digits


def normalise_name(name):
    """Spaces and capitals aside, so that 'Grace  okafor' is 'Grace Okafor'."""
    return " ".join((name or "").split()).casefold()


class ExpressionOfInterest(ModeratedModel):
    """One person's interest in one opportunity (in any of its languages), worked through by moderators.

    The core questions are columns; the answers to an opportunity's extra questions are kept in
    `answers`, keyed by the form field's clean name, with the question's label beside each answer.
    """

    TRANSITIONS = {
        InterestStatus.NEW: [InterestStatus.CONTACTED, *_ENDINGS],
        InterestStatus.CONTACTED: [
            InterestStatus.BRIEFING_ARRANGED,
            InterestStatus.TASTER_ATTENDED,
            InterestStatus.PLACED,
            *_ENDINGS,
        ],
        InterestStatus.BRIEFING_ARRANGED: [InterestStatus.TASTER_ATTENDED, InterestStatus.PLACED, *_ENDINGS],
        InterestStatus.TASTER_ATTENDED: [InterestStatus.PLACED, *_ENDINGS],
        InterestStatus.PLACED: _ENDINGS,
    }
    REASON_REQUIRED = frozenset({InterestStatus.NOT_PROCEEDING})
    ORGANISATION_LOOKUP = "organisation"
    # ON_TRANSITION is filled in by opportunities/pipeline.py (messages to the person and to staff).

    status = models.CharField(
        _("status"), max_length=32, choices=InterestStatus.choices, default=InterestStatus.NEW, db_index=True
    )
    opportunity = models.ForeignKey(
        "opportunities.OpportunityPage",
        verbose_name=_("opportunity"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="interests",
    )
    # The opportunity's translation key: the same role in every language, and what duplicates are
    # checked against. The title is kept so the record still reads well if the page is deleted.
    opportunity_key = models.UUIDField(editable=False, db_index=True)
    opportunity_title = models.CharField(_("opportunity"), max_length=255)
    organisation = models.ForeignKey(
        "core.Organisation",
        verbose_name=_("organisation"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="interests",
    )

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="interests",
    )
    name = models.CharField(_("name"), max_length=120)
    name_normalised = models.CharField(max_length=120, blank=True, editable=False)
    preferred_contact = models.CharField(
        _("how to contact them"), max_length=10, choices=ContactMethod.choices, default=ContactMethod.EMAIL
    )
    email = models.EmailField(_("email"), blank=True)
    email_normalised = models.CharField(max_length=254, blank=True, editable=False)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    phone_normalised = models.CharField(max_length=30, blank=True, editable=False)
    postal_address = models.TextField(_("postal address"), max_length=500, blank=True)
    language = models.CharField(_("language"), max_length=10, default="en")
    access_needs = models.JSONField(_("access needs"), default=list, blank=True)
    access_needs_details = models.TextField(_("access needs in their own words"), max_length=2000, blank=True)
    why_interested = models.TextField(_("why they are interested"), max_length=3000)
    how_heard = models.CharField(_("how they heard"), max_length=20, choices=HowHeard.choices, blank=True)
    how_heard_details = models.CharField(_("where they heard"), max_length=200, blank=True)
    answers = models.JSONField(_("answers to extra questions"), default=dict, blank=True)
    consent_wording_version = models.CharField(max_length=40, editable=False)
    created_at = models.DateTimeField(_("sent"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("expression of interest")
        verbose_name_plural = _("expressions of interest")
        constraints = [
            models.UniqueConstraint(
                fields=["opportunity_key", "email_normalised"],
                condition=~Q(email_normalised=""),
                name="one_interest_per_email",
            ),
            # People in one household often share a phone: a phone number is one person only with one name.
            models.UniqueConstraint(
                fields=["opportunity_key", "phone_normalised", "name_normalised"],
                condition=~Q(phone_normalised=""),
                name="one_interest_per_phone_and_name",
            ),
            models.UniqueConstraint(
                fields=["opportunity_key", "user"], condition=Q(user__isnull=False), name="one_interest_per_member"
            ),
        ]
        indexes = [models.Index(fields=["opportunity_key", "status"], name="interest_places")]
        permissions = [("export_expressionofinterest", "Can export expressions of interest")]

    def __str__(self):
        return f"{self.name}: {self.opportunity_title}"

    def save(self, *args, **kwargs):
        self.name_normalised = normalise_name(self.name)
        self.email_normalised = normalise_email(self.email)
        self.phone_normalised = normalise_phone(self.phone)
        super().save(*args, **kwargs)

    @property
    def is_active(self):
        return self.status in ACTIVE_STATUSES

    @property
    def can_withdraw(self):
        return InterestStatus.WITHDRAWN in self.allowed_transitions()
