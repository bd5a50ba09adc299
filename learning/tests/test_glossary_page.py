"""The A to Z page: letters with words are links, every term has an anchor with its full form, meaning
and related terms, and it works in Polish and Arabic alphabetical order."""

import re
from types import SimpleNamespace

import pytest

from learning.glossary import a_to_z, letter_of, sort_key
from learning.models import GlossaryTerm
from learning.tests.glossary_builders import add_term, add_terms, glossary_page
from learning.tests.learning_pages import translate
from sidebyside.testing.queries import assert_query_budget

# A page and its site settings, menu and footer, as any standard page costs, and two queries for the terms
# with their related terms.
A_TO_Z_BUDGET = 15


def terms(*words):
    return [SimpleNamespace(term=word) for word in words]


def test_english_terms_are_grouped_by_first_letter_in_order():
    groups, navigation = a_to_z(terms("trust", "PALS", "A&E", "Agenda", "ICB", "2-week wait"), "en")
    assert [(group.letter, [t.term for t in group.terms]) for group in groups] == [
        ("A", ["A&E", "Agenda"]),
        ("I", ["ICB"]),
        ("P", ["PALS"]),
        ("T", ["trust"]),
        ("#", ["2-week wait"]),
    ]
    assert navigation[0] == ("A", "letter-a")
    assert navigation[1] == ("B", None)
    assert len([letter for letter, anchor in navigation if anchor is None]) == 22


def test_polish_letters_come_after_their_base_letters():
    groups, navigation = a_to_z(terms("Łącznik", "Zespół", "Lekarz", "Ściana", "Sala", "Żywienie"), "pl")
    assert [group.letter for group in groups] == ["L", "Ł", "S", "Ś", "Z", "Ż"]
    assert ("Ł", "letter-ł") in navigation


def test_arabic_terms_are_in_arabic_order_with_latin_abbreviations_after():
    words = ["مجلس", "الإحالة", "خط الأساس", "بروتوكول", "PALS", "أوراق المجلس", "ICB"]
    groups, navigation = a_to_z(terms(*words), "ar")
    assert [group.letter for group in groups] == ["ا", "ب", "خ", "م", "I", "P"]
    assert [t.term for t in groups[0].terms] == ["الإحالة", "أوراق المجلس"]  # ل comes before و
    assert navigation[0][0] == "ا" and navigation[27][0] == "ي"
    assert letter_of("إدارة") == "ا"
    assert sort_key("ب", "ar") < sort_key("ت", "ar") < sort_key("A", "ar")


@pytest.fixture
def a_to_z_page(home_page):
    add_terms()
    return glossary_page(home_page)


@pytest.mark.django_db
def test_the_a_to_z_page_lists_every_term_with_an_anchor(client, a_to_z_page):
    response = client.get(a_to_z_page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<h1 id="top">NHS words explained A to Z</h1>' in html
    assert '<li><a href="#letter-a">A</a></li>' in html
    assert "<li><span>B<span" in html
    assert '<h2 id="letter-t" tabindex="-1">T</h2>' in html
    assert 'id="term-pals"' in html
    assert '<abbr title="Patient Advice and Liaison Service">PALS</abbr>' in html
    assert "Helps you with questions or worries about NHS care." in html
    order = [html.index(f'id="term-{slug}"') for slug in ["ae", "icb", "pals", "run-chart", "trust", "trust-board"]]
    assert order == sorted(order)


@pytest.mark.django_db
def test_related_terms_link_to_their_anchors(client, a_to_z_page):
    pals = GlossaryTerm.objects.get(term="PALS")
    pals.related_terms.add(GlossaryTerm.objects.get(term="ICB"))
    html = client.get(a_to_z_page.url).content.decode()
    entry = html[html.index('id="term-pals"') :]
    entry = entry[: entry.index("</div>")]
    assert '<a href="#term-icb">ICB</a>' in entry
    icb = html[html.index('id="term-icb"') :]
    assert '<a href="#term-pals">PALS</a>' in icb[: icb.index("</div>")]  # related terms go both ways


@pytest.mark.django_db
def test_the_arabic_a_to_z_page_shows_the_arabic_terms(client, a_to_z_page):
    arabic = translate(a_to_z_page, "ar")
    add_term("الإحالة", "", "طلب من طبيب ليراك مختص.", language_code="ar")
    add_term("PALS", "خدمة المشورة والاتصال للمرضى", "تساعدك في أسئلتك عن الرعاية.", language_code="ar")
    html = client.get(arabic.url).content.decode()
    assert 'dir="rtl"' in html
    assert 'id="term-الإحالة"' in html
    assert "تساعدك في أسئلتك عن الرعاية." in html
    assert "Helps you with questions" not in html
    assert html.index('id="term-الإحالة"') < html.index('id="term-pals"')


@pytest.mark.django_db
def test_an_empty_glossary_says_so(client, home_page):
    page = glossary_page(home_page)
    html = client.get(page.url).content.decode()
    assert "There are no words here yet." in html
    assert not re.search(r'id="term-', html)


@pytest.mark.django_db
def test_the_a_to_z_page_costs_the_same_queries_however_many_terms(client, a_to_z_page):
    added = 0

    def grow(total):
        nonlocal added
        while added < total:
            term = add_term(f"Term {added}", meaning="Something.")
            term.related_terms.add(*GlossaryTerm.objects.filter(term__in=["PALS", "ICB"]))
            added += 1

    client.get(a_to_z_page.url)  # Django keeps content types in memory once it has read them
    assert_query_budget(lambda: client.get(a_to_z_page.url), A_TO_Z_BUDGET, grow=grow, grow_steps=(10, 60))
