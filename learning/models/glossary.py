"""The glossary of NHS terms, and the A to Z page that lists it."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Page,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index


class GlossaryTermQuerySet(models.QuerySet):
    def live(self):
        """The published terms: the only ones readers see."""
        return self.filter(live=True)


class GlossaryTermForm(WagtailAdminModelForm):
    """Related terms are links between terms, not part of a term's words, and a revision does not keep a
    many-to-many field: Wagtail saves a change to a live term as a revision only (`save(commit=False)`), so
    the links are saved here straight away. The A to Z page only ever links live terms to live terms."""

    def save(self, commit=True):
        instance = super().save(commit=commit)
        if not commit and instance.pk:
            self.save_m2m()
        return instance


class GlossaryTerm(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model
):
    """A word or abbreviation people meet in the NHS, explained in plain words. Its first use on a page is
    marked up so readers can open the meaning.

    Terms go live the way pages do: editors save drafts and submit them to the "Review before publishing"
    workflow; moderators approve and publish them (learning/migrations/0003 and 0004). Public pages read
    live terms only (`GlossaryTerm.objects.live()`)."""

    term = models.CharField(_("term"), max_length=60, help_text=_('As people see it in text, for example "PALS".'))
    full_form = models.CharField(
        _("full form"),
        max_length=200,
        blank=True,
        help_text=_('What an abbreviation stands for, for example "Patient Advice and Liaison Service".'),
    )
    meaning = models.TextField(_("plain-language meaning"), max_length=600)
    related_terms = models.ManyToManyField("self", verbose_name=_("related terms"), blank=True)

    # As Wagtail's docs show: a term's revisions and workflow states go when the term is deleted.
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="glossary_term")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="glossary_term",
        for_concrete_model=False,
    )

    objects = GlossaryTermQuerySet.as_manager()

    base_form_class = GlossaryTermForm
    panels = [FieldPanel("term"), FieldPanel("full_form"), FieldPanel("meaning"), FieldPanel("related_terms")]
    search_fields = [
        index.SearchField("term"),
        index.AutocompleteField("term"),
        index.SearchField("full_form"),
        index.AutocompleteField("full_form"),
        index.SearchField("meaning"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = [Lower("term")]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        constraints = [
            models.UniqueConstraint(Lower("term"), "locale", name="glossary_term_unique_per_language"),
        ]

    def __str__(self):
        return self.term


class GlossaryPage(Page):
    """The A to Z of every glossary term in the page's language."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage", "home.StandardPage", "learning.LearningIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("glossary page")

    def get_context(self, request, *args, **kwargs):
        """The live terms of the page's language grouped A to Z, each with its anchor and related terms: two
        queries however many terms there are."""
        from learning.glossary import a_to_z, content_language, term_anchors

        context = super().get_context(request, *args, **kwargs)
        terms = list(
            GlossaryTerm.objects.live()
            .filter(locale_id=self.locale_id)
            .prefetch_related(
                models.Prefetch("related_terms", queryset=GlossaryTerm.objects.live().filter(locale_id=self.locale_id))
            )
        )
        anchors = term_anchors((term.pk, term.term) for term in terms)
        for term in terms:
            term.anchor = anchors[term.pk]
            term.related = sorted(
                (related for related in term.related_terms.all() if related.pk in anchors),
                key=lambda related: related.term.lower(),
            )
            for related in term.related:
                related.anchor = anchors[related.pk]
        # Wagtail serves the page in its own language: the active language saves a query for the locale.
        groups, navigation = a_to_z(terms, content_language())
        context.update(glossary_groups=groups, glossary_letters=navigation)
        return context
