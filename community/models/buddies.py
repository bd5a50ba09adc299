"""The peer-support buddy scheme: people ask for a buddy, experienced members offer to be one, moderators
approve offers and propose matches, both people accept before any contact details are shared, and both are
asked how it is going. Safeguarding concerns go to a named lead, outside the moderation queues."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Page
from wagtail.search import index

from opportunities.models.interests import normalise_email
from sidebyside.accounts.models import AgeBand, ContactMethod
from sidebyside.core.translated_text import (
    TranslatedField,
    confirm_panel,
    sources_field,
    translated_text_form,
    translation_panel,
    translations_field,
)
from sidebyside.moderation.models import ModeratedModel

BUDDY_TEXT_MAX_LENGTH = 2000
MAX_CAPACITY = 5


class SupportArea(models.TextChoices):
    FIRST_MEETINGS = "first_meetings", _("Going to my first meetings")
    PAPERS = "papers", _("Understanding meeting papers")
    CONFIDENCE = "confidence", _("Confidence to speak up")
    TRAVEL = "travel", _("Travelling to meetings")
    ONLINE = "online", _("Joining online meetings")
    OTHER = "other", _("Something else")


class BuddyMode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    PHONE = "phone", _("By phone")
    VIDEO = "video", _("By video call")


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    NON_BINARY = "non_binary", _("Non-binary")
    NOT_SAID = "not_said", _("I would rather not say")


class BuddySchemeIndexPage(RoutablePageMixin, Page):
    """About the buddy scheme, with the forms to ask for a buddy, offer to be one, and raise a concern."""

    introduction = models.TextField(_("introduction"), max_length=1000, blank=True)
    organisation = models.ForeignKey(
        "core.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who runs the scheme from this page. Requests take their organisation from the opportunity."),
    )
    contact = models.ForeignKey(
        "core.ContactPerson",
        verbose_name=_("contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Gets an email about each new request and offer. Without one, the site's contact address does."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel([FieldPanel("organisation"), FieldPanel("contact")], heading=_("Who runs the scheme")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "community/buddies/buddy_scheme_index_page.html"

    class Meta:
        verbose_name = _("buddy scheme page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["concern_path"] = self.url + self.reverse_subpage("raise_concern") if self.url else ""
        return context

    @path("ask/")
    def ask_for_buddy(self, request):
        from community.views import buddies

        return buddies.ask(self, request)

    @path("ask/thank-you/")
    def request_received(self, request):
        from community.views import buddies

        return buddies.ask_thank_you(self, request)

    @path("offer/")
    def offer_to_buddy(self, request):
        from community.views import buddies

        return buddies.offer(self, request)

    @path("offer/thank-you/")
    def offer_received(self, request):
        from community.views import buddies

        return buddies.offer_thank_you(self, request)

    @path("concern/")
    def raise_concern(self, request):
        from community.views import buddies

        return buddies.concern(self, request)

    @path("concern/thank-you/")
    def concern_received(self, request):
        from community.views import buddies

        return buddies.concern_thank_you(self, request)


class BuddyPreferences(models.Model):
    """What a request and an offer both say: support areas, language, gender, age band, modes, days, times,
    topics. The ranking compares these."""

    support_areas = models.JSONField(_("support with"), default=list, blank=True)
    support_other = models.CharField(_("other support"), max_length=300, blank=True)
    gender = models.CharField(_("gender"), max_length=12, choices=Gender.choices, blank=True)
    age_band = models.CharField(_("age band"), max_length=10, choices=AgeBand.choices, blank=True)
    modes = models.JSONField(_("ways to meet"), default=list, blank=True)
    days = models.JSONField(_("days"), default=list, blank=True)
    times = models.JSONField(_("times of day"), default=list, blank=True)
    topics = models.JSONField(_("topics"), default=list, blank=True)

    class Meta:
        abstract = True


class BuddyPerson(models.Model):
    """Who a request or an offer is from, and how to reach them (email or phone is enough)."""

    name = models.CharField(_("name"), max_length=120)
    preferred_contact = models.CharField(
        _("how to contact them"), max_length=10, choices=ContactMethod.choices, default=ContactMethod.EMAIL
    )
    email = models.EmailField(_("email"), blank=True)
    email_normalised = models.CharField(max_length=254, blank=True, editable=False)
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    language = models.CharField(_("language of the site"), max_length=10, default="en")
    opportunity = models.ForeignKey(
        "opportunities.OpportunityPage",
        verbose_name=_("opportunity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    opportunity_text = models.CharField(_("opportunity or group (in their words)"), max_length=200, blank=True)
    organisation = models.ForeignKey(
        "core.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("sent"), default=timezone.now, db_index=True)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.email_normalised = normalise_email(self.email)
        super().save(*args, **kwargs)

    @property
    def opportunity_title(self):
        if self.opportunity_id:
            return self.opportunity.title
        return self.opportunity_text


class RequestStatus(models.TextChoices):
    NEW = "new", _("Waiting for a buddy")
    PROPOSED = "proposed", _("Buddy proposed")
    MATCHED = "matched", _("Matched")
    CLOSED = "closed", _("Closed")


class BuddyRequest(BuddyPerson, BuddyPreferences, ModeratedModel):
    """Someone asking for a buddy."""

    TRANSITIONS = {
        RequestStatus.NEW: [RequestStatus.PROPOSED, RequestStatus.CLOSED],
        RequestStatus.PROPOSED: [RequestStatus.MATCHED, RequestStatus.NEW, RequestStatus.CLOSED],
        RequestStatus.MATCHED: [RequestStatus.NEW, RequestStatus.CLOSED],
    }
    REASON_REQUIRED = frozenset({RequestStatus.CLOSED})
    ORGANISATION_LOOKUP = "organisation"

    status = models.CharField(
        _("status"), max_length=32, choices=RequestStatus.choices, default=RequestStatus.NEW, db_index=True
    )
    index_page = models.ForeignKey(
        BuddySchemeIndexPage,
        verbose_name=_("sent from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="requests",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="buddy_requests",
    )
    preferred_language = models.CharField(_("language they would like to speak"), max_length=80, blank=True)
    same_gender = models.BooleanField(_("would like a buddy of the same gender"), default=False)
    access_needs = models.JSONField(_("access needs"), default=list, blank=True)
    access_needs_details = models.TextField(_("access needs in their words"), max_length=1000, blank=True)
    anything_else = models.TextField(_("anything else"), max_length=BUDDY_TEXT_MAX_LENGTH, blank=True)
    consent_wording_version = models.CharField(max_length=40, editable=False)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("buddy request")
        verbose_name_plural = _("buddy requests")

    def __str__(self):
        return self.name


class OfferStatus(models.TextChoices):
    NEW = "new", _("Waiting for approval")
    APPROVED = "approved", _("Approved")
    NOT_APPROVED = "not_approved", _("Not approved")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class BuddyOffer(BuddyPerson, BuddyPreferences, ModeratedModel):
    """An experienced member offering to be a buddy. Only approved offers can be matched; approving records
    the buddy training module completed or the checks done (the decision's reason, kept in approval_note)."""

    TRANSITIONS = {
        OfferStatus.NEW: [OfferStatus.APPROVED, OfferStatus.NOT_APPROVED, OfferStatus.WITHDRAWN],
        OfferStatus.APPROVED: [OfferStatus.WITHDRAWN],
    }
    REASON_REQUIRED = frozenset({OfferStatus.APPROVED, OfferStatus.NOT_APPROVED})
    ORGANISATION_LOOKUP = "organisation"

    status = models.CharField(
        _("status"), max_length=32, choices=OfferStatus.choices, default=OfferStatus.NEW, db_index=True
    )
    index_page = models.ForeignKey(
        BuddySchemeIndexPage,
        verbose_name=_("sent from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="offers",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("member"), on_delete=models.CASCADE, related_name="buddy_offers"
    )
    languages = models.JSONField(_("languages"), default=list, blank=True)
    help_with = models.TextField(_("what they can help with, in their words"), max_length=BUDDY_TEXT_MAX_LENGTH)
    capacity = models.PositiveSmallIntegerField(_("how many people at once"), default=1)
    approval_note = models.TextField(
        _("training or checks done"),
        blank=True,
        help_text=_("Recorded when the offer is approved: the buddy training module completed or the checks done."),
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("buddy offer")
        verbose_name_plural = _("buddy offers")

    def __str__(self):
        return self.name


class MatchStatus(models.TextChoices):
    PROPOSED = "proposed", _("Waiting for both to accept")
    ACTIVE = "active", _("Active")
    DECLINED = "declined", _("Did not go ahead")
    ENDED = "ended", _("Ended")


class Side(models.TextChoices):
    PERSON = "person", _("The person asking")
    BUDDY = "buddy", _("The buddy")
    MODERATOR = "moderator", _("A moderator")


class BuddyMatch(ModeratedModel):
    """A buddy proposed for a request. Contact details are shared only when both have accepted."""

    TRANSITIONS = {
        MatchStatus.PROPOSED: [MatchStatus.ACTIVE, MatchStatus.DECLINED, MatchStatus.ENDED],
        MatchStatus.ACTIVE: [MatchStatus.ENDED],
    }
    REASON_REQUIRED = frozenset({MatchStatus.ENDED, MatchStatus.DECLINED})
    ORGANISATION_LOOKUP = "request__organisation"

    status = models.CharField(
        _("status"), max_length=32, choices=MatchStatus.choices, default=MatchStatus.PROPOSED, db_index=True
    )
    request = models.ForeignKey(
        BuddyRequest, verbose_name=_("request"), on_delete=models.CASCADE, related_name="matches"
    )
    offer = models.ForeignKey(BuddyOffer, verbose_name=_("buddy"), on_delete=models.CASCADE, related_name="matches")
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reasons = models.JSONField(_("why they were matched"), default=list, blank=True)
    person_accepted_at = models.DateTimeField(_("accepted by the person"), null=True, blank=True)
    buddy_accepted_at = models.DateTimeField(_("accepted by the buddy"), null=True, blank=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    ended_by = models.CharField(_("ended by"), max_length=10, choices=Side.choices, blank=True)
    created_at = models.DateTimeField(_("proposed"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("buddy match")
        verbose_name_plural = _("buddy matches")
        constraints = [
            models.UniqueConstraint(
                fields=["request", "offer"],
                condition=models.Q(status__in=["proposed", "active"]),
                name="community_buddymatch_one_open_per_pair",
            )
        ]

    def __str__(self):
        return f"{self.request.name} + {self.offer.name}"

    @property
    def is_open(self):
        return self.status in (MatchStatus.PROPOSED, MatchStatus.ACTIVE)

    @property
    def details_shared(self):
        """Both have accepted: each may see how to reach the other."""
        return self.status == MatchStatus.ACTIVE and bool(self.person_accepted_at and self.buddy_accepted_at)

    def accepted_by(self, side):
        return bool(self.person_accepted_at if side == Side.PERSON else self.buddy_accepted_at)

    def person_on(self, side):
        return self.request if side == Side.PERSON else self.offer


class CheckInKind(models.TextChoices):
    TWO_WEEKS = "two_weeks", _("Two weeks in")
    ENDED = "ended", _("When it ended")


class CheckInStatus(models.TextChoices):
    ASKED = "asked", _("Asked, no answer yet")
    FINE = "fine", _("It is going fine")
    COULD_BE_BETTER = "could_be_better", _("It could be better")
    NEEDS_HELP = "needs_help", _("Needs help")
    RESOLVED = "resolved", _("Help given")


class BuddyCheckIn(ModeratedModel):
    """A short "how is it going" question to one side of a match. "I need help" puts it in front of
    moderators (the check-ins queue waits on needs_help)."""

    TRANSITIONS = {
        CheckInStatus.ASKED: [CheckInStatus.FINE, CheckInStatus.COULD_BE_BETTER, CheckInStatus.NEEDS_HELP],
        CheckInStatus.NEEDS_HELP: [CheckInStatus.RESOLVED],
    }
    ORGANISATION_LOOKUP = "match__request__organisation"

    status = models.CharField(
        _("status"), max_length=32, choices=CheckInStatus.choices, default=CheckInStatus.ASKED, db_index=True
    )
    match = models.ForeignKey(BuddyMatch, verbose_name=_("match"), on_delete=models.CASCADE, related_name="checkins")
    side = models.CharField(_("asked"), max_length=10, choices=Side.choices)
    kind = models.CharField(_("when"), max_length=12, choices=CheckInKind.choices)
    comment = models.TextField(_("what they told us"), max_length=BUDDY_TEXT_MAX_LENGTH, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    created_at = models.DateTimeField(_("asked on"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("buddy check-in")
        verbose_name_plural = _("buddy check-ins")
        constraints = [
            models.UniqueConstraint(fields=["match", "side", "kind"], name="community_buddycheckin_once_per_side")
        ]

    def __str__(self):
        return f"{self.match} ({self.get_side_display()}, {self.get_kind_display()})"

    @property
    def person(self):
        return self.match.person_on(self.side)


SafeguardingSettingsForm = translated_text_form(
    "SafeguardingSettingsForm",
    TranslatedField("lead_role", _("Role"), max_length=150),
    TranslatedField("what_happens_next", _("What happens next"), max_length=None, multiline=True),
)


@register_setting(icon="warning")
class SafeguardingSettings(BaseSiteSetting):
    """The named safeguarding lead: every concern raised through the site goes to them."""

    lead_name = models.CharField(_("name"), max_length=120, blank=True)
    lead_role = models.CharField(_("role"), max_length=150, blank=True)
    lead_email = models.EmailField(_("email"), blank=True)
    lead_phone = models.CharField(_("phone"), max_length=40, blank=True)
    what_happens_next = models.TextField(
        _("what happens next"),
        blank=True,
        help_text=_("Shown on the concern form and its thank-you page, in plain words."),
    )
    lead_role_translations = translations_field(_("role in other languages"))
    what_happens_next_translations = translations_field(_("what happens next in other languages"))
    translation_sources = sources_field()

    base_form_class = SafeguardingSettingsForm
    panels = [
        MultiFieldPanel(
            [FieldPanel("lead_name"), FieldPanel("lead_role"), FieldPanel("lead_email"), FieldPanel("lead_phone")],
            heading=_("Safeguarding lead"),
        ),
        translation_panel("lead_role", _("Role in other languages"), ""),
        FieldPanel("what_happens_next"),
        translation_panel(
            "what_happens_next",
            _("What happens next, in other languages"),
            _("Without a translation, readers of that language see the text above."),
        ),
        confirm_panel(),
    ]

    class Meta:
        verbose_name = _("safeguarding")

    @property
    def has_lead(self):
        return bool(self.lead_email)


class SafeguardingConcern(models.Model):
    """A concern about someone's safety or wellbeing. Not a moderated item: it goes to the safeguarding lead
    and is listed only for staff with view_safeguardingconcern."""

    name = models.CharField(_("name"), max_length=120, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    concern = models.TextField(_("the concern"), max_length=BUDDY_TEXT_MAX_LENGTH)
    language = models.CharField(_("language"), max_length=10, default="en")
    index_page = models.ForeignKey(
        BuddySchemeIndexPage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    sent_to = models.EmailField(_("sent to"), blank=True)
    sent_to_lead = models.BooleanField(_("sent to the safeguarding lead"), default=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("raised"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("safeguarding concern")
        verbose_name_plural = _("safeguarding concerns")

    def __str__(self):
        return _("Concern raised on %(date)s") % {"date": timezone.localtime(self.created_at).strftime("%d/%m/%Y")}
