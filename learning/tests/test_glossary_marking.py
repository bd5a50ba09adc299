"""The rules for marking glossary terms in rich text: the first use on a page only (across all its
blocks), whole words, abbreviations by case, the contexts left alone, the page's own language, and a cache
that empties when a term changes."""

import dataclasses
from html.parser import HTMLParser
from unittest import mock

from django.template import engines
from django.utils import translation

import pytest

from learning.glossary import Entry, Glossary, cached_glossary, mark_for_request, mark_terms, term_anchors
from learning.tests.glossary_builders import TERMS, add_term, add_terms, glossary_page, rich_text_block, standard_page


def glossary(page_url="/en/nhs-words/"):
    terms = [(pk, term) for pk, term in enumerate(TERMS, start=1)]
    anchors = term_anchors(terms)
    entries = tuple(
        Entry(term=term, full_form=TERMS[term][0], meaning=TERMS[term][1], anchor=anchors[pk]) for pk, term in terms
    )
    return Glossary(language="en", entries=entries, page_url=page_url)


def mark(html, marked=None, page_url="/en/nhs-words/"):
    return mark_terms(html, glossary(page_url), set() if marked is None else marked)


class TermsFound(HTMLParser):
    """The text of each marked term (the text of each [data-sbs-glossary] element's first child)."""

    def __init__(self):
        super().__init__()
        self.terms = []
        self.depth = 0
        self.in_term = False
        self.panel_depth = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.depth += 1
        if "data-sbs-glossary" in attributes:
            self.terms.append("")
        if "sbs-glossary__term" in (attributes.get("class") or "").split():
            self.in_term = True
        if "nhsuk-u-visually-hidden" in (attributes.get("class") or ""):
            self.in_term = False

    def handle_endtag(self, tag):
        self.depth -= 1
        if tag == "a":
            self.in_term = False

    def handle_data(self, data):
        if self.in_term:
            self.terms[-1] += data


def marked_terms(html):
    parser = TermsFound()
    parser.feed(str(html))
    return parser.terms


def test_an_abbreviation_is_marked_with_its_full_form_a_link_and_a_hidden_meaning():
    html = mark("<p>Ask PALS for help.</p>")
    assert marked_terms(html) == ["PALS"]
    assert '<a class="sbs-glossary__term" href="/en/nhs-words/#term-pals">' in html
    assert '<abbr title="Patient Advice and Liaison Service">PALS</abbr>' in html
    assert '<span class="sbs-glossary__panel" id="sbs-glossary-term-pals" hidden>' in html
    assert "Helps you with questions or worries about NHS care." in html
    assert html.startswith("<p>Ask <span") and html.endswith("</span></span> for help.</p>")


def test_a_word_without_a_full_form_is_not_an_abbr():
    html = mark("<p>Our trust listens.</p>")
    assert marked_terms(html) == ["trust"]
    assert "<abbr" not in html


def test_only_the_first_use_is_marked():
    html = mark("<p>PALS can help. Call PALS today.</p><p>PALS again.</p>")
    assert marked_terms(html) == ["PALS"]
    assert html.count("data-sbs-glossary") == 1
    assert html.endswith("</span></span> can help. Call PALS today.</p><p>PALS again.</p>")


def test_the_first_use_is_shared_between_blocks_of_one_page():
    marked = set()
    first = mark("<p>Ask PALS.</p>", marked)
    second = mark("<p>PALS and the ICB.</p>", marked)
    assert marked_terms(first) == ["PALS"]
    assert marked_terms(second) == ["ICB"]
    assert marked == {"pals", "icb"}


def test_whole_words_only():
    html = mark("<p>PALSY, SPALS, PALS2 and PALS_X are not terms; trustworthy and distrust neither.</p>")
    assert marked_terms(html) == []
    assert marked_terms(mark("<p>(PALS), then</p>")) == ["PALS"]
    assert marked_terms(mark("<p>Go to A&amp;E.</p>")) == ["A&E"]


def test_abbreviations_match_case_sensitively_and_in_the_plural():
    assert marked_terms(mark("<p>pals and Pals are friends.</p>")) == []
    assert marked_terms(mark("<p>There are 42 ICBs.</p>")) == ["ICBs"]


def test_other_words_match_in_any_case_and_across_spaces_and_lines():
    assert marked_terms(mark("<p>TRUST us.</p>")) == ["TRUST"]
    assert marked_terms(mark("<p>Draw a RUN\n  chart.</p>")) == ["RUN\n  chart"]
    assert marked_terms(mark("<p>Plural trusts are not the term.</p>")) == []


def test_the_longest_term_wins():
    html = mark("<p>The trust board meets. The trust is big.</p>")
    assert marked_terms(html) == ["trust board", "trust"]


