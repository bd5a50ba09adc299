"""Query budgets: the public pages render in a fixed, small number of queries however big the site grows.

Each request is measured with an empty cache (see sidebyside.testing.queries). The site is furnished
as an editor would leave it: menu, footer links, social links, hero link, steps and featured pages.
"""

from wagtail.models import Page

import pytest

from home.models import HomePageFeaturedEvent, HomePageFeaturedOpportunity
from home.tests.factories import StandardPageFactory
from sidebyside.core.tests.factories import navigation, site_settings
from sidebyside.testing.queries import assert_query_budget

HOME_BUDGET = 12
STANDARD_BUDGET = 14
SEARCH_BUDGET = 11


@pytest.fixture
def furnished_site(home_page):
    sections = [StandardPageFactory(parent=home_page, title=f"Section {n}", slug=f"section-{n}") for n in range(6)]
    navigation(menu=sections[:4], footer=sections[3:])
    site_settings(
        footer_text="Run by the involvement team.",
        contact_email="involvement@example.org",
        contact_phone="0300 000 0000",
        social_links=[("x", "https://x.example/sbs"), ("youtube", "https://youtube.example/sbs")],
    )
    home_page.hero_link_page = sections[0]
    home_page.hero_link_text = "Find a way to get involved"
    home_page.steps = [
        ("step", {"heading": f"Step {n}", "text": "Something to do.", "link_page": sections[n]}) for n in range(3)
    ]
    for order in range(3):
        HomePageFeaturedOpportunity.objects.create(home_page=home_page, page=sections[order], sort_order=order)
        HomePageFeaturedEvent.objects.create(home_page=home_page, page=sections[5 - order], sort_order=order)
    home_page.save_revision().publish()
    return sections


def grow_site(home_page, sections):
    """Add pages until the site holds `total` more: at the top level, under a menu section and deeper."""
    added = 0

    def grow(total):
        nonlocal added
        parents = [home_page, sections[0], sections[1]]
        while added < total:
            StandardPageFactory(parent=parents[added % 3], title=f"Grown page {added} about volunteering")
            added += 1

    return grow


def page_count():
    return Page.objects.count()


@pytest.mark.django_db
def test_home_page_query_budget_does_not_grow_with_content(client, home_page, furnished_site):
    before = page_count()
    queries = assert_query_budget(lambda: client.get("/en/"), HOME_BUDGET, grow=grow_site(home_page, furnished_site))
    assert page_count() == before + 200
    assert queries <= HOME_BUDGET


@pytest.mark.django_db
def test_home_page_in_another_language_stays_within_budget(client, home_page, furnished_site):
    home_page.copy_for_translation(locale=_locale("pl"), copy_parents=True).save_revision().publish()
    # Wagtail looks the Polish home page up from the English site root: one query more than in English.
    assert_query_budget(lambda: client.get("/pl/"), HOME_BUDGET + 1, grow=grow_site(home_page, furnished_site))


@pytest.mark.django_db
def test_standard_page_query_budget_does_not_grow_with_content(client, home_page, furnished_site):
    assert_query_budget(
        lambda: client.get("/en/section-2/"), STANDARD_BUDGET, grow=grow_site(home_page, furnished_site)
    )


@pytest.mark.django_db
def test_search_page_with_results_does_not_grow_with_content(
    client, home_page, furnished_site, django_capture_on_commit_callbacks
):
    grow_pages = grow_site(home_page, furnished_site)

    def grow(total):
        # New pages are indexed by a background job queued when the transaction commits.
        with django_capture_on_commit_callbacks(execute=True):
            grow_pages(total)

    grow(12)  # a full first page of results before the first measurement

    def fetch():
        response = client.get("/en/search/", {"q": "volunteering"})
        assert response.context["results"].paginator.count >= 10
        return response

    assert_query_budget(fetch, SEARCH_BUDGET, grow=grow)


def _locale(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)
