"""Query budget of glossary marking: a page with many glossary terms in many rich text blocks costs the
same number of queries as a page with one term in one block (the terms are read once per request, in one
query, and then come from the cache).

Each request is measured with an empty cache (see sidebyside.testing.queries), so the budget includes
reading the glossary; a warm cache costs two queries fewer.
"""

import uuid

import pytest

from home.tests.factories import StandardPageFactory
from learning.models import GlossaryPage, GlossaryTerm
from sidebyside.testing.queries import assert_query_budget, count_queries

# A standard page (tests/test_query_budgets.py), plus the glossary's terms and its A to Z page.
GLOSSARY_STANDARD_BUDGET = 15


def rich_text(html):
    return {"type": "rich_text", "id": str(uuid.uuid4()), "value": html}


@pytest.fixture
def glossary(home_page):
    page = GlossaryPage(title="NHS words", slug="nhs-words")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    GlossaryTerm.objects.create(locale=home_page.locale, term="PALS", full_form="Patient Advice", meaning="Helps.")
    return page


@pytest.fixture
def page(home_page, glossary):
    return StandardPageFactory(parent=home_page, body=[rich_text("<p>Ask PALS.</p>")])


def grow_glossary(page):
    """Add terms until the glossary holds `total` more, and a block using each (twice) to the page."""
    added = 0

    def grow(total):
        nonlocal added
        while added < total:
            GlossaryTerm.objects.create(
                locale=page.locale, term=f"TERM{added}X", full_form=f"Term {added}", meaning="Something."
            )
            added += 1
        page.body = [
            rich_text("<p>Ask PALS.</p>"),
            *[rich_text(f"<p>TERM{n}X and <b>TERM{n}X</b> again, and PALS.</p>") for n in range(added)],
        ]
        page.save_revision().publish()

    return grow


@pytest.mark.django_db
def test_glossary_marking_adds_no_queries_per_term_or_per_block(client, page):
    client.get(page.url)  # Django keeps content types in memory once it has read them
    grow = grow_glossary(page)
    assert_query_budget(lambda: client.get(page.url), GLOSSARY_STANDARD_BUDGET, grow=grow, grow_steps=(10, 60))
    html = client.get(page.url).content.decode()
    assert html.count("data-sbs-glossary") == 61  # PALS and the 60 new terms, each once


@pytest.mark.django_db
def test_with_the_glossary_cached_marking_costs_no_queries(client, page, settings):
    client.get(page.url)
    _response, with_marking = count_queries(lambda: client.get(page.url))
    settings.GLOSSARY_MARKING = False
    response, without_marking = count_queries(lambda: client.get(page.url))
    assert "data-sbs-glossary" not in response.content.decode()
    assert with_marking == without_marking
