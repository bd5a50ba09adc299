"""Stories: people's own accounts of taking part, sent through a form, checked by moderators, then turned
into story pages that the comms team edits and sends through the normal review workflow."""

import uuid
from pathlib import Path

from django import forms
from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.search import index

from opportunities.models.interests import normalise_email
from sidebyside.core.blocks import BodyStreamBlock
from sidebyside.core.panels import ReadabilityPanel
from sidebyside.core.routing import SpecificChildRouteMixin
from sidebyside.moderation.models import ModeratedModel

STORY_MAX_LENGTH = 5000
STORIES_PER_PAGE = 10


class PrivateFileStorage(FileSystemStorage):
    """Files kept beside the media folder, never under it, and without a public URL: only staff views that
    check permissions read them. In production, configure STORAGES["private"] (a private S3 bucket) instead."""

    def __init__(self, **kwargs):
        super().__init__(base_url=None, **kwargs)

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, str(Path(settings.MEDIA_ROOT).parent / "private-media"))

    def url(self, name):
        raise ValueError("Private files have no public address.")


def private_storage():
    """STORAGES["private"] when the site configures it (shared by every instance), else a private folder."""
    if "private" in settings.STORAGES:
        return storages["private"]
    return PrivateFileStorage()


def story_photo_path(instance, filename):
    """A random name: nothing the person called the file, and nothing anyone could guess."""
    extension = Path(filename).suffix.lower()[:6]
    return f"story-photos/{uuid.uuid4().hex}{extension}"


