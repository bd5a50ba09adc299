"""Small builders for the glossary tests: terms in a language, an A to Z page, a standard page whose body
holds several rich text blocks, and rendering that page as the public sees it."""

import uuid

from wagtail.models import Locale

from home.tests.factories import StandardPageFactory
from learning.models import GlossaryPage, GlossaryTerm

TERMS = {
    "PALS": ("Patient Advice and Liaison Service", "Helps you with questions or worries about NHS care."),
    "ICB": ("Integrated care board", "The local NHS body that plans and pays for health services."),
    "A&E": ("Accident and emergency", "The hospital department for serious injuries and sudden illness."),
    "Trust": ("", "An NHS organisation that runs hospitals or other services."),
    "Trust board": ("", "The people who run an NHS trust and make its big decisions."),
    "Run chart": ("", "A graph of a measure over time, used to see if a change helped."),
}


def locale(language_code="en"):
    return Locale.objects.get(language_code=language_code)


def add_term(term, full_form="", meaning="What it means.", language_code="en"):
    return GlossaryTerm.objects.create(locale=locale(language_code), term=term, full_form=full_form, meaning=meaning)


def add_terms(language_code="en", terms=None):
    return {
        term: add_term(term, full_form, meaning, language_code)
        for term, (full_form, meaning) in (terms or TERMS).items()
    }


def glossary_page(parent, slug="nhs-words", title="NHS words explained A to Z"):
    page = GlossaryPage(title=title, slug=slug, introduction="What NHS words mean.")
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def rich_text_block(html):
    return {"type": "rich_text", "id": str(uuid.uuid4()), "value": html}


def standard_page(parent, paragraphs, **kwargs):
    """A live standard page whose body is one rich text block for each paragraph of HTML."""
    return StandardPageFactory(parent=parent, body=[rich_text_block(html) for html in paragraphs], **kwargs)
