"""The involvement profile ("passport"), consent records and account security events."""

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sidebyside.notifications import Contact, Preference


class ContactMethod(models.TextChoices):
    EMAIL = "email", _("Email")
    PHONE = "phone", _("Phone call")
    TEXT = "text", _("Text message")
    POST = "post", _("Post")


class Day(models.TextChoices):
    MONDAY = "mon", _("Monday")
    TUESDAY = "tue", _("Tuesday")
    WEDNESDAY = "wed", _("Wednesday")
    THURSDAY = "thu", _("Thursday")
    FRIDAY = "fri", _("Friday")
    SATURDAY = "sat", _("Saturday")
    SUNDAY = "sun", _("Sunday")


class TimeOfDay(models.TextChoices):
    MORNING = "morning", _("Mornings")
    AFTERNOON = "afternoon", _("Afternoons")
    EVENING = "evening", _("Evenings")


class AccessNeed(models.TextChoices):
    STEP_FREE = "step_free", _("Step-free access")
    HEARING_LOOP = "hearing_loop", _("A hearing loop")
    BSL = "bsl", _("A British Sign Language (BSL) interpreter")
    SPOKEN_INTERPRETER = "spoken_interpreter", _("A spoken-language interpreter")
    LARGE_PRINT = "large_print", _("Large print")
    EASY_READ = "easy_read", _("Easy Read documents")
    COMPANION = "companion", _("A carer or supporter coming with me")
    DIETARY = "dietary", _("Dietary needs")


class Topic(models.TextChoices):
    MENTAL_HEALTH = "mental_health", _("Mental health")
    YOUNG_PEOPLE = "young_people", _("Children and young people")
    MATERNITY = "maternity", _("Pregnancy and maternity")
    LONG_TERM = "long_term", _("Long-term conditions")
    CANCER = "cancer", _("Cancer care")
    LEARNING_DISABILITY = "learning_disability", _("Learning disability and autism")
    OLDER_PEOPLE = "older_people", _("Older people")
    URGENT_CARE = "urgent_care", _("Urgent and emergency care")
    GP = "gp", _("GP and community services")
    DIGITAL = "digital", _("Online and digital services")


class AgeBand(models.TextChoices):
    UNDER_16 = "under_16", _("Under 16")
    AGE_16_17 = "16_17", _("16 or 17")
    AGE_18_24 = "18_24", _("18 to 24")
    AGE_25_64 = "25_64", _("25 to 64")
    AGE_65_PLUS = "65_plus", _("65 or over")
    NOT_SAID = "not_said", _("I would rather not say")