@pytest.mark.parametrize(
    "html",
    [
        '<p><a href="/pals/">PALS</a></p>',
        "<h2>PALS</h2>",
        "<h3>About <b>PALS</b></h3>",
        '<p><abbr title="Patient Advice and Liaison Service">PALS</abbr></p>',
        "<p><code>PALS</code></p>",
        "<p><button>PALS</button></p>",
        "<script>var PALS = 1;</script>",
        "<style>.PALS { color: red; }</style>",
        '<p><img alt="PALS" src="/pals.png"></p>',
        "<!-- PALS -->",
    ],
)
def test_terms_in_links_headings_abbr_code_and_non_prose_are_left_alone(html):
    assert mark(html) == html


def test_text_after_a_skipped_element_is_marked():
    html = mark('<p><a href="/x/">PALS</a> and <b>PALS</b></p>')
    assert marked_terms(html) == ["PALS"]
    assert html.startswith('<p><a href="/x/">PALS</a> and <b><span class="sbs-glossary"')


def test_marking_twice_changes_nothing_more():
    once = mark("<p>PALS and the ICB.</p>")
    assert mark(once) == once


def test_html_without_an_unmarked_term_comes_back_exactly_as_it_was():
    html = "<p class='x'>Nothing&nbsp;here &amp; <br/>there.</p>"
    assert mark(html) is html or mark(html) == html
    assert mark("<p>PALS</p>", marked={"pals"}) == "<p>PALS</p>"


def test_text_stays_escaped():
    html = mark("<p>&lt;script&gt; PALS &amp; more</p>")
    assert html.startswith("<p>&lt;script&gt; <span")
    assert html.endswith("</span></span> &amp; more</p>")


def test_without_an_a_to_z_page_the_term_is_not_a_link():
    html = mark("<p>Ask PALS.</p>", page_url="")
    assert "<a " not in html
    assert '<span class="sbs-glossary__term"><abbr title="Patient Advice and Liaison Service">PALS</abbr>' in html
    # With nothing to link to, the meaning is in view until the script turns the term into a disclosure.
    assert 'class="sbs-glossary__panel"' in html and " hidden" not in html


def test_with_an_a_to_z_page_the_meaning_waits_behind_the_link():
    assert 'class="sbs-glossary__panel" id="sbs-glossary-term-pals" hidden>' in mark("<p>Ask PALS.</p>")


def test_a_failure_while_marking_leaves_the_text_as_it_was():
    with mock.patch("learning.glossary.page_state", side_effect=RuntimeError("broken")):
        assert mark_for_request("<p>PALS</p>") == "<p>PALS</p>"


# On real pages


def render_body(page, request):
    template = "{% load wagtailcore_tags %}{% for block in page.body %}{% include_block block %}{% endfor %}"
    return engines["django"].from_string(template).render({"page": page, "request": request}, request)


@pytest.fixture
def a_to_z(home_page):
    return glossary_page(home_page)


@pytest.mark.django_db
def test_a_public_page_marks_each_term_once_across_its_blocks(client, home_page, a_to_z):
    add_terms()
    page = standard_page(
        home_page,
        [
            "<p>Ask PALS about the ICB.</p>",
            "<h2>PALS and the ICB</h2><p>PALS again, and the trust board.</p>",
            "<p>The ICB, PALS, the trust board and the trust.</p>",
        ],
    )
    html = client.get(page.url).content.decode()
    main = html[html.index('id="maincontent"') :]
    assert marked_terms(main) == ["PALS", "ICB", "trust board", "trust"]
    assert html.count('id="sbs-glossary-term-pals"') == 1
    assert f'href="{a_to_z.url}#term-icb"' in html
    assert "<h2>PALS and the ICB</h2>" in html


@pytest.mark.django_db
def test_inset_text_and_details_blocks_are_marked_too(home_page, a_to_z, rf):
    add_terms()
    page = standard_page(home_page, [])
    page.body = [
        {"type": "inset_text", "value": {"text": "<p>Ask PALS.</p>"}},
        {"type": "details", "value": {"summary": "ICB", "body": "<p>The ICB plans care.</p>", "style": "details"}},
    ]
    html = render_body(page, rf.get("/"))
    assert marked_terms(html) == ["PALS", "ICB"]


@pytest.mark.django_db
def test_another_languages_terms_are_not_used(client, home_page, a_to_z):
    add_term("PALS", "Patient Advice and Liaison Service", "Pomoc dla pacjentów.", language_code="pl")
    add_term("ICB", "Integrated care board", "The local NHS body.", language_code="en")
    page = standard_page(home_page, ["<p>PALS and the ICB.</p>"])
    html = client.get(page.url).content.decode()
    assert marked_terms(html[html.index('id="maincontent"') :]) == ["ICB"]
    assert "Pomoc dla pacjentów." not in html


