"""Opportunity pages: the index with its filters and feeds, and the opportunity itself with its form."""

from django import forms
from django.db import models
from django.db.models import Case, Count, F, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.search import index

from sidebyside.core.blocks import BodyStreamBlock
from sidebyside.core.models import TranslatableFormField
from sidebyside.core.panels import ReadabilityPanel

CLOSING_SOON_DAYS = 14


class OpportunityKind(models.TextChoices):
    LAY_PARTNER = "lay_partner", _("Lay partner on a project or programme")
    REFERENCE_GROUP = "reference_group", _("Reference group")
    YOUTH_FORUM = "youth_forum", _("Youth forum")
    ONE_OFF = "one_off", _("One-off event or activity")
    FROM_HOME = "from_home", _("Survey or review from home")


class Audience(models.TextChoices):
    """Who an opportunity is for; each is a yes/no field on the page (`for_<value>`)."""

    ADULTS = "adults", _("Adults")
    YOUNG_PEOPLE = "young_people", _("Young people")
    PARENTS_CARERS = "parents_carers", _("Parents and carers")


class Delivery(models.TextChoices):
    """How people take part; each is a yes/no field on the page (`<value>`)."""

    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    FROM_HOME = "from_home", _("From home, by email or post")


class Commitment(models.TextChoices):
    ONE_OFF = "one_off", _("One-off")
    MONTHLY = "monthly", _("Monthly or less")
    FORTNIGHTLY = "fortnightly", _("Every 2 weeks")
    WEEKLY = "weekly", _("Weekly or more")


class Payment(models.TextChoices):
    EXPENSES = "expenses", _("Expenses paid")
    PAID = "paid", _("Paid involvement")
    VOLUNTARY = "voluntary", _("Voluntary")


def places_filled_expression():
    """The number of people placed in an opportunity (in any of its languages), as a subquery to annotate with."""
    from .interests import ExpressionOfInterest, InterestStatus

    placed = (
        ExpressionOfInterest.objects.filter(opportunity_key=OuterRef("translation_key"), status=InterestStatus.PLACED)
        .order_by()
        .values("opportunity_key")
        .annotate(placed=Count("pk"))
        .values("placed")
    )
    return Coalesce(Subquery(placed, output_field=IntegerField()), 0)


def closed_q(prefix=""):
    """Opportunities past their closing date or with every place filled; needs a `places_filled` annotation."""
    today = timezone.localdate()
    return Q(**{f"{prefix}closing_date__lt": today}) | Q(places_filled__gte=F(f"{prefix}places_sought"))


class OpportunityIndexPage(RoutablePageMixin, Page):
    """Lists the live opportunities below it, with filters that work without JavaScript and feeds."""

    introduction = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("more content"))

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["opportunities.OpportunityPage"]

    class Meta:
        verbose_name = _("opportunity index page")

    def opportunities(self):
        """The live, public opportunities below this page in its language, with `places_filled` and `is_closed`."""
        return (
            OpportunityPage.objects.live()
            .child_of(self)
            .filter(locale_id=self.locale_id)
            # Restrictions on this page and above it were checked before it was served; here only an
            # opportunity's own restriction matters (a subquery: .public() would cost a query of its own).
            .exclude(pk__in=PageViewRestriction.objects.values("page_id"))
            .select_related("organisation")
            .annotate(places_filled=places_filled_expression())
            .annotate(is_closed=Case(When(closed_q(), then=Value(True)), default=Value(False)))
        )

    def get_context(self, request, *args, **kwargs):
        from opportunities.views import listing

        context = super().get_context(request, *args, **kwargs)
        context.update(listing.index_context(self, request))
        return context

    @path("feed/")
    def rss_feed(self, request):
        from opportunities.views import listing

        return listing.rss_feed(self, request)

    @path("feed/atom/")
    def atom_feed(self, request):
        from opportunities.views import listing

        return listing.atom_feed(self, request)


class OpportunityPageForm(WagtailAdminPageForm):
    """Editors' checks that the model alone cannot make (for example a rate only for paid roles)."""

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("payment") == Payment.PAID and not cleaned.get("payment_rate"):
            self.add_error("payment_rate", _("Say how much people are paid, for example £25 for each meeting."))
        if cleaned.get("in_person") and not cleaned.get("venue"):
            self.add_error("venue", _("Choose where people meet, or untick 'In person'."))
        if not any(cleaned.get(choice) for choice in Delivery.values):
            self.add_error("in_person", _("Tick at least one way people take part."))
        if not any(cleaned.get(f"for_{choice}") for choice in Audience.values):
            self.add_error("for_adults", _("Tick at least one group of people it is for."))
        contact, organisation = cleaned.get("contact"), cleaned.get("organisation")
        if contact and contact.organisation_id and organisation and contact.organisation_id != organisation.pk:
            # The contact receives the details of everyone interested: never someone from another organisation.
            self.add_error("contact", _("Choose a contact person from the organisation that runs this role."))
        return cleaned


