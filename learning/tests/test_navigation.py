"""Previous and next links between the modules of a programme: in module order, live modules only, and
always in the language of the page."""

import re

import pytest

from learning.tests.learning_pages import learning_index, module, programme, programme_with_modules, translate


def neighbours(client, page):
    """(previous title, next title) from the module's NHS.UK pagination, None where there is no link."""
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    nav = re.search(r'<nav class="nhsuk-pagination sbs-module__pagination".*?</nav>', html, re.S)
    if nav is None:
        return None, None

    def link(kind):
        found = re.search(
            rf'<a class="nhsuk-pagination__link nhsuk-pagination__link--{kind}" href="([^"]+)".*?'
            r'<span class="nhsuk-pagination__page">([^<]+)</span>',
            nav.group(0),
            re.S,
        )
        return (found.group(2), found.group(1)) if found else None

    return link("prev"), link("next")


@pytest.fixture
def course(home_page):
    return programme_with_modules(home_page, count=4)


@pytest.mark.django_db
def test_the_first_module_links_only_to_the_next(client, course):
    _prog, modules = course

    assert neighbours(client, modules[0]) == (None, ("Module 2", modules[1].url))


@pytest.mark.django_db
def test_a_middle_module_links_both_ways(client, course):
    _prog, modules = course

    assert neighbours(client, modules[1]) == (("Module 1", modules[0].url), ("Module 3", modules[2].url))


@pytest.mark.django_db
def test_the_last_module_links_only_to_the_previous(client, course):
    _prog, modules = course

    assert neighbours(client, modules[3]) == (("Module 3", modules[2].url), None)


@pytest.mark.django_db
def test_the_links_are_labelled_for_screen_readers(client, course):
    html = client.get(course[1][1].url).content.decode()

    assert 'aria-label="Modules in this programme"' in html
    assert "Previous module" in html
    assert "Next module" in html


@pytest.mark.django_db
def test_module_order_is_the_order_in_the_programme_not_the_title(client, home_page):
    prog = programme(learning_index(home_page))
    zebra = module(prog, "Zebra crossings")
    apples = module(prog, "Apples")
    zebra.move(apples, pos="right")  # editors reorder modules in the page explorer

    assert neighbours(client, apples)[1][0] == "Zebra crossings"
    assert neighbours(client, zebra.specific_class.objects.get(pk=zebra.pk))[0][0] == "Apples"


@pytest.mark.django_db
def test_an_unpublished_module_is_skipped(client, course):
    _prog, modules = course
    modules[1].unpublish()

    assert neighbours(client, modules[0])[1][0] == "Module 3"
    assert neighbours(client, modules[2])[0][0] == "Module 1"


@pytest.mark.django_db
def test_a_single_module_has_no_pagination(client, home_page):
    only = module(programme(learning_index(home_page)), "The only module")

    assert neighbours(client, only) == (None, None)


@pytest.mark.django_db
def test_a_translated_module_links_to_modules_in_its_own_language(client, course):
    _prog, modules = course
    polish = [translate(page, "pl") for page in modules[:2]]
    for page in polish:
        assert page.url.startswith("/pl/")

    previous, following = neighbours(client, polish[1])

    assert previous == ("Module 1", polish[0].url)
    assert following is None  # module 3 is not translated yet
    assert neighbours(client, modules[1])[0] == ("Module 1", modules[0].url)
