"""Sign-ups for events, their moderated statuses, and attendees' feedback."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from opportunities.models.interests import normalise_email, normalise_phone
from sidebyside.accounts.models import ContactMethod
from sidebyside.core.tokens import new_token
from sidebyside.moderation.models import ModeratedModel


class SignUpStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for approval")
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    OFFERED = "offered", _("Offered a place")
    CANCELLED = "cancelled", _("Cancelled")
    REJECTED = "rejected", _("Not approved")
    ATTENDED = "attended", _("Attended")
    NO_SHOW = "no_show", _("Did not attend")


# Statuses that hold a place, and statuses that are still in the running for one.
HOLDS_A_PLACE = [SignUpStatus.CONFIRMED, SignUpStatus.OFFERED, SignUpStatus.ATTENDED, SignUpStatus.NO_SHOW]
ACTIVE = [SignUpStatus.PENDING, SignUpStatus.WAITLISTED, *HOLDS_A_PLACE]
ENDED = [SignUpStatus.CANCELLED, SignUpStatus.REJECTED]


class SignUp(ModeratedModel):
    """One person's place (or place in the queue) at one event, in any of the event page's languages."""

    TRANSITIONS = {
        SignUpStatus.PENDING: [
            SignUpStatus.CONFIRMED,
            SignUpStatus.WAITLISTED,
            SignUpStatus.REJECTED,
            SignUpStatus.CANCELLED,
        ],
        SignUpStatus.WAITLISTED: [SignUpStatus.CONFIRMED, SignUpStatus.OFFERED, SignUpStatus.CANCELLED],
        SignUpStatus.OFFERED: [SignUpStatus.CONFIRMED, SignUpStatus.CANCELLED],
        SignUpStatus.CONFIRMED: [SignUpStatus.ATTENDED, SignUpStatus.NO_SHOW, SignUpStatus.CANCELLED],
        SignUpStatus.ATTENDED: [SignUpStatus.NO_SHOW],
        SignUpStatus.NO_SHOW: [SignUpStatus.ATTENDED],
    }
    REASON_REQUIRED = frozenset({SignUpStatus.REJECTED})
    ORGANISATION_LOOKUP = "organisation"

    status = models.CharField(
        _("status"), max_length=32, choices=SignUpStatus.choices, default=SignUpStatus.PENDING, db_index=True
    )
    event = models.ForeignKey(
        "community.EventPage", verbose_name=_("event"), null=True, on_delete=models.SET_NULL, related_name="signups"
    )
    # The event's translation key: the same event in every language, counted against one capacity.
    event_key = models.UUIDField(editable=False, db_index=True)
    event_title = models.CharField(_("event"), max_length=255)
    organisation = models.ForeignKey(
        "core.Organisation", verbose_name=_("organisation"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_signups",
    )
    name = models.CharField(_("name"), max_length=120)
    preferred_contact = models.CharField(
        _("how to contact them"), max_length=10, choices=ContactMethod.choices, default=ContactMethod.EMAIL
    )
    email = models.EmailField(_("email"), blank=True)
    email_normalised = models.CharField(max_length=254, blank=True, editable=False)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    phone_normalised = models.CharField(max_length=30, blank=True, editable=False)
    language = models.CharField(_("language"), max_length=10, default="en")
    access_needs = models.JSONField(_("access needs"), default=list, blank=True)
    access_needs_details = models.TextField(_("access needs in their own words"), max_length=2000, blank=True)
    under_16 = models.BooleanField(_("under 16"), default=False)
    guardian_name = models.CharField(_("parent or guardian's name"), max_length=120, blank=True)
    guardian_contact = models.CharField(_("parent or guardian's email or phone"), max_length=254, blank=True)
    answers = models.JSONField(_("answers to extra questions"), default=dict, blank=True)
    consent_wording_version = models.CharField(max_length=40, editable=False)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("signed up"), default=timezone.now, db_index=True)
    offer_expires_at = models.DateTimeField(_("offer ends"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("marked at the door"), null=True, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by staff"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("For someone who phoned in."),
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("event sign-up")
        verbose_name_plural = _("event sign-ups")
        constraints = [
            models.UniqueConstraint(
                fields=["event_key", "email_normalised"],
                condition=~Q(email_normalised="") & ~Q(status__in=["cancelled", "rejected"]),
                name="one_signup_per_email",
            ),
            models.UniqueConstraint(
                fields=["event_key", "user"],
                condition=Q(user__isnull=False) & ~Q(status__in=["cancelled", "rejected"]),
                name="one_signup_per_member",
            ),
        ]
        indexes = [models.Index(fields=["event_key", "status", "created_at"], name="signup_queue")]
        permissions = [("export_signup", "Can export event sign-ups")]

    def __str__(self):
        return f"{self.name}: {self.event_title}"

    def save(self, *args, **kwargs):
        self.email_normalised = normalise_email(self.email)
        self.phone_normalised = normalise_phone(self.phone)
        super().save(*args, **kwargs)

    @property
    def holds_a_place(self):
        return self.status in HOLDS_A_PLACE


class EventFeedback(models.Model):
    """What an attendee thought of the event, from the short form they are sent afterwards."""

    class Again(models.TextChoices):
        YES = "yes", _("Yes")
        MAYBE = "maybe", _("Maybe")
        NO = "no", _("No")

    signup = models.OneToOneField(SignUp, verbose_name=_("sign-up"), on_delete=models.CASCADE, related_name="feedback")
    rating = models.PositiveSmallIntegerField(
        _("rating"), choices=[(n, str(n)) for n in range(1, 6)], help_text=_("1 (poor) to 5 (very good)")
    )
    what_worked = models.TextField(_("what worked well"), max_length=2000, blank=True)
    what_to_change = models.TextField(_("what we should change"), max_length=2000, blank=True)
    come_again = models.CharField(_("would come again"), max_length=5, choices=Again.choices)
    comments = models.TextField(_("anything else"), max_length=2000, blank=True)
    created_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        verbose_name = _("event feedback")
        verbose_name_plural = _("event feedback")

    def __str__(self):
        return f"{self.signup}: {self.rating}"
