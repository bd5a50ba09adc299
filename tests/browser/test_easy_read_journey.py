"""Easy Read by keyboard alone, on the demo site, in English and Arabic: find opportunities with an Easy Read
version, open one, go to its Easy Read version and back; every page passes axe."""

import pytest
from playwright.sync_api import expect

from home.models import EasyReadPage
from opportunities.models import OpportunityIndexPage
from sidebyside.testing.browser import assert_no_axe_violations, tab_to_and_press, tab_until

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("code", ["en", "ar"])
def test_find_an_easy_read_version_and_come_back_by_keyboard(demo_page, code):
    index = OpportunityIndexPage.objects.live().get(locale__language_code=code)
    easy_read = EasyReadPage.objects.live().filter(locale__language_code=code, url_path__contains="/leaflet-").first()
    assert easy_read is not None, "the demo should have an Easy Read version of the leaflet readers group"
    opportunity = easy_read.get_parent().specific
    page = demo_page
    page.goto(index.url)

    # Tick "Has an Easy Read version" with the space bar and send the form.
    checkbox = page.locator("input[name=easy_read]")
    tab_until(page, checkbox, max_presses=150)
    page.keyboard.press("Space")
    expect(checkbox).to_be_checked()
    tab_to_and_press(page, page.locator(".sbs-opportunities__filters button[type=submit]"), max_presses=20)
    page.wait_for_url("**easy_read=on*")
    results = page.locator(".sbs-opportunity-card .nhsuk-card__link")
    expect(page.get_by_role("link", name=opportunity.title)).to_be_visible()
    assert_no_axe_violations(page)
    titles = [title.strip() for title in results.all_inner_texts()]
    assert titles == [opportunity.title], titles

    # Open the opportunity, then its Easy Read version: the link comes early on the page.
    tab_to_and_press(page, page.get_by_role("link", name=opportunity.title))
    page.wait_for_url(f"**{opportunity.url}")
    easy_read_link = page.locator(".sbs-easy-read-link__link")
    tab_to_and_press(page, easy_read_link, max_presses=40)
    page.wait_for_url(f"**{easy_read.url}")
    expect(page.get_by_role("heading", level=1)).to_have_text(easy_read.title)
    pictures = page.locator(".sbs-easy-read__picture")
    assert pictures.count() == 6
    assert all(alt for alt in pictures.evaluate_all("images => images.map(i => i.alt)"))
    assert_no_axe_violations(page)

    # And back to the full page.
    tab_to_and_press(page, page.locator(".sbs-easy-read-link__link"), max_presses=40)
    page.wait_for_url(f"**{opportunity.url}")