class StoryIndexPage(SpecificChildRouteMixin, RoutablePageMixin, Page):
    """Published stories, newest first, with a topic filter and the form to share your own story."""

    introduction = models.TextField(_("introduction"), max_length=600, blank=True)
    share_introduction = models.TextField(
        _("about sharing a story"),
        max_length=600,
        blank=True,
        help_text=_("Shown above the button to share a story and at the top of the form."),
    )
    organisation = models.ForeignKey(
        "core.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Its moderators review the stories sent from this page. Leave empty for trust-wide staff."),
    )
    contact = models.ForeignKey(
        "core.ContactPerson",
        verbose_name=_("contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Gets an email about each new story. Without one, the email goes to the site's contact address."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("share_introduction"),
        MultiFieldPanel([FieldPanel("organisation"), FieldPanel("contact")], heading=_("Who reviews new stories")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["community.StoryPage"]

    class Meta:
        verbose_name = _("story index page")

    def stories(self):
        """The live, public stories below this page in its language, newest first."""
        return (
            StoryPage.objects.live()
            .child_of(self)
            .filter(locale_id=self.locale_id)
            .exclude(pk__in=PageViewRestriction.objects.values("page_id"))
            .order_by("-date", "-first_published_at", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        from community.views import stories

        context = super().get_context(request, *args, **kwargs)
        context.update(stories.index_context(self, request))
        return context

    def child_queryset(self):
        return StoryPage.objects.child_of(self)

    @path("share/")
    def share_story(self, request):
        from community.views import stories

        return stories.share(self, request)

    @path("share/thank-you/")
    def story_received(self, request):
        from community.views import stories

        return stories.thank_you(self, request)


class StoryPage(Page):
    """One person's story, in their words as the comms team edited them with the person's agreement."""

    summary = models.TextField(_("summary"), max_length=300)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("story"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    teller_name = models.CharField(
        _("name shown"),
        max_length=120,
        blank=True,
        help_text=_("As the person agreed: full name or first name only. Leave empty to show 'Anonymous'."),
    )
    date = models.DateField(_("date"), default=timezone.localdate, db_index=True)
    topics = ParentalManyToManyField("core.Topic", verbose_name=_("topics"), blank=True, related_name="stories")

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("teller_name"),
        FieldPanel("date"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        InlinePanel("related_opportunities", label=_("Related opportunities")),
        ReadabilityPanel(),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["community.StoryIndexPage"]
    subpage_types = ["home.EasyReadPage"]

    class Meta:
        verbose_name = _("story page")

    @property
    def display_name(self):
        return self.teller_name or _("Anonymous")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = list(self.topics.all())
        context["related_opportunities"] = self.related_opportunity_pages()
        # The parent index's share route, worked out from this page's own address (no query for the parent).
        url = self.get_url(request)
        context["share_url"] = url.rstrip("/").rsplit("/", 1)[0] + "/share/" if url else ""
        return context

    def related_opportunity_pages(self):
        """The live, public related opportunities in the editor's order, in one query."""
        from opportunities.models import OpportunityPage

        chosen = [row.opportunity_id for row in self.related_opportunities.all()]
        if not chosen:
            return []
        found = (
            OpportunityPage.objects.live()
            .filter(pk__in=chosen)
            .exclude(pk__in=PageViewRestriction.objects.values("page_id"))
            .in_bulk()
        )
        return [found[pk] for pk in chosen if pk in found]


class StoryRelatedOpportunity(Orderable):
    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="related_opportunities")
    opportunity = models.ForeignKey(
        "opportunities.OpportunityPage", verbose_name=_("opportunity"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("opportunity")]


class StoryStatus(models.TextChoices):
    NEW = "new", _("New")
    ACCEPTED = "accepted", _("Accepted")
    NOT_USED = "not_used", _("Not used")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Naming(models.TextChoices):
    FULL_NAME = "full_name", _("Use my full name")
    FIRST_NAME = "first_name", _("Use my first name only")
    ANONYMOUS = "anonymous", _("Do not use my name (anonymous)")


class StorySubmission(ModeratedModel):
    """A story someone sent: kept privately until a moderator accepts it (which drafts a StoryPage)."""

    TRANSITIONS = {
        StoryStatus.NEW: [StoryStatus.ACCEPTED, StoryStatus.NOT_USED, StoryStatus.WITHDRAWN],
        # Until its page is first published, the person may still change their mind.
        StoryStatus.ACCEPTED: [StoryStatus.WITHDRAWN],
    }
    REASON_REQUIRED = frozenset({StoryStatus.NOT_USED})
    ORGANISATION_LOOKUP = "organisation"
    # ON_TRANSITION is filled in by community/stories.py (the draft page, messages).

    status = models.CharField(
        _("status"), max_length=32, choices=StoryStatus.choices, default=StoryStatus.NEW, db_index=True
    )
    index_page = models.ForeignKey(
        StoryIndexPage,
        verbose_name=_("sent from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
    )
    organisation = models.ForeignKey(
        "core.Organisation", verbose_name=_("organisation"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="story_submissions",
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email"), blank=True)
    email_normalised = models.CharField(max_length=254, blank=True, editable=False)
    language = models.CharField(_("language"), max_length=10, default="en")
    title = models.CharField(_("title"), max_length=150)
    story = models.TextField(_("story"), max_length=STORY_MAX_LENGTH)
    photo = models.FileField(_("photo"), upload_to=story_photo_path, storage=private_storage, blank=True)
    photo_alt_text = models.CharField(_("description of the photo"), max_length=250, blank=True)
    consent_to_publish = models.BooleanField(_("agreed to publish"), default=False)
    naming = models.CharField(_("how to name them"), max_length=20, choices=Naming.choices)
    consent_wording_version = models.CharField(max_length=40, editable=False)
    story_page = models.ForeignKey(
        StoryPage,
        verbose_name=_("story page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
    )
    created_at = models.DateTimeField(_("sent"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("story submission")
        verbose_name_plural = _("story submissions")

    def __str__(self):
        return f"{self.name}: {self.title}" if self.name else self.title

    def save(self, *args, **kwargs):
        self.email_normalised = normalise_email(self.email)
        super().save(*args, **kwargs)

    @property
    def name_to_show(self):
        """The name the page shows, as the person chose: their full name, first name, or none."""
        if self.naming == Naming.FULL_NAME:
            return self.name.strip()
        if self.naming == Naming.FIRST_NAME:
            parts = self.name.split()
            return parts[0] if parts else ""
        return ""

    @property
    def is_published(self):
        return self.story_page_id is not None and self.story_page.first_published_at is not None

    @property
    def can_withdraw(self):
        return StoryStatus.WITHDRAWN in self.allowed_transitions() and not self.is_published
