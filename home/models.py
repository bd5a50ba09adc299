from django.db import models
from django.db.models import Exists, F, OuterRef, QuerySet
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, get_page_models
from wagtail.search import index

from home.blocks import EasyReadStreamBlock
from sidebyside.core.blocks import BodyStreamBlock
from sidebyside.core.navigation import active_language_code, localized_choices
from sidebyside.core.panels import ReadabilityPanel

FEATURED_LIMIT = 3


class StepBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=100)
    text = blocks.TextBlock(label=_("Text"))
    link_page = blocks.PageChooserBlock(label=_("Find out more (page)"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("Step")


def latest_pages_of_kind(kind, limit=FEATURED_LIMIT):
    """The newest live pages whose model says it can be featured on the home page as `kind`.

    Page models opt in with `home_feature_kind = "opportunity"` (or "event"); a model may define
    `home_feature_queryset(queryset)` to choose its own order, e.g. the soonest upcoming events.
    """
    models_of_kind = [model for model in get_page_models() if getattr(model, "home_feature_kind", None) == kind]
    if not models_of_kind:
        return []
    queryset = Page.objects.live().public().filter(locale__language_code=active_language_code()).type(*models_of_kind)
    model = models_of_kind[0]
    if len(models_of_kind) == 1 and hasattr(model, "home_feature_queryset"):
        queryset = model.home_feature_queryset(queryset)
    else:
        # Pages made live without a revision have no first_published_at; those go last on every database.
        queryset = queryset.order_by(F("first_published_at").desc(nulls_last=True), "-pk")
    return list(queryset[:limit])


class HomePage(Page):
    hero_heading = models.CharField(_("hero heading"), max_length=120)
    hero_text = models.TextField(_("hero text"), max_length=400)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Decorative: shown beside the hero text on wide screens, hidden from screen readers."),
    )
    hero_link_text = models.CharField(_("hero button text"), max_length=60, blank=True)
    hero_link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("hero button goes to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    opportunities_heading = models.CharField(
        _("opportunities heading"), max_length=120, default=_("Ways to get involved now")
    )
    events_heading = models.CharField(_("events heading"), max_length=120, default=_("Coming up"))
    steps_heading = models.CharField(_("steps heading"), max_length=120, default=_("How to get involved"))
    steps = StreamField([("step", StepBlock())], blank=True, verbose_name=_("steps"))
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("more content"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_link_text"),
                PageChooserPanel("hero_link_page"),
            ],
            heading=_("Hero"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("opportunities_heading"),
                InlinePanel("featured_opportunities", label=_("Opportunity"), max_num=FEATURED_LIMIT),
            ],
            heading=_("Featured opportunities"),
            help_text=_("Choose up to three, or leave empty to show the newest."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("events_heading"),
                InlinePanel("featured_events", label=_("Event"), max_num=FEATURED_LIMIT),
            ],
            heading=_("Featured events"),
            help_text=_("Choose up to three, or leave empty to show the soonest."),
        ),
        MultiFieldPanel([FieldPanel("steps_heading"), FieldPanel("steps")], heading=_("How to get involved")),
        FieldPanel("body"),
        ReadabilityPanel(),
    ]

    search_fields = [*Page.search_fields, index.SearchField("hero_text"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The steps are read raw so that their links are looked up with the other chosen pages, in one query.
        steps = [step["value"] for step in self.steps.raw_data]
        chosen = localized_choices(
            hero=[self.hero_link_page_id],
            opportunity=rows_or_page_ids(self.featured_opportunities.all()),
            event=rows_or_page_ids(self.featured_events.all()),
            **{f"step_{number}": [step.get("link_page")] for number, step in enumerate(steps)},
        )
        context["hero_link"] = first_or_none(chosen["hero"])
        context["steps"] = [
            {"heading": step.get("heading"), "text": step.get("text"), "link": first_or_none(chosen[f"step_{number}"])}
            for number, step in enumerate(steps)
        ]
        context["featured_opportunities"] = chosen["opportunity"] or latest_pages_of_kind("opportunity")
        context["featured_events"] = chosen["event"] or latest_pages_of_kind("event")
        return context


def rows_or_page_ids(rows):
    """Chosen-page rows as a source for localized_choices: the queryset itself, or their page ids when the
    rows are held in memory (a preview of unsaved changes)."""
    if isinstance(rows, QuerySet):
        return rows
    return [row.page_id for row in sorted(rows, key=lambda row: row.sort_order or 0)]


def first_or_none(pages):
    return pages[0] if pages else None


class FeaturedPage(Orderable):
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        abstract = True


class HomePageFeaturedOpportunity(FeaturedPage):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_opportunities")


class HomePageFeaturedEvent(FeaturedPage):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_events")


class StandardPage(Page):
    """About, accessibility statement, privacy notice, contact and other plain content pages."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body"), ReadabilityPanel()]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


# The pages that can have an Easy Read version beneath them.
EASY_READ_PARENTS = [
    "home.StandardPage",
    "opportunities.OpportunityPage",
    "community.EventPage",
    "community.StoryPage",
    "learning.ProgrammePage",
    "learning.ModulePage",
]


class EasyReadPage(Page):
    """The Easy Read version of the page above it: short sentences, one idea per line, a picture beside each.

    The page above links to it prominently and it links back (see the easy_read_link tag)."""

    body = StreamField(EasyReadStreamBlock(), verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("body"), ReadabilityPanel()]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = EASY_READ_PARENTS
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Easy Read version")
        verbose_name_plural = _("Easy Read versions")


def has_easy_read_version():
    """A condition for a page queryset: the page has a live Easy Read version beneath it."""
    return Exists(EasyReadPage.objects.live().filter(path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1))