class OpportunityPage(RoutablePageMixin, Page):
    """One involvement role, with the expression of interest form people use to say they would like it."""

    home_feature_kind = "opportunity"

    summary = models.TextField(
        _("summary"), max_length=300, help_text=_("One or two sentences shown in lists and search results.")
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("about the role"))
    kind = models.CharField(_("kind of role"), max_length=20, choices=OpportunityKind.choices, db_index=True)
    topics = ParentalManyToManyField("core.Topic", verbose_name=_("topics"), blank=True, related_name="opportunities")
    organisation = models.ForeignKey(
        "core.Organisation",
        verbose_name=_("organisation"),
        null=True,
        on_delete=models.PROTECT,
        related_name="opportunities",
    )

    for_adults = models.BooleanField(_("adults"), default=False, db_index=True)
    for_young_people = models.BooleanField(_("young people"), default=False, db_index=True)
    for_parents_carers = models.BooleanField(_("parents and carers"), default=False, db_index=True)

    frequency = models.CharField(_("how often"), max_length=20, choices=Commitment.choices, db_index=True)
    usual_time = models.CharField(
        _("usual day and time"),
        max_length=120,
        blank=True,
        help_text=_("For example: first Tuesday of the month, 2pm."),
    )
    meeting_length = models.CharField(_("length of each meeting"), max_length=80, blank=True)
    role_length = models.CharField(_("how long the role lasts"), max_length=80, blank=True)
    preparation = models.CharField(_("preparation expected"), max_length=200, blank=True)

    in_person = models.BooleanField(_("in person"), default=False, db_index=True)
    online = models.BooleanField(_("online"), default=False, db_index=True)
    from_home = models.BooleanField(_("from home, by email or post"), default=False, db_index=True)
    venue = models.ForeignKey(
        "core.Venue", verbose_name=_("venue"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    online_details = models.CharField(
        _("how online meetings work"),
        max_length=200,
        blank=True,
        help_text=_("For example: video call on Microsoft Teams; we can lend a tablet."),
    )

    offers_briefing = models.BooleanField(_("a briefing meeting"), default=False)
    offers_taster = models.BooleanField(_("a no-obligation taster meeting"), default=False)
    offers_buddy = models.BooleanField(_("a buddy"), default=False)

    payment = models.CharField(_("payment"), max_length=20, choices=Payment.choices, default=Payment.EXPENSES)
    payment_rate = models.CharField(_("rate of pay"), max_length=120, blank=True)
    payment_policy = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("payment and expenses policy"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    places_sought = models.PositiveSmallIntegerField(
        _("places"), default=1, help_text=_("How many people you are looking for.")
    )
    closing_date = models.DateField(
        _("closing date"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Leave empty to keep it open until the places are filled."),
    )
    contact = models.ForeignKey(
        "core.ContactPerson",
        verbose_name=_("contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("organisation"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("What it is"),
        ),
        MultiFieldPanel(
            [FieldPanel("for_adults"), FieldPanel("for_young_people"), FieldPanel("for_parents_carers")],
            heading=_("Who it is for"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("frequency"),
                FieldPanel("usual_time"),
                FieldRowPanel([FieldPanel("meeting_length"), FieldPanel("role_length")]),
                FieldPanel("preparation"),
            ],
            heading=_("Time commitment"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("in_person"),
                FieldPanel("venue"),
                FieldPanel("online"),
                FieldPanel("online_details"),
                FieldPanel("from_home"),
            ],
            heading=_("Where and how"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("offers_briefing"),
                FieldPanel("offers_taster"),
                FieldPanel("offers_buddy"),
                InlinePanel("training_links", label=_("Training")),
            ],
            heading=_("Support offered"),
        ),
        MultiFieldPanel(
            [FieldPanel("payment"), FieldPanel("payment_rate"), PageChooserPanel("payment_policy")],
            heading=_("Payment and expenses"),
        ),
        MultiFieldPanel(
            [FieldPanel("places_sought"), FieldPanel("closing_date"), FieldPanel("contact")],
            heading=_("Places and closing date"),
        ),
        InlinePanel(
            "form_fields",
            label=_("Extra question"),
            heading=_("Extra questions"),
            help_text=_(
                "Everyone is always asked for their name, how to contact them, access needs, why they are "
                "interested and how they heard. Add any questions only this role needs."
            ),
        ),
        InlinePanel("related_opportunities", label=_("Related opportunity"), max_num=3),
        ReadabilityPanel(),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("closing_date"),
    ]

    base_form_class = OpportunityPageForm
    parent_page_types = ["opportunities.OpportunityIndexPage"]
    subpage_types = ["home.EasyReadPage"]

    class Meta:
        verbose_name = _("opportunity")
        verbose_name_plural = _("opportunities")

    # --- state -------------------------------------------------------------------------------------

    @cached_property
    def places_filled(self):
        """People placed in the role, in every language version of the page."""
        from .interests import ExpressionOfInterest, InterestStatus

        return ExpressionOfInterest.objects.filter(
            opportunity_key=self.translation_key, status=InterestStatus.PLACED
        ).count()

    @property
    def places_left(self):
        return max(self.places_sought - self.places_filled, 0)

    @property
    def is_past_closing_date(self):
        return self.closing_date is not None and self.closing_date < timezone.localdate()

    @property
    def is_full(self):
        return self.places_left == 0

    @property
    def is_open(self):
        return not (self.is_past_closing_date or self.is_full)

    @classmethod
    def home_feature_queryset(cls, queryset):
        """Open opportunities first, the soonest closing first (no closing date after those), then the newest."""
        return queryset.annotate(places_filled=places_filled_expression()).order_by(
            Case(When(closed_q("opportunitypage__"), then=Value(1)), default=Value(0)),
            F("opportunitypage__closing_date").asc(nulls_last=True),
            F("first_published_at").desc(nulls_last=True),
            "-pk",
        )

    def get_context(self, request, *args, **kwargs):
        from sidebyside.core.navigation import localized_choices

        context = super().get_context(request, *args, **kwargs)
        self._load_chosen_objects()
        context["topics"] = list(self.topics.all())
        context["training_pages"] = localized_choices(
            training=[link.training_id for link in self.training_links.all()]
        )["training"]
        context["related_opportunities"] = self.related_opportunity_pages()
        context["closes_today"] = self.closing_date == timezone.localdate()
        return context

    CHOSEN_OBJECTS = ("organisation", "venue", "contact", "payment_policy")

    def _load_chosen_objects(self):
        """Fetch the chosen snippets and the places filled in one query rather than five.

        Only what the stored page still agrees with is used, so a preview of unsaved choices stays right."""
        if self.pk is None:
            return
        stored = (
            OpportunityPage.objects.select_related(*self.CHOSEN_OBJECTS)
            .annotate(sbs_places_filled=places_filled_expression())
            .filter(pk=self.pk)
            .first()
        )
        if stored is None:
            return
        self.places_filled = stored.sbs_places_filled
        for name in self.CHOSEN_OBJECTS:
            if getattr(stored, f"{name}_id") == getattr(self, f"{name}_id"):
                setattr(self, name, getattr(stored, name))

    def related_opportunity_pages(self):
        """The live related opportunities in the order the editor chose, ready for cards (no query per card)."""
        chosen = [row.opportunity_id for row in self.related_opportunities.all()]
        if not chosen:
            return []
        found = (
            OpportunityPage.objects.live()
            .filter(pk__in=chosen)
            .exclude(pk__in=PageViewRestriction.objects.values("page_id"))
            .select_related("organisation")
            .annotate(places_filled=places_filled_expression())
            .in_bulk()
        )
        return [found[pk] for pk in chosen if pk in found]

    @property
    def audiences(self):
        return [choice for choice in Audience if getattr(self, f"for_{choice.value}")]

    @property
    def deliveries(self):
        return [choice for choice in Delivery if getattr(self, choice.value)]

    # --- routes (views in opportunities/views/) -----------------------------------------------------

    @path("")
    def interest_form(self, request):
        from opportunities.views import interest

        return interest.opportunity_page(self, request)

    @path("thank-you/")
    def interest_received(self, request):
        from opportunities.views import interest

        return interest.thank_you(self, request)

    @path("similar/")
    def similar_opportunities(self, request):
        from opportunities.views import alerts

        return alerts.similar_opportunities(self, request)


class OpportunityFormField(TranslatableFormField):
    """An extra question an editor adds to one opportunity's form (Wagtail's form builder)."""

    page = ParentalKey(OpportunityPage, on_delete=models.CASCADE, related_name="form_fields")


class OpportunityTrainingLink(Orderable):
    page = ParentalKey(OpportunityPage, on_delete=models.CASCADE, related_name="training_links")
    training = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("training page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("training")]


class RelatedOpportunity(Orderable):
    page = ParentalKey(OpportunityPage, on_delete=models.CASCADE, related_name="related_opportunities")
    opportunity = models.ForeignKey(
        OpportunityPage, verbose_name=_("opportunity"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("opportunity")]
