"""The learning index: filters by topic, audience, format and keyword that work without JavaScript, shareable
URLs, pagination, the "nothing matches" state, and no server error whatever the query string."""

import re

from wagtail.models import PageViewRestriction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from learning.filters import LearningFilterForm
from learning.tests.learning_pages import learning_index, module, programme, translate
from sidebyside.core.tests.factories import topic
from sidebyside.testing.forms import VIEW_FUZZ_SETTINGS, as_querydict, form_data, hostile_value

URL = "/en/learning/"


def set_facets(page, topics=(), **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.topics.set([topic(slug) for slug in topics])
    page.save()
    return page


@pytest.fixture
def catalogue(home_page):
    """Two programmes with a module each, with different topics, audiences, formats and words."""
    index = learning_index(home_page)
    maternity = set_facets(
        programme(index, "Maternity voices"),
        topics=["maternity"],
        summary="Help shape care before and after birth.",
        for_public=True,
        format_workshop=True,
    )
    feeding = set_facets(
        module(maternity, "Feeding support"),
        topics=["maternity"],
        summary="What helps new parents feed their baby.",
        for_young_people=True,
        format_video=True,
        format_self_paced=False,
    )
    staff = set_facets(
        programme(index, "Quality improvement for staff"),
        topics=["mental_health"],
        summary="Improvement methods for teams on the wards.",
        for_public=False,
        for_staff=True,
        format_printable=True,
    )
    run_charts = set_facets(
        module(staff, "Run charts"),
        topics=["mental_health", "cancer"],
        summary="Plot a measure over time and spot a real change.",
        for_public=False,
        for_staff=True,
    )
    return {"index": index, "maternity": maternity, "feeding": feeding, "staff": staff, "run_charts": run_charts}


def titles(response):
    """The titles of the results, in order."""
    assert response.status_code == 200
    return [page.title for page in response.context["results"]]


@pytest.mark.django_db
def test_without_filters_every_programme_and_module_is_listed_in_order(client, catalogue):
    assert titles(client.get(URL)) == [
        "Maternity voices",
        "Feeding support",
        "Quality improvement for staff",
        "Run charts",
    ]


@pytest.mark.django_db
def test_filter_by_topic(client, catalogue):
    assert titles(client.get(URL, {"topic": "maternity"})) == ["Maternity voices", "Feeding support"]
    assert titles(client.get(URL, {"topic": "cancer"})) == ["Run charts"]
    assert titles(client.get(URL, {"topic": ["cancer", "maternity"]})) == [
        "Maternity voices",
        "Feeding support",
        "Run charts",
    ]


@pytest.mark.django_db
def test_a_page_in_two_chosen_topics_is_listed_once(client, catalogue):
    assert titles(client.get(URL, {"topic": ["cancer", "mental_health"]})) == [
        "Quality improvement for staff",
        "Run charts",
    ]


@pytest.mark.django_db
def test_filter_by_audience(client, catalogue):
    assert titles(client.get(URL, {"audience": "staff"})) == ["Quality improvement for staff", "Run charts"]
    assert titles(client.get(URL, {"audience": "young_people"})) == ["Feeding support"]
    assert titles(client.get(URL, {"audience": "public"})) == ["Maternity voices", "Feeding support"]


@pytest.mark.django_db
def test_filter_by_format(client, catalogue):
    assert titles(client.get(URL, {"format": "video"})) == ["Feeding support"]
    assert titles(client.get(URL, {"format": "printable"})) == ["Quality improvement for staff"]
    assert titles(client.get(URL, {"format": ["workshop", "printable"]})) == [
        "Maternity voices",
        "Quality improvement for staff",
    ]
    assert titles(client.get(URL, {"format": "self_paced"})) == [
        "Maternity voices",
        "Quality improvement for staff",
        "Run charts",
    ]


@pytest.mark.django_db
def test_keyword_search_looks_at_titles_and_summaries(client, catalogue):
    assert titles(client.get(URL, {"q": "charts"})) == ["Run charts"]
    assert titles(client.get(URL, {"q": "BABY"})) == ["Feeding support"]
    assert titles(client.get(URL, {"q": "improvement wards"})) == ["Quality improvement for staff"]
    assert titles(client.get(URL, {"q": "   "})) == titles(client.get(URL))


@pytest.mark.django_db
def test_filters_combine(client, catalogue):
    assert titles(client.get(URL, {"topic": "mental_health", "audience": "staff", "format": "printable"})) == [
        "Quality improvement for staff"
    ]
    assert titles(client.get(URL, {"topic": "maternity", "q": "feed", "audience": "young_people"})) == [
        "Feeding support"
    ]


@pytest.mark.django_db
def test_the_form_keeps_what_was_chosen_and_shows_tags_that_remove_one_filter(client, catalogue):
    response = client.get(URL, {"topic": "maternity", "format": ["video", "workshop"]})
    html = response.content.decode()

    assert 'name="topic" type="checkbox" value="maternity" checked' in html
    assert 'method="get"' in html
    assert "You chose" in html
    assert 'href="/en/learning/?format=workshop&amp;topic=maternity"' in html  # removes "Video"
    assert 'href="/en/learning/?format=video&amp;format=workshop"' in html  # removes the topic
    assert "2 programmes and modules" in html


@pytest.mark.django_db
def test_nothing_matches_says_what_to_try(client, catalogue):
    response = client.get(URL, {"q": "qwxzv"})
    html = response.content.decode()

    assert titles(response) == []
    assert "0 programmes and modules" in html
    assert "No programmes or modules match what you chose." in html
    assert '<a href="/en/learning/">Clear all filters and see all our learning</a>' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        {"topic": "no-such-topic"},
        {"audience": "martians"},
        {"format": ["video", "<script>"]},
        {"q": "x" * 500},
        {"q": "a\x00b"},
        {"page": "abc"},
        {"page": "-3"},
        {"page": "99999999999999999999"},
    ],
)
def test_bad_values_are_left_out_rather_than_failing(client, catalogue, query):
    response = client.get(URL, query)

    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("</header>")[-1]


