"""The site search page: what it finds, what it leaves out, pagination, and that no input breaks it."""

from django.utils.html import escape

from wagtail.models import Locale, PageViewRestriction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from home.tests.factories import StandardPageFactory
from home.views import MAX_QUERY_LENGTH, RESULTS_PER_PAGE, clean_query

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    """Run the search-index jobs that saving pages queues for when the transaction commits."""

    def index_pages(make_pages):
        with django_capture_on_commit_callbacks(execute=True):
            return make_pages()

    return index_pages


def search(client, query=None, language="en", **params):
    if query is not None:
        params["q"] = query
    return client.get(f"/{language}/search/", params)


def result_titles(response):
    results = response.context["results"]
    return [page.title for page in results] if results is not None else None


def test_finds_pages_of_every_type(client, home_page, indexed):
    def make_pages():
        home_page.hero_text = "Help us improve wheelchair access to clinics."
        home_page.save_revision().publish()
        StandardPageFactory(parent=home_page, title="Wheelchair access", intro="How to reach each clinic.")

    indexed(make_pages)
    response = search(client, "wheelchair")
    assert response.status_code == 200
    assert sorted(result_titles(response)) == sorted([home_page.title, "Wheelchair access"])
    assert "2 results for ‘wheelchair’" in response.content.decode()


def test_leaves_out_draft_and_private_pages(client, home_page, indexed):
    def make_pages():
        StandardPageFactory(parent=home_page, title="Gardening group, open to all")
        StandardPageFactory(parent=home_page, title="Gardening group draft", live=False)
        private = StandardPageFactory(parent=home_page, title="Gardening group for staff")
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")

    indexed(make_pages)
    assert result_titles(search(client, "gardening")) == ["Gardening group, open to all"]


def test_finds_pages_in_the_current_language_only(client, home_page, indexed):
    def make_pages():
        english = StandardPageFactory(parent=home_page, title="Carers café", slug="carers")
        polish = english.copy_for_translation(Locale.objects.get(language_code="pl"), copy_parents=True)
        polish.title = "Kawiarnia dla opiekunów café"
        polish.save_revision().publish()

    indexed(make_pages)
    assert result_titles(search(client, "café")) == ["Carers café"]
    assert result_titles(search(client, "café", language="pl")) == ["Kawiarnia dla opiekunów café"]


def test_paginates_results(client, home_page, indexed):
    indexed(lambda: [StandardPageFactory(parent=home_page, title=f"Choir meeting {n}") for n in range(13)])

    first = search(client, "choir")
    assert len(result_titles(first)) == RESULTS_PER_PAGE
    assert "Page 2 of 2" in first.content.decode()
    assert 'href="?page=2&amp;q=choir"' in first.content.decode()

    second = search(client, "choir", page="2")
    assert len(result_titles(second)) == 3
    assert set(result_titles(first)).isdisjoint(result_titles(second))


@pytest.mark.parametrize(
    ("page", "expected_number"),
    [("99", 2), ("0", 2), ("-1", 2), ("two", 1), ("", 1), ("1.5", 1), ("9" * 5000, 1)],
)
def test_out_of_range_or_odd_page_numbers_fall_back(client, home_page, indexed, page, expected_number):
    indexed(lambda: [StandardPageFactory(parent=home_page, title=f"Walking group {n}") for n in range(12)])
    response = search(client, "walking", page=page)
    assert response.status_code == 200
    assert response.context["results"].number == expected_number


def test_empty_query_shows_no_results_section(client, home_page):
    for query in (None, "", "   ", "\x00\t"):
        response = search(client, query)
        assert response.status_code == 200
        assert response.context["results"] is None
        body = response.content.decode()
        assert "results for" not in body and "No results for" not in body


def test_no_results_message(client, home_page):
    response = search(client, "zzzqqq")
    body = response.content.decode()
    assert "No results for ‘zzzqqq’" in body
    assert "checking your spelling" in body


def test_query_is_escaped_and_kept_in_the_box(client, home_page):
    response = search(client, '<script>alert("x")</script>')
    body = response.content.decode()
    assert "<script>alert(" not in body
    assert 'value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"' in body


def test_nul_bytes_and_control_characters_are_dropped(client, home_page, indexed):
    indexed(lambda: StandardPageFactory(parent=home_page, title="Bereavement support"))
    response = search(client, "bereave\x00ment\x07 support\x00")
    assert response.status_code == 200
    assert response.context["search_query"] == "bereave ment support"
    assert clean_query("\x00bereavement\x00") == "bereavement"


def test_long_queries_are_cut(client, home_page):
    response = search(client, "a" * 5000)
    assert response.status_code == 200
    assert len(response.context["search_query"]) == MAX_QUERY_LENGTH


ODD_TEXT = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=150, max_size=600),
    st.sampled_from(
        [
            "' OR 1=1 --",
            '"; DROP TABLE wagtailcore_page; --',
            "<img src=x onerror=alert(1)>",
            "\x00",
            "a\x00b",
            "NEAR(a b)",
            'title:"x" AND body:*',
            "-(",
            "!!!",
            "*",
            ":",
            "&|!",
            "\u202eevil",
            "مرحبا بكم",
        ]
    ),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=ODD_TEXT, page=ODD_TEXT)
def test_any_input_gives_a_page_not_an_error(client, home_page, query, page):
    response = search(client, query, page=page)
    assert response.status_code == 200
    cleaned = clean_query(query)
    assert response.context["search_query"] == cleaned
    body = response.content.decode()
    assert f'name="q" type="search" value="{escape(cleaned)}"' in body
    if "<" in cleaned:
        assert cleaned not in body