class InvolvementProfile(models.Model):
    """What a member tells us once so that every form and event can fit around them."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="involvement_profile", verbose_name=_("user")
    )
    display_name = models.CharField(_("display name"), max_length=80, blank=True)
    preferred_name = models.CharField(_("preferred name"), max_length=80, blank=True)
    pronouns = models.CharField(_("pronouns"), max_length=40, blank=True)
    preferred_language = models.CharField(_("preferred language"), max_length=10, blank=True)
    preferred_contact = models.CharField(
        _("how to contact me"), max_length=10, choices=ContactMethod.choices, default=ContactMethod.EMAIL
    )
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    postal_address = models.TextField(_("postal address"), max_length=500, blank=True)
    best_days = models.JSONField(_("best days"), default=list, blank=True)
    best_times = models.JSONField(_("best times"), default=list, blank=True)
    access_needs = models.JSONField(_("access needs"), default=list, blank=True)
    interpreter_language = models.CharField(_("interpreter language"), max_length=80, blank=True)
    dietary_needs = models.CharField(_("dietary needs"), max_length=200, blank=True)
    other_needs = models.TextField(_("other needs in my own words"), max_length=2000, blank=True)
    topics = models.JSONField(_("topics I care about"), default=list, blank=True)
    organisations_near_me = models.CharField(_("organisations near me"), max_length=300, blank=True)
    age_band = models.CharField(_("age band"), max_length=10, choices=AgeBand.choices, blank=True)
    guardian_name = models.CharField(_("parent or guardian's name"), max_length=120, blank=True)
    guardian_contact = models.CharField(_("parent or guardian's email or phone"), max_length=254, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("involvement profile")
        verbose_name_plural = _("involvement profiles")

    def __str__(self):
        return self.name or str(self.user_id)

    @property
    def name(self):
        return self.preferred_name or self.display_name

    @property
    def is_under_16(self):
        return self.age_band == AgeBand.UNDER_16

    @property
    def contact(self):
        """The person as `notify()` understands them (a text message is a phone contact there)."""
        preference = {
            ContactMethod.EMAIL: Preference.EMAIL,
            ContactMethod.PHONE: Preference.PHONE,
            ContactMethod.TEXT: Preference.PHONE,
            ContactMethod.POST: Preference.POST,
        }[self.preferred_contact]
        return Contact(
            email=self.user.email,
            phone=self.phone,
            preferred_contact=preference,
            language=self.preferred_language or settings.LANGUAGE_CODE,
        )


def preferred_language(user):
    """The language to write to a member in: the one on their profile, else the site's default.

    Never the active language: a message to a member is often queued while a member of staff or a
    scheduled task is acting, in a language of their own. (Each public form also stores the language the
    person used on what they sent; messages about that use it instead.)
    """
    try:
        profile = user.involvement_profile
    except ObjectDoesNotExist:
        return settings.LANGUAGE_CODE
    return profile.preferred_language or settings.LANGUAGE_CODE


class ConsentTopic(models.TextChoices):
    PRIVACY_NOTICE = "privacy_notice", _("The privacy notice")
    CONTACT_ABOUT_OPPORTUNITY = "contact_opportunity", _("Being contacted about an opportunity")
    APPEAR_IN_LIST = "appear_in_list", _("Appearing in a list other members can see")
    TOPIC_ALERTS = "topic_alerts", _("Emails about topics I care about")


class ConsentMethod(models.TextChoices):
    WEB_FORM = "web_form", _("Ticked a box on a form on this website")
    ACCOUNT = "account", _("Changed a setting in my account")
    PHONE = "phone", _("Told a member of staff on the phone")
    PAPER = "paper", _("Signed a paper form")


class ConsentQuerySet(models.QuerySet):
    def active(self):
        return self.filter(withdrawn_at__isnull=True)


class Consent(models.Model):
    """One agreement: what the person agreed to, the exact wording version, when and how.

    A guest's consent is stored against their email and linked to their account once they verify it.
    Withdrawing keeps the record (it shows what was agreed and until when) and stops it counting at once.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="consents",
        verbose_name=_("user"),
    )
    email = models.EmailField(_("email"), blank=True, db_index=True)
    topic = models.CharField(_("agreed to"), max_length=30, choices=ConsentTopic.choices)
    subject = models.CharField(
        _("about"), max_length=200, blank=True, help_text=_("For example, the opportunity the consent is about.")
    )
    wording_version = models.CharField(_("wording version"), max_length=40)
    method = models.CharField(_("how"), max_length=20, choices=ConsentMethod.choices)
    given_at = models.DateTimeField(_("agreed on"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("withdrawn on"), null=True, blank=True)

    objects = ConsentQuerySet.as_manager()

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-given_at", "-pk"]

    def __str__(self):
        return f"{self.get_topic_display()} ({self.wording_version})"

    @property
    def is_active(self):
        return self.withdrawn_at is None


class SecurityEvent(models.Model):
    """Things about an account that staff may need to look into, such as a code guessed too many times."""

    class Kind(models.TextChoices):
        CODE_REJECTED = "code_rejected", _("Wrong sign-in code")
        CODE_LOCKED_OUT = "code_locked_out", _("Sign-in code locked after too many wrong attempts")
        DELETION_REQUESTED = "deletion_requested", _("Account deletion requested")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="security_events",
        verbose_name=_("user"),
    )
    kind = models.CharField(_("what happened"), max_length=30, choices=Kind.choices)
    created_at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        verbose_name = _("security event")
        verbose_name_plural = _("security events")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.get_kind_display()