@pytest.mark.django_db
def test_an_arabic_page_uses_the_arabic_terms(home_page, rf):
    add_term("الإحالة", "", "طلب من طبيب ليراك مختص.", language_code="ar")
    add_term("Referral", "", "When a doctor asks a specialist to see you.", language_code="en")
    page = standard_page(home_page, ["<p>بعد الإحالة، ستنتظر Referral.</p>"])
    with translation.override("ar"):
        html = render_body(page, rf.get("/"))
    assert marked_terms(html) == ["الإحالة"]
    assert "طلب من طبيب ليراك مختص." in html


@pytest.mark.django_db
def test_the_cache_empties_when_a_term_is_added_changed_or_removed(home_page, a_to_z, rf):
    page = standard_page(home_page, ["<p>Ask PALS.</p>"])
    assert marked_terms(render_body(page, rf.get("/"))) == []
    term = add_term("PALS", "Patient Advice and Liaison Service", "Helps with worries.")
    assert "Helps with worries." in render_body(page, rf.get("/"))
    term.meaning = "Answers questions about care."
    term.save()
    assert "Answers questions about care." in render_body(page, rf.get("/"))
    term.delete()
    assert marked_terms(render_body(page, rf.get("/"))) == []


@pytest.mark.django_db
def test_the_glossary_is_read_from_the_database_once_then_from_the_cache(
    home_page, a_to_z, django_assert_max_num_queries, django_assert_num_queries
):
    add_terms()
    # The terms, the A to Z page, and the site's root pages for its address (which a page request has
    # already looked up).
    with django_assert_max_num_queries(4):
        first = cached_glossary("en")
    with django_assert_num_queries(0):
        assert cached_glossary("en") == first
    assert {entry.term for entry in first.entries} == set(TERMS)
    assert first.page_url == a_to_z.url


@pytest.mark.django_db
def test_unpublishing_the_a_to_z_page_drops_the_links(home_page, a_to_z, rf):
    add_terms()
    page = standard_page(home_page, ["<p>Ask PALS.</p>"])
    assert f'href="{a_to_z.url}#term-pals"' in render_body(page, rf.get("/"))
    a_to_z.unpublish()
    html = render_body(page, rf.get("/"))
    assert marked_terms(html) == ["PALS"] and "#term-pals" not in html


def test_a_remembered_marking_gives_the_same_html_and_marks_the_same_terms():
    remembered = dataclasses.replace(glossary(), version="one")
    html = "<p>Ask PALS about the ICB.</p><p>PALS</p>"
    first_marked, second_marked = set(), set()
    first = mark_terms(html, remembered, first_marked)
    second = mark_terms(html, remembered, second_marked)
    assert second == first and second_marked == first_marked == {"pals", "icb"}
    assert marked_terms(mark_terms(html, remembered, {"pals"})) == ["ICB"]
    changed = dataclasses.replace(remembered, entries=remembered.entries[1:], version="two")  # without PALS
    assert marked_terms(mark_terms(html, changed, set())) == ["ICB"]


@pytest.mark.django_db
def test_an_event_page_marks_its_what_to_expect_and_agenda_as_one_page(client, home_page, a_to_z):
    from community.tests.factories import EventIndexPageFactory, EventPageFactory

    add_terms()
    event = EventPageFactory(
        parent=EventIndexPageFactory(parent=home_page),
        what_to_expect="<p>Staff from PALS and the ICB will be there.</p>",
        agenda=[rich_text_block("<p>10am: PALS explains the ICB, then the trust board.</p>")],
    )
    html = client.get(event.url).content.decode()
    assert marked_terms(html[html.index('id="maincontent"') :]) == ["PALS", "ICB", "trust board"]


@pytest.mark.django_db
def test_terms_link_to_the_a_to_z_page_where_it_is_after_its_parent_is_renamed(
    home_page, rf, django_capture_on_commit_callbacks
):
    from home.tests.factories import StandardPageFactory

    add_terms()
    section = StandardPageFactory(parent=home_page, slug="help")
    a_to_z = glossary_page(section)
    page = standard_page(home_page, ["<p>Ask PALS.</p>"])
    assert 'href="/en/help/nhs-words/#term-pals"' in render_body(page, rf.get("/"))

    section.slug = "support"
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail tells of a new slug once it is saved
        section.save_revision().publish()

    a_to_z.refresh_from_db()
    assert a_to_z.url == "/en/support/nhs-words/"
    assert 'href="/en/support/nhs-words/#term-pals"' in render_body(page, rf.get("/"))


@pytest.mark.django_db
def test_terms_link_to_the_a_to_z_page_where_it_is_after_it_is_moved(home_page, rf):
    from home.tests.factories import StandardPageFactory

    add_terms()
    a_to_z = glossary_page(home_page)
    page = standard_page(home_page, ["<p>Ask PALS.</p>"])
    assert 'href="/en/nhs-words/#term-pals"' in render_body(page, rf.get("/"))

    section = StandardPageFactory(parent=home_page, slug="help")
    a_to_z.move(section, pos="last-child")

    assert 'href="/en/help/nhs-words/#term-pals"' in render_body(page, rf.get("/"))
