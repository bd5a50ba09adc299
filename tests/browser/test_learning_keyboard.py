"""Learning by keyboard alone, on the demo site: filter the index, open a programme, open a module, move
between modules with the previous and next links, and reach the print view."""

import pytest
from playwright.sync_api import expect

from learning.models import LearningIndexPage, ModulePage, ProgrammePage
from sidebyside.testing.browser import tab_to_and_press, tab_until

pytestmark = pytest.mark.browser


def printable_course():
    """The first printable programme of the English demo and its first two live modules."""
    programme = (
        ProgrammePage.objects.live().filter(locale__language_code="en", format_printable=True).order_by("path").first()
    )
    assert programme, "the demo should have a printable programme"
    modules = list(ModulePage.objects.live().child_of(programme).order_by("path")[:2])
    assert len(modules) == 2, "the printable demo programme should have at least two modules"
    return programme, modules


def test_filter_open_a_programme_and_its_modules_and_print_by_keyboard(demo_page):
    index = LearningIndexPage.objects.live().get(locale__language_code="en")
    programme, (first, second) = printable_course()
    page = demo_page
    page.goto(index.url)

    # Filter: tick "Printable" with the space bar and send the form with Enter.
    tab_until(page, page.locator("input[name=format][value=printable]"), max_presses=120)
    page.keyboard.press("Space")
    expect(page.locator("input[name=format][value=printable]")).to_be_checked()
    tab_to_and_press(page, page.locator(".sbs-learning__filters button[type=submit]"), max_presses=40)
    page.wait_for_url("**/learning/?*format=printable*")
    expect(page.locator(".sbs-selected-filters")).to_contain_text("Printable")

    # Open the programme from the results.
    tab_to_and_press(page, page.locator(f'.sbs-learning__list a[href="{programme.url}"]'))
    page.wait_for_url(f"**{programme.url}")
    expect(page.locator("h1")).to_have_text(programme.title)

    # Open its first module.
    tab_to_and_press(page, page.locator(f'.sbs-programme__modules a[href="{first.url}"]'))
    page.wait_for_url(f"**{first.url}")
    expect(page.locator("h1")).to_have_text(first.title)

    # Next module, then back with previous module.
    tab_to_and_press(page, page.locator(".sbs-module__pagination a[rel=next]"))
    page.wait_for_url(f"**{second.url}")
    expect(page.locator("h1")).to_have_text(second.title)
    tab_to_and_press(page, page.locator(".sbs-module__pagination a[rel=prev]"))
    page.wait_for_url(f"**{first.url}")

    # The print view: the whole module, and a print button the keyboard reaches.
    tab_to_and_press(page, page.locator(".sbs-module__print-link a"))
    page.wait_for_url(f"**/learning/modules/{first.pk}/print/")
    expect(page.locator("h1")).to_have_text(first.title)
    expect(page.locator(".nhsuk-header")).to_have_count(0)
    button = page.get_by_role("button", name="Print this page")
    expect(button).to_be_visible()
    tab_until(page, button, max_presses=10)
    expect(button).to_be_focused()
