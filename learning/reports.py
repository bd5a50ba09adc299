"""The editors' report of abbreviations that the glossary does not explain.

An abbreviation here is a run of two or more capital letters (Latin), optionally with a plural "s":
"ICB", "PALS", "ICBs". For every live page it lists the abbreviations in the page's text (title, text
fields, rich text and the text of its blocks) that are not live glossary terms in the page's language (a
term still in review explains nothing to readers yet), so editors can add them to the glossary or write
them out.
"""

import re
from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.rich_text import get_text_for_indexing

from learning.models import GlossaryTerm

ABBREVIATION = re.compile(r"(?<!\w)([A-Z]{2,})s?(?!\w)")
# Fields of every page that hold no prose.
NOT_PROSE = {"slug", "url_path", "path", "draft_title", "locked", "live", "translation_key"}


def abbreviations(text):
    """The abbreviations in `text`, in order of first use, without plural "s": "ICBs and PALS" → ["ICB", "PALS"]."""
    return list(dict.fromkeys(match.group(1) for match in ABBREVIATION.finditer(text or "")))


def page_texts(page):
    """The text a reader sees on a (specific) page, field by field."""
    texts = []
    for field in page._meta.concrete_fields:
        if field.name in NOT_PROSE or getattr(field, "choices", None):
            continue
        value = getattr(page, field.attname, None)
        if not value:
            continue
        if isinstance(field, StreamField):
            texts.extend(str(text) for text in field.stream_block.get_searchable_content(value))
        elif isinstance(field, RichTextField):
            texts.append(get_text_for_indexing(value))
        elif isinstance(field, models.CharField | models.TextField):
            texts.append(str(value))
    return texts


def unknown_abbreviations(page, known):
    """The abbreviations on `page` that are not in `known` (lower-case glossary terms of its language)."""
    found = abbreviations("\n".join(page_texts(page)))
    return [abbreviation for abbreviation in found if abbreviation.lower() not in known]


def glossary_terms_by_language():
    """The live terms of each language: a term still in review explains nothing to readers yet."""
    known = {}
    for language, term in GlossaryTerm.objects.live().values_list("locale__language_code", "term"):
        known.setdefault(language, set()).add(term.strip().lower())
    return known


@dataclass
class PageAbbreviations:
    page: Page
    language: str
    abbreviations: list

    @property
    def title(self):
        return self.page.title

    @property
    def pk(self):
        return self.page.pk

    @property
    def abbreviation_list(self):
        return ", ".join(self.abbreviations)


def pages_with_unknown_abbreviations():
    """Every live page whose text uses an abbreviation its language's glossary does not explain."""
    known = glossary_terms_by_language()
    rows = []
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    pages = Page.objects.live().filter(depth__gt=1).order_by("path").specific()
    for page in pages:
        language = languages[page.locale_id]
        unknown = unknown_abbreviations(page, known.get(language, set()))
        if unknown:
            rows.append(PageAbbreviations(page=page, language=language, abbreviations=unknown))
    return rows


class UnexplainedAbbreviationsView(ReportView):
    page_title = _("Abbreviations not in the glossary")
    header_icon = "help"
    index_url_name = "learning_glossary_report"
    index_results_url_name = "learning_glossary_report_results"
    permission_policy = ModelPermissionPolicy(GlossaryTerm)
    permission_required = "view"
    paginate_by = 50
    list_export = ["title", "language", "abbreviation_list"]
    export_headings = {"title": _("Page"), "language": _("Language"), "abbreviation_list": _("Abbreviations")}
    verbose_name_plural = _("pages with abbreviations that are not in the glossary")
    columns = [
        TitleColumn("title", label=_("Page"), url_name="wagtailadmin_pages:edit"),
        Column("language", label=_("Language")),
        Column("abbreviation_list", label=_("Abbreviations not in the glossary")),
    ]

    def get_filename(self):
        return "abbreviations-not-in-the-glossary"

    def get_queryset(self):
        return pages_with_unknown_abbreviations()
