"""Event pages: improvement sprints, sharing events, workshops, youth forum meetings and drop-ins."""

from django.db import models
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.search import index

from sidebyside.core.blocks import BodyStreamBlock
from sidebyside.core.models import TranslatableFormField
from sidebyside.core.panels import ReadabilityPanel
from sidebyside.core.routing import SpecificChildRouteMixin
from sidebyside.core.translated_text import (
    TranslatedField,
    confirm_panel,
    progress_summary,
    sources_field,
    translated_text_form,
    translation_panel,
    translations_field,
)


class EventKind(models.TextChoices):
    SPRINT = "sprint", _("Improvement sprint")
    SHARING = "sharing", _("Sharing event")
    WORKSHOP = "workshop", _("Training workshop")
    YOUTH_FORUM = "youth_forum", _("Youth forum meeting")
    DROP_IN = "drop_in", _("Drop-in")


class EventMode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    BOTH = "both", _("In person and online")


# How many other events of the same series an event page lists.
SERIES_LIMIT = 6


def places_taken_expression():
    """The places held at an event (in any of its languages), as a subquery to annotate with."""
    from .signups import HOLDS_A_PLACE, SignUp

    taken = (
        SignUp.objects.filter(event_key=OuterRef("translation_key"), status__in=HOLDS_A_PLACE)
        .order_by()
        .values("event_key")
        .annotate(taken=Count("pk"))
        .values("taken")
    )
    return Coalesce(Subquery(taken, output_field=IntegerField()), 0)


def public_events():
    """Live event pages without a view restriction of their own, with `places_taken`.

    Restrictions above an index were checked before it was served; a subquery here spares .public() a query."""
    return (
        EventPage.objects.live()
        .exclude(pk__in=PageViewRestriction.objects.values("page_id"))
        .annotate(places_taken=places_taken_expression())
    )


EventSeriesForm = translated_text_form(
    "EventSeriesForm",
    TranslatedField("name", _("Name"), max_length=150),
    TranslatedField("description", _("Description"), max_length=600, multiline=True),
)


