"""The glossary of NHS terms, and the A to Z page that lists it."""

from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    """A word or abbreviation people meet in the NHS, explained in plain words. Its first use on a page is
    marked up so readers can open the meaning."""

    term = models.CharField(_("term"), max_length=60, help_text=_('As people see it in text, for example "PALS".'))
    full_form = models.CharField(
        _("full form"),
        max_length=200,
        blank=True,
        help_text=_('What an abbreviation stands for, for example "Patient Advice and Liaison Service".'),
    )
    meaning = models.TextField(_("plain-language meaning"), max_length=600)
    related_terms = models.ManyToManyField("self", verbose_name=_("related terms"), blank=True)

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
        """The terms of the page's language grouped A to Z, each with its anchor and related terms: two
        queries however many terms there are."""
        from learning.glossary import a_to_z, content_language, term_anchors

        context = super().get_context(request, *args, **kwargs)
        terms = list(
            GlossaryTerm.objects.filter(locale_id=self.locale_id).prefetch_related(
                models.Prefetch("related_terms", queryset=GlossaryTerm.objects.filter(locale_id=self.locale_id))
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
