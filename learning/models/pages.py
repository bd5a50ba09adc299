"""Learning pages: the index of programmes and modules, a programme (a course), and its modules in order."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from learning.blocks import ModuleStreamBlock
from sidebyside.core.blocks import BodyStreamBlock

OUTCOME_FEATURES = ["bold", "link", "ul"]


class LearningAudience(models.TextChoices):
    """Who learning is for; each is a yes/no field on programmes and modules (`for_<value>`)."""

    PUBLIC = "public", _("Patients, carers and the public")
    STAFF = "staff", _("Staff")
    YOUNG_PEOPLE = "young_people", _("Young people")


class LearningFormat(models.TextChoices):
    """How learning is offered; each is a yes/no field on programmes and modules (`format_<value>`)."""

    SELF_PACED = "self_paced", _("Self-paced online")
    WORKSHOP = "workshop", _("Workshop")
    VIDEO = "video", _("Video")
    PRINTABLE = "printable", _("Printable")


class LearningFacets(models.Model):
    """What the learning index filters on, shared by programmes and modules."""

    summary = models.TextField(_("summary"), max_length=300, help_text=_("One or two sentences for listings."))
    topics = ParentalManyToManyField("core.Topic", verbose_name=_("topics"), blank=True, related_name="+")
    for_public = models.BooleanField(LearningAudience.PUBLIC.label, default=True, db_index=True)
    for_staff = models.BooleanField(LearningAudience.STAFF.label, default=False, db_index=True)
    for_young_people = models.BooleanField(LearningAudience.YOUNG_PEOPLE.label, default=False, db_index=True)
    format_self_paced = models.BooleanField(LearningFormat.SELF_PACED.label, default=True, db_index=True)
    format_workshop = models.BooleanField(LearningFormat.WORKSHOP.label, default=False, db_index=True)
    format_video = models.BooleanField(LearningFormat.VIDEO.label, default=False, db_index=True)
    format_printable = models.BooleanField(LearningFormat.PRINTABLE.label, default=False, db_index=True)
    time_needed = models.CharField(
        _("time needed"), max_length=100, help_text=_('In plain words, for example "About 45 minutes".')
    )
    outcomes = RichTextField(
        _("what you will be able to do"),
        features=OUTCOME_FEATURES,
        help_text=_("A short list. Start each point with a verb: explain, plan, ask."),
    )

    facet_panels = [
        FieldPanel("summary"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel(f"for_{audience}") for audience in LearningAudience.values])],
            heading=_("Who it is for"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel(f"format_{fmt}") for fmt in LearningFormat.values])],
            heading=_("Format"),
        ),
        FieldPanel("time_needed"),
        FieldPanel("outcomes"),
    ]

    search_fields = [index.SearchField("summary"), index.SearchField("outcomes")]

    class Meta:
        abstract = True

    def audiences(self):
        return [a for a in LearningAudience if getattr(self, f"for_{a.value}")]

    def formats(self):
        return [f for f in LearningFormat if getattr(self, f"format_{f.value}")]

    def clean(self):
        super().clean()
        if not self.audiences():
            raise ValidationError({"for_public": _("Choose at least one group of people this is for.")})
        if not self.formats():
            raise ValidationError({"format_self_paced": _("Choose at least one format.")})


class LearningIndexPage(Page):
    """Lists programmes and modules with filters and search."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["learning.ProgrammePage", "learning.GlossaryPage"]

    class Meta:
        verbose_name = _("learning index page")


class ProgrammePage(Page, LearningFacets):  # noqa: DJ008 - Page.__str__ is the title
    """A course: modules in order (its child pages), who it is for, how it is delivered, linked workshops."""

    who_it_is_for = RichTextField(_("who it is for"), features=OUTCOME_FEATURES)
    online = models.BooleanField(_("online"), default=True)
    face_to_face = models.BooleanField(_("face to face"), default=False)
    printed_pack = models.BooleanField(
        _("printed pack"), default=False, help_text=_("A paper pack we post to people without the internet.")
    )
    printed_pack_how = models.TextField(
        _("how to ask for the printed pack"),
        blank=True,
        help_text=_("For example a phone number and what to say. Shown when a printed pack is offered."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        *LearningFacets.facet_panels,
        FieldPanel("who_it_is_for"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("online"), FieldPanel("face_to_face"), FieldPanel("printed_pack")]),
                FieldPanel("printed_pack_how"),
            ],
            heading=_("How it is delivered"),
        ),
        FieldPanel("body"),
        InlinePanel("workshops", label=_("Workshop"), heading=_("Workshops linked to this programme")),
    ]
    search_fields = [*Page.search_fields, *LearningFacets.search_fields, index.SearchField("who_it_is_for")]
    parent_page_types = ["learning.LearningIndexPage"]
    subpage_types = ["learning.ModulePage"]

    class Meta:
        verbose_name = _("programme page")

    def clean(self):
        super().clean()
        if not (self.online or self.face_to_face or self.printed_pack):
            raise ValidationError({"online": _("Choose at least one way the programme is delivered.")})
        if self.printed_pack and not self.printed_pack_how.strip():
            raise ValidationError({"printed_pack_how": _("Say how people ask for the printed pack.")})


class ProgrammeWorkshop(Orderable):
    """An event page (a workshop) that teaches this programme face to face."""

    page = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="workshops")
    event = models.ForeignKey(
        "community.EventPage", verbose_name=_("event"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("event")]

    class Meta(Orderable.Meta):
        verbose_name = _("workshop")


class ModulePage(Page, LearningFacets):  # noqa: DJ008 - Page.__str__ is the title
    """One module of a programme. Its place among its sibling pages is its place in the programme."""

    body = StreamField(ModuleStreamBlock(), verbose_name=_("body"))
    video = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("video file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An MP4 or WebM file. A transcript and a captions file are then required."),
    )
    video_captions = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("captions file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A WebVTT (.vtt) file of everything said in the video."),
    )
    video_transcript = RichTextField(_("video transcript"), blank=True, features=["bold", "link", "ul", "ol", "h3"])
    easy_read_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Easy Read page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    easy_read_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Easy Read document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        *LearningFacets.facet_panels,
        FieldPanel("body"),
        InlinePanel("resources", label=_("Resource"), heading=_("Downloadable resources")),
        MultiFieldPanel(
            [FieldPanel("video"), FieldPanel("video_captions"), FieldPanel("video_transcript")],
            heading=_("Video"),
        ),
        MultiFieldPanel(
            [PageChooserPanel("easy_read_page"), FieldPanel("easy_read_document")], heading=_("Easy Read version")
        ),
    ]
    search_fields = [*Page.search_fields, *LearningFacets.search_fields, index.SearchField("body")]
    parent_page_types = ["learning.ProgrammePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("module page")

    def clean(self):
        super().clean()
        if self.video_id:
            errors = {}
            if not self.video_captions_id:
                errors["video_captions"] = _("Add a captions file for the video.")
            if not (self.video_transcript or "").strip():
                errors["video_transcript"] = _("Add a transcript of the video.")
            if errors:
                raise ValidationError(errors)


class ModuleResource(Orderable):
    """A document people can download from a module; its size and format are shown beside the link."""

    page = ParentalKey(ModulePage, on_delete=models.CASCADE, related_name="resources")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    description = models.CharField(_("what it is"), max_length=200, blank=True)

    panels = [FieldPanel("document"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("resource")