class EventSeries(models.Model):
    """Events repeated across a region, for example the same sprint in three towns. One series gathers its
    events in every language, so its name and description are translated in boxes of their own."""

    name = models.CharField(_("name"), max_length=150)
    description = models.TextField(_("description"), max_length=600, blank=True)
    name_translations = translations_field(_("name in other languages"))
    description_translations = translations_field(_("description in other languages"))
    translation_sources = sources_field()

    base_form_class = EventSeriesForm
    panels = [
        FieldPanel("name"),
        translation_panel("name", _("Name in other languages"), ""),
        FieldPanel("description"),
        translation_panel("description", _("Description in other languages"), ""),
        confirm_panel(),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("event series")
        verbose_name_plural = _("event series")

    def __str__(self):
        return self.name

    def translation_progress(self):
        return progress_summary(self, ("name", "description"))


class EventIndexPage(SpecificChildRouteMixin, RoutablePageMixin, Page):
    """Upcoming events (past ones on their own tab), filters without JavaScript and a calendar feed."""

    introduction = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["community.EventPage"]

    class Meta:
        verbose_name = _("event index page")

    def events(self):
        """The live, public events below this page in its language, with `places_taken`."""
        return public_events().child_of(self).filter(locale_id=self.locale_id).select_related("organisation", "venue")

    def upcoming_events(self):
        """Events that have not ended yet, cancelled ones included (they are marked), soonest first."""
        return self.events().filter(end__gte=timezone.now()).order_by("start", "pk")

    def past_events_queryset(self):
        return self.events().filter(end__lt=timezone.now()).order_by("-start", "-pk")

    def get_context(self, request, *args, **kwargs):
        from community.views import listing

        context = super().get_context(request, *args, **kwargs)
        context.update(listing.index_context(self, request))
        return context

    def child_queryset(self):
        """Each event with its chosen snippets and places taken, in the one query that finds it."""
        return (
            EventPage.objects.child_of(self)
            .select_related(*EventPage.CHOSEN_OBJECTS)
            .annotate(places_taken=places_taken_expression())
        )

    @path("past/")
    def past_events(self, request):
        from community.views import listing

        return listing.past_events(self, request)

    # No dot in route paths: Wagtail's page URLs only allow letters, digits, "-" and "_" between slashes,
    # so "calendar.ics" could never be reached. The files are still named *.ics when saved.
    @path("calendar/")
    def calendar_feed(self, request):
        from community.views import calendar

        return calendar.feed(self, request)


class EventPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end <= start:
            self.add_error("end", _("The end must be after the start."))
        opens, closes = cleaned.get("signup_opens"), cleaned.get("signup_closes")
        if opens and closes and closes <= opens:
            self.add_error("signup_closes", _("Sign-up must close after it opens."))
        mode = cleaned.get("mode")
        if mode in (EventMode.IN_PERSON, EventMode.BOTH) and not cleaned.get("venue"):
            self.add_error("venue", _("Choose where the event happens."))
        if mode in (EventMode.ONLINE, EventMode.BOTH) and not cleaned.get("joining_link"):
            self.add_error("joining_link", _("Give the joining link for the online event."))
        return cleaned


class EventPage(RoutablePageMixin, Page):
    home_feature_kind = "event"

    kind = models.CharField(_("kind of event"), max_length=20, choices=EventKind.choices, db_index=True)
    summary = models.TextField(_("summary"), max_length=300)
    organisation = models.ForeignKey(
        "core.Organisation", verbose_name=_("organisation"), null=True, on_delete=models.PROTECT, related_name="events"
    )
    start = models.DateTimeField(_("starts"), db_index=True)
    end = models.DateTimeField(_("ends"))
    mode = models.CharField(_("in person or online"), max_length=20, choices=EventMode.choices, db_index=True)
    venue = models.ForeignKey(
        "core.Venue", verbose_name=_("venue"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    joining_link = models.URLField(
        _("online joining link"),
        blank=True,
        help_text=_("Only people with a confirmed place see it, in their confirmation and on My involvement."),
    )
    what_to_expect = RichTextField(_("what to expect"), blank=True, features=["bold", "link", "ul", "ol"])
    agenda = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("agenda"))
    for_adults = models.BooleanField(_("adults"), default=False, db_index=True)
    for_young_people = models.BooleanField(_("young people"), default=False, db_index=True)
    for_parents_carers = models.BooleanField(_("parents and carers"), default=False, db_index=True)
    min_age = models.PositiveSmallIntegerField(
        _("youngest age"),
        null=True,
        blank=True,
        help_text=_("For youth events. People under 16 give a parent or guardian's contact when they sign up."),
    )

    capacity = models.PositiveIntegerField(_("places"), default=20)
    waiting_list = models.BooleanField(_("waiting list"), default=True)
    offer_hours = models.PositiveSmallIntegerField(
        _("hours to accept a freed place"),
        default=0,
        help_text=_(
            "0: the first person waiting gets a freed place at once. More than 0: they are offered it and "
            "have this many hours to accept before it goes to the next person."
        ),
    )
    needs_approval = models.BooleanField(
        _("sign-ups need approval"), default=False, help_text=_("A moderator approves each sign-up.")
    )
    signup_opens = models.DateTimeField(_("sign-up opens"), null=True, blank=True)
    signup_closes = models.DateTimeField(_("sign-up closes"), null=True, blank=True)
    reminder_days = models.PositiveSmallIntegerField(
        _("reminder"), default=2, help_text=_("Days before the event to send a reminder.")
    )
    series = models.ForeignKey(
        EventSeries, verbose_name=_("series"), null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    contact = models.ForeignKey(
        "core.ContactPerson",
        verbose_name=_("contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cancelled = models.BooleanField(
        _("cancelled"), default=False, help_text=_("Everyone signed up is told once, when you publish.")
    )
    cancellation_message = models.TextField(_("why it is cancelled"), max_length=600, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("organisation"), FieldPanel("series"), FieldPanel("contact")],
            heading=_("What it is"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("mode"),
                FieldPanel("venue"),
                FieldPanel("joining_link"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("what_to_expect"),
        FieldPanel("agenda"),
        MultiFieldPanel(
            [
                FieldPanel("for_adults"),
                FieldPanel("for_young_people"),
                FieldPanel("for_parents_carers"),
                FieldPanel("min_age"),
            ],
            heading=_("Who it is for"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldPanel("waiting_list"),
                FieldPanel("offer_hours"),
                FieldPanel("needs_approval"),
                FieldRowPanel([FieldPanel("signup_opens"), FieldPanel("signup_closes")]),
                FieldPanel("reminder_days"),
            ],
            heading=_("Sign-up"),
        ),
        InlinePanel("form_fields", label=_("Extra question"), heading=_("Extra sign-up questions")),
        InlinePanel("related_pages", label=_("Related page"), heading=_("Related opportunities and learning")),
        MultiFieldPanel([FieldPanel("cancelled"), FieldPanel("cancellation_message")], heading=_("Cancelling")),
        ReadabilityPanel(),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.FilterField("kind"),
        index.FilterField("start"),
    ]

    base_form_class = EventPageForm
    parent_page_types = ["community.EventIndexPage"]
    subpage_types = ["home.EasyReadPage"]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    # --- state -------------------------------------------------------------------------------------

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def audiences(self):
        from opportunities.models import Audience

        return [choice for choice in Audience if getattr(self, f"for_{choice.value}")]

    @property
    def in_person(self):
        return self.mode in (EventMode.IN_PERSON, EventMode.BOTH)

    @property
    def online(self):
        return self.mode in (EventMode.ONLINE, EventMode.BOTH)

    @cached_property
    def places_taken(self):
        """Places held in every language version of the event (listings annotate this instead)."""
        from .signups import HOLDS_A_PLACE, SignUp

        return SignUp.objects.filter(event_key=self.translation_key, status__in=HOLDS_A_PLACE).count()

    @property
    def places_left(self):
        return max(self.capacity - self.places_taken, 0)

    @property
    def is_full(self):
        return self.places_left == 0

    @property
    def signup_not_open_yet(self):
        return self.signup_opens is not None and timezone.now() < self.signup_opens

    @property
    def signup_has_closed(self):
        closes = self.signup_closes or self.start
        return timezone.now() >= closes

    @property
    def signup_is_open(self):
        return not (self.cancelled or self.is_past or self.signup_not_open_yet or self.signup_has_closed)

    @classmethod
    def home_feature_queryset(cls, queryset):
        """The soonest upcoming events that are not cancelled."""
        return queryset.filter(eventpage__end__gte=timezone.now(), eventpage__cancelled=False).order_by(
            "eventpage__start", "pk"
        )

    # --- page context -------------------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        self._load_chosen_objects()
        context["related_pages"] = self.related_page_cards()
        context["series_events"] = self.other_events_in_series()
        return context

    CHOSEN_OBJECTS = ("organisation", "venue", "contact", "series")

    def _load_chosen_objects(self):
        """Fetch the chosen snippets and the places taken in one query rather than five, unless the page
        came with them (served through EventIndexPage.route).

        Only what the stored page still agrees with is used, so a preview of unsaved choices stays right."""
        if self.pk is None or self._has_chosen_objects():
            return
        stored = (
            EventPage.objects.select_related(*self.CHOSEN_OBJECTS)
            .annotate(sbs_places_taken=places_taken_expression())
            .filter(pk=self.pk)
            .first()
        )
        if stored is None:
            return
        self.places_taken = stored.sbs_places_taken
        for name in self.CHOSEN_OBJECTS:
            if getattr(stored, f"{name}_id") == getattr(self, f"{name}_id"):
                setattr(self, name, getattr(stored, name))

    def _has_chosen_objects(self):
        fields = [self._meta.get_field(name) for name in self.CHOSEN_OBJECTS]
        return "places_taken" in self.__dict__ and all(field.is_cached(self) for field in fields)

    def related_page_cards(self):
        """The live, public related pages in the editor's order, each with a `card_text`: one query.

        Plain pages rather than specific ones (which cost a query per page type); the summary of an
        opportunity or event is joined in, and other pages give their search description."""
        rows = EventRelatedPage.objects.filter(page_id=self.pk, related_id=OuterRef("pk"))
        return list(
            Page.objects.live()
            .filter(pk__in=EventRelatedPage.objects.filter(page_id=self.pk).values("related_id"))
            .exclude(pk__in=PageViewRestriction.objects.values("page_id"))
            .annotate(
                card_text=Coalesce(
                    NullIf("opportunitypage__summary", Value("")),
                    NullIf("eventpage__summary", Value("")),
                    "search_description",
                    output_field=models.TextField(),
                ),
                sbs_order=Subquery(rows.order_by("sort_order").values("sort_order")[:1]),
            )
            .order_by("sbs_order", "pk")
        )

    def other_events_in_series(self):
        """Other upcoming events of the same series in this language, soonest first."""
        if self.series_id is None:
            return []
        return list(
            public_events()
            .filter(series_id=self.series_id, locale_id=self.locale_id, end__gte=timezone.now(), cancelled=False)
            .exclude(translation_key=self.translation_key)
            .select_related("venue")
            .order_by("start", "pk")[:SERIES_LIMIT]
        )

    # --- routes (views in community/views/) ---------------------------------------------------------

    @path("")
    def event_page(self, request):
        from community.views import signup

        return signup.event_page(self, request)

    @path("signed-up/")
    def signed_up(self, request):
        from community.views import signup

        return signup.signed_up(self, request)

    @path("add-to-calendar/")
    def calendar_file(self, request):
        from community.views import calendar

        return calendar.event_file(self, request)


class EventFormField(TranslatableFormField):
    """An extra question an editor adds to one event's sign-up form, translated with the event."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="form_fields")


class EventRelatedPage(Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="related_pages")
    related = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("related")]
