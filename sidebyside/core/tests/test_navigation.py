"""Chosen pages turned into links in the reader's language, in one query."""

from django.test import RequestFactory
from django.utils import translation

from wagtail.models import Locale, Site

import pytest

from home.tests.factories import StandardPageFactory
from sidebyside.core.models import MenuItem
from sidebyside.core.navigation import localize_pages, localized_choices, page_links, site_navigation
from sidebyside.core.tests.factories import navigation

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home_page):
    return [StandardPageFactory(parent=home_page, title=f"Page {n}", slug=f"page-{n}") for n in range(4)]


def polish_copy(page, title):
    copy = page.copy_for_translation(Locale.objects.get(language_code="pl"), copy_parents=True)
    copy.title = title
    copy.save_revision().publish()
    return copy


def titles(pages):
    return [page.title for page in pages]


def test_lists_of_ids_keep_their_order_and_drop_drafts(pages, django_assert_num_queries):
    pages[1].unpublish()
    with translation.override("en"), django_assert_num_queries(1):
        chosen = localized_choices(first=[pages[3].pk, pages[1].pk, None, pages[0].pk], second=[pages[2].pk], empty=[])
    assert titles(chosen["first"]) == ["Page 3", "Page 0"]
    assert titles(chosen["second"]) == ["Page 2"]
    assert chosen["empty"] == []


def test_querysets_of_rows_follow_their_sort_order(pages, django_assert_num_queries):
    navigation(menu=[pages[2], pages[0], pages[1]])
    rows = MenuItem.objects.filter(settings__site=Site.objects.get(is_default_site=True))
    with translation.override("en"), django_assert_num_queries(1):
        chosen = localized_choices(menu=rows)
    assert titles(chosen["menu"]) == ["Page 2", "Page 0", "Page 1"]


def test_translations_replace_chosen_pages_in_the_readers_language(home_page, pages):
    polish_copy(home_page, "Strona główna")
    polish_copy(pages[1], "Strona 1")
    chosen_ids = [pages[0].pk, pages[1].pk]
    with translation.override("pl"):
        assert titles(localize_pages([pages[0], pages[1]])) == ["Page 0", "Strona 1"]
    with translation.override("en"):
        assert titles(localized_choices(links=chosen_ids)["links"]) == ["Page 0", "Page 1"]


def test_a_draft_translation_is_not_used(home_page, pages):
    draft = pages[0].copy_for_translation(Locale.objects.get(language_code="pl"), copy_parents=True)
    draft.title = "Szkic"
    draft.save_revision()
    with translation.override("pl"):
        assert titles(localize_pages([pages[0]])) == ["Page 0"]


def test_site_navigation_is_worked_out_once_per_request(pages, django_assert_num_queries):
    navigation(menu=[pages[0]], footer=[pages[1], pages[2]])
    request = RequestFactory().get("/en/")
    request._wagtail_site = Site.objects.get(is_default_site=True)
    with translation.override("en"), django_assert_num_queries(1):
        first = site_navigation(request)
        again = site_navigation(request)
    assert again is first
    assert titles(first["menu"]) == ["Page 0"]
    assert titles(first["footer"]) == ["Page 1", "Page 2"]


def test_page_links_mark_the_current_page_and_its_section(home_page, pages):
    child = StandardPageFactory(parent=pages[1], title="Child", slug="child")
    request = RequestFactory().get("/en/")
    with translation.override("en"):
        links = page_links([pages[0], pages[1]], request, current_page=child)
        assert [(link.label, link.url, link.current, link.active) for link in links] == [
            ("Page 0", "/en/page-0/", False, False),
            ("Page 1", "/en/page-1/", False, True),
        ]
        assert page_links([pages[1]], request, current_page=pages[1])[0].current
