"""The site shell works by keyboard alone: skip link, main navigation, search, language switcher."""

from wagtail.models import Page

import pytest
from playwright.sync_api import expect

from sidebyside.testing.browser import tab_until

pytestmark = pytest.mark.browser

PHONE_VIEWPORT = {"width": 375, "height": 667}
NAV_LINKS = ".nhsuk-header__navigation-list > .nhsuk-header__navigation-item > a"


def a_page_title(language_code="en"):
    """The title of a page below the home page, to search for."""
    pages = Page.objects.live().filter(locale__language_code=language_code, depth__gt=2).order_by("path")
    return pages.first().title


def test_first_tab_focuses_a_visible_skip_link_that_moves_focus_to_main(demo_page):
    demo_page.goto("/en/")
    skip_link = demo_page.get_by_role("link", name="Skip to main content")
    assert skip_link.bounding_box()["height"] <= 1, "the skip link should stay hidden until focused"

    demo_page.keyboard.press("Tab")

    expect(skip_link).to_be_focused()
    box = skip_link.bounding_box()
    assert box["width"] > 50 and box["height"] > 20 and box["y"] >= 0, f"focused skip link not visible: {box}"

    demo_page.keyboard.press("Enter")

    expect(demo_page.locator("main#maincontent")).to_be_focused()


def test_tab_reaches_the_main_navigation_in_order_and_enter_follows_a_link(demo_page):
    demo_page.goto("/en/")
    links = demo_page.locator(NAV_LINKS)
    hrefs = [link.get_attribute("href") for link in links.all()]
    assert len(hrefs) >= 3, "the demo main menu should have a few links"

    focus_path = tab_until(demo_page, links.last)

    reached = [step["href"] for step in focus_path if step["href"] in hrefs]
    assert reached == hrefs, f"the menu links were focused in the order {reached}, expected {hrefs}"

    demo_page.goto("/en/")
    second = links.nth(1)
    label = second.inner_text().strip()
    tab_until(demo_page, second)
    demo_page.keyboard.press("Enter")

    demo_page.wait_for_url(f"**{hrefs[1]}")
    expect(demo_page.locator("h1")).to_have_text(label)


def test_header_search_works_by_keyboard(demo_page):
    query = a_page_title()
    demo_page.goto("/en/")

    tab_until(demo_page, demo_page.locator("#search-field"))
    demo_page.keyboard.type(query)
    demo_page.keyboard.press("Enter")

    demo_page.wait_for_url("**/en/search/?q=*")
    expect(demo_page.locator("h1")).to_have_text("Search")
    expect(demo_page.locator(".sbs-search-results")).to_contain_text(query)


def test_language_switcher_leads_to_the_arabic_page_by_keyboard(demo_page):
    demo_page.goto("/en/")

    tab_until(demo_page, demo_page.locator('.sbs-language-switcher a[hreflang="ar"]'))
    demo_page.keyboard.press("Enter")

    demo_page.wait_for_url("**/ar/")
    expect(demo_page.locator("html")).to_have_attribute("dir", "rtl")
    expect(demo_page.locator("html")).to_have_attribute("lang", "ar")


def test_on_a_phone_the_menu_folds_into_more_and_works_by_keyboard(demo_page):
    demo_page.set_viewport_size(PHONE_VIEWPORT)
    demo_page.goto("/en/")
    more = demo_page.locator(".nhsuk-header__menu-toggle")
    expect(more).to_be_visible()
    expect(more).to_have_attribute("aria-expanded", "false")

    tab_until(demo_page, more)
    demo_page.keyboard.press("Enter")

    expect(more).to_have_attribute("aria-expanded", "true")
    folded_link = demo_page.locator(".nhsuk-header__menu-list a").last
    expect(folded_link).to_be_visible()
    href = folded_link.get_attribute("href")
    tab_until(demo_page, folded_link)
    demo_page.keyboard.press("Enter")

    demo_page.wait_for_url(f"**{href}")