@pytest.mark.django_db
def test_a_bad_value_does_not_throw_away_the_good_ones(client, catalogue):
    assert titles(client.get(URL, {"format": ["video", "hologram"], "topic": "nope"})) == ["Feeding support"]


@pytest.mark.django_db
def test_results_are_paginated_ten_at_a_time_keeping_the_filters(client, home_page):
    index = learning_index(home_page)
    prog = set_facets(programme(index, "Long course"), topics=["cancer"])
    for number in range(1, 12):
        set_facets(module(prog, f"Part {number:02}"), topics=["cancer"])

    first = client.get(URL, {"topic": "cancer"})
    second = client.get(URL, {"topic": "cancer", "page": "2"})
    beyond = client.get(URL, {"topic": "cancer", "page": "50"})

    assert len(titles(first)) == 10
    assert titles(second) == ["Part 10", "Part 11"]
    assert titles(beyond) == titles(second)  # past the end: the last page
    html = first.content.decode()
    assert "12 programmes and modules" in html
    assert re.search(r'href="\?topic=cancer&amp;page=2"|href="\?page=2&amp;topic=cancer"', html)
    assert "Page 2 of 2" in html


@pytest.mark.django_db
def test_only_live_public_pages_in_the_index_language_are_listed(client, catalogue):
    catalogue["feeding"].unpublish()
    PageViewRestriction.objects.create(page=catalogue["staff"], restriction_type=PageViewRestriction.LOGIN)
    translate(catalogue["maternity"], "pl")

    assert titles(client.get(URL)) == ["Maternity voices"]
    assert titles(client.get("/pl/learning/")) == ["Maternity voices"]
    assert client.get("/pl/learning/").context["results"][0].locale.language_code == "pl"


@pytest.mark.django_db
def test_the_filter_form_ignores_what_it_does_not_know():
    data = {"topic": ["maternity", "nope", "maternity"], "audience": "staff", "format": "", "q": "x" * 201}
    form = LearningFilterForm(as_querydict(data))

    assert form.choices["audience"] == ["staff"]
    assert form.choices["topic"] == ["maternity"]
    assert form.choices["format"] == []
    assert form.choices["q"] is None
    assert [str(tag.label) for tag in form.selected()] == ["Pregnancy and maternity", "Staff"]


def query_strings():
    filters = form_data(LearningFilterForm, data=None)
    page = st.fixed_dictionaries({}, optional={"page": st.one_of(st.integers(-5, 99).map(str), hostile_value())})
    extra = st.dictionaries(st.text(max_size=10), hostile_value(), max_size=2)
    return st.tuples(filters, page, extra).map(lambda parts: {**parts[2], **parts[0], **parts[1]})


@pytest.mark.django_db
@VIEW_FUZZ_SETTINGS
@given(query=query_strings())
def test_any_query_string_gives_a_page_never_a_server_error(client, catalogue, query):
    response = client.get(URL, query)

    assert response.status_code < 500, f"{response.status_code} for {query!r}"
    if response.status_code == 200:
        assert response.context["results"].paginator.count <= 4
