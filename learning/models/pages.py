"""Learning pages: the index of programmes and modules, a programme (a course), and its modules in order."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q, Subquery
from django.db.models.functions import Substr
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.search import index

from learning.blocks import ModuleStreamBlock
from sidebyside.core.blocks import BodyStreamBlock
from sidebyside.core.panels import ReadabilityPanel

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

    def learning_pages(self):
        """The live, public programmes and modules below this page in its language, as plain pages in tree
        order (each programme followed by its modules), with `programme_title` on modules.

        Restrictions on this page and above it were checked before it was served; here a page's own
        restriction or its programme's hides it (a subquery, so no query of its own)."""
        parent_path = Substr(OuterRef("path"), 1, (OuterRef("depth") - 1) * self.steplen)
        restricted = PageViewRestriction.objects.filter(
            Q(page_id=OuterRef("pk")) | Q(page__path=parent_path, page__depth__gt=self.depth)
        )
        programme_title = Page.objects.filter(path=parent_path, depth__gt=self.depth).values("title")[:1]
        return (
            Page.objects.live()
            .descendant_of(self)
            .filter(locale_id=self.locale_id, content_type__in=learning_content_types())
            .exclude(Exists(restricted))
            .annotate(programme_title=Subquery(programme_title))
            .order_by("path")
        )

    def get_context(self, request, *args, **kwargs):
        from learning.filters import LearningFilterForm
        from opportunities.views.listing import PER_PAGE, OneQueryPaginator

        context = super().get_context(request, *args, **kwargs)
        form = LearningFilterForm(request.GET)
        found = form.filter(self.learning_pages()).specific().defer_streamfields()
        context.update(
            filter_form=form,
            selected_filters=form.selected(),
            results=OneQueryPaginator(found, PER_PAGE).get_page(request.GET.get("page")),
        )
        return context


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
        ReadabilityPanel(),
    ]
    search_fields = [*Page.search_fields, *LearningFacets.search_fields, index.SearchField("who_it_is_for")]
    parent_page_types = ["learning.LearningIndexPage"]
    subpage_types = ["learning.ModulePage", "home.EasyReadPage"]

    class Meta:
        verbose_name = _("programme page")

    def get_context(self, request, *args, **kwargs):
        from learning import progress

        context = super().get_context(request, *args, **kwargs)
        modules = progress.programme_modules(request, self) if self.pk else []  # no modules in a new page
        # The modules as full pages for their summaries, in one query (the list above is shared with the
        # progress panel, which only needs titles and links).
        details = ModulePage.objects.filter(pk__in=[module.pk for module in modules]).defer_streamfields()
        details = details.in_bulk() if modules else {}
        context["modules"] = [
            {"page": details.get(module.pk, module), "done": progress.module_is_done(request, module)}
            for module in modules
        ]
        context["is_member"] = progress.is_member(request)
        context["topics"] = list(self.topics.all())
        context["workshops"] = self.upcoming_workshops()
        return context

    def upcoming_workshops(self):
        """The linked workshops that are live, not cancelled and not over yet, soonest first."""
        from community.models.events import public_events

        if self.pk is None:
            return []
        # A subquery on a saved page; in a preview, the ids of the edit form's rows (modelcluster's in-memory set).
        event_ids = self.workshops.all().values_list("event_id", flat=True)
        return list(
            public_events()
            .filter(pk__in=event_ids, end__gte=timezone.now(), cancelled=False)
            .select_related("venue")
            .order_by("start", "pk")
        )

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
        ReadabilityPanel(),
    ]
    search_fields = [*Page.search_fields, *LearningFacets.search_fields, index.SearchField("body")]
    parent_page_types = ["learning.ProgrammePage"]
    subpage_types = ["home.EasyReadPage"]

    class Meta:
        verbose_name = _("module page")

    CHOSEN_OBJECTS = ("video", "video_captions", "easy_read_page", "easy_read_document")

    def serve(self, request, *args, **kwargs):
        from learning import progress

        if not getattr(request, "is_preview", False):
            progress.record_visit(request, self)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        self.load_chosen_objects()
        context["topics"] = list(self.topics.all())
        context["resources"] = self.resource_list()
        if self.easy_read_document:
            context["easy_read_details"] = document_format_and_size(self.easy_read_document)
        context["previous_module"], context["next_module"] = self.neighbours(request)
        return context

    def load_chosen_objects(self):
        """Fetch the video, captions and Easy Read version in one query rather than four. Only what the
        stored page still agrees with is used, so a preview of unsaved choices stays right."""
        if self.pk is None or not any(getattr(self, f"{name}_id") for name in self.CHOSEN_OBJECTS):
            return
        stored = ModulePage.objects.select_related(*self.CHOSEN_OBJECTS).filter(pk=self.pk).first()
        if stored is None:
            return
        for name in self.CHOSEN_OBJECTS:
            if getattr(stored, f"{name}_id") == getattr(self, f"{name}_id"):
                setattr(self, name, getattr(stored, name))

    def resource_list(self):
        return list(self.resources.select_related("document")) if self.pk else []

    def neighbours(self, request):
        """The live modules before and after this one in its programme (same language: same parent)."""
        from learning import progress

        parent = self.get_parent() if self.pk else None
        if parent is None:
            return None, None
        modules = progress.programme_modules(request, parent)
        position = next((n for n, module in enumerate(modules) if module.pk == self.pk), None)
        if position is None:
            return None, None
        previous = modules[position - 1] if position > 0 else None
        following = modules[position + 1] if position + 1 < len(modules) else None
        return previous, following

    @property
    def video_type(self):
        extension = (self.video.file_extension or "").lower() if self.video else ""
        return {"webm": "video/webm", "ogv": "video/ogg", "ogg": "video/ogg"}.get(extension, "video/mp4")

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

    @property
    def title(self):
        return self.document.title

    @property
    def format_and_size(self):
        return document_format_and_size(self.document)


def document_format_and_size(document):
    """ "PDF, 240.0 KB": the file's format and size, for beside a download link."""
    details = [(document.file_extension or "").upper()]
    if document.file_size:
        details.append(filesizeformat(document.file_size))
    return ", ".join(detail for detail in details if detail)


def learning_content_types():
    from django.contrib.contenttypes.models import ContentType

    return [ContentType.objects.get_for_model(model).pk for model in (ProgrammePage, ModulePage)]
