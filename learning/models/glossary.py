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
    search_fields = [index.SearchField("term"), index.SearchField("full_form"), index.SearchField("meaning")]

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
