"""Glossary terms in a real browser: a marked term opens its meaning by keyboard (Tab, Enter) and Escape
closes it; without JavaScript the term is a link to the A to Z page; axe finds nothing wrong in English or
Arabic, with the meaning shown or hidden."""

import pytest
from playwright.sync_api import expect

from learning.tests.glossary_builders import add_term, glossary_page, standard_page
from learning.tests.learning_pages import translate
from sidebyside.testing.browser import assert_no_axe_violations, focused_element, tab_until

pytestmark = pytest.mark.browser

MEANING = "Helps you with questions or worries about NHS care."


@pytest.fixture
def pages(home_page, django_db_serialized_rollback):
    a_to_z = glossary_page(home_page)
    add_term("PALS", "Patient Advice and Liaison Service", MEANING)
    add_term("ICB", "Integrated care board", "The local NHS body that plans and pays for services.")
    english = standard_page(
        home_page,
        ["<p>If something worries you, ask PALS. They can explain what the ICB does.</p>", "<p>PALS again.</p>"],
        title="Getting help",
        slug="getting-help",
        intro="Who to ask.",
    )
    arabic = translate(english, "ar")
    arabic.title = "الحصول على المساعدة"
    arabic.intro = "بمن تتصل."
    arabic.body = [
        ("rich_text", "<p>إذا كان هناك ما يقلقك، اسأل PALS. يمكنهم شرح الإحالة.</p>"),
    ]
    arabic.save_revision().publish()
    translate(a_to_z, "ar")
    add_term("PALS", "خدمة المشورة والاتصال للمرضى", "تساعدك في أسئلتك أو مخاوفك بشأن رعاية NHS.", language_code="ar")
    add_term("الإحالة", "", "عندما يطلب طبيب من مختص أن يراك.", language_code="ar")
    return english, arabic, a_to_z


def test_a_term_opens_and_closes_by_keyboard(page, pages):
    page.goto("/en/getting-help/")
    term = page.locator(".sbs-glossary__toggle").first
    panel = page.locator("#sbs-glossary-term-pals")
    expect(term).to_have_attribute("aria-expanded", "false")
    expect(term).to_have_attribute("aria-controls", "sbs-glossary-term-pals")
    expect(panel).to_be_hidden()
    assert page.locator(".sbs-glossary__toggle").count() == 2  # PALS and ICB, each once

    tab_until(page, term)
    page.keyboard.press("Enter")

    expect(term).to_have_attribute("aria-expanded", "true")
    expect(panel).to_be_visible()
    expect(panel).to_contain_text("Patient Advice and Liaison Service")
    expect(panel).to_contain_text(MEANING)

    page.keyboard.press("Tab")  # the next thing is the link to the A to Z, inside the meaning
    assert focused_element(page)["text"] == "See this in the A to Z of NHS words"

    page.keyboard.press("Escape")

    expect(term).to_have_attribute("aria-expanded", "false")
    expect(panel).to_be_hidden()
    expect(term).to_be_focused()

    page.keyboard.press("Space")
    expect(panel).to_be_visible()
    page.keyboard.press("Enter")
    expect(panel).to_be_hidden()


def test_the_term_is_read_as_a_button_with_its_name(page, pages):
    page.goto("/en/getting-help/")
    button = page.get_by_role("button", name="PALS (what this means)")
    expect(button).to_have_count(1)
    expect(button.locator("abbr")).to_have_attribute("title", "Patient Advice and Liaison Service")


def test_without_javascript_the_term_links_to_the_a_to_z(browser, live_server, pages):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto("/en/getting-help/")
        link = page.get_by_role("link", name="PALS (what this means)")
        expect(page.locator("#sbs-glossary-term-pals")).to_be_hidden()
        link.focus()
        page.keyboard.press("Enter")
        page.wait_for_url(f"**{pages[2].url}#term-pals")
        expect(page.locator("#term-pals")).to_contain_text(MEANING)
    finally:
        context.close()


def test_axe_finds_nothing_wrong_in_english_with_the_meaning_hidden_and_shown(page, pages):
    page.goto("/en/getting-help/")
    assert_no_axe_violations(page)
    page.locator(".sbs-glossary__toggle").first.click()
    expect(page.locator("#sbs-glossary-term-pals")).to_be_visible()
    assert_no_axe_violations(page)


def test_axe_finds_nothing_wrong_in_arabic(page, pages):
    _english, arabic, _a_to_z = pages
    page.goto(arabic.url)
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    toggles = page.locator(".sbs-glossary__toggle")
    expect(toggles).to_have_count(2)
    assert_no_axe_violations(page)
    tab_until(page, toggles.nth(1))
    page.keyboard.press("Enter")
    panel = page.locator("#" + toggles.nth(1).get_attribute("aria-controls"))
    expect(panel).to_contain_text("عندما يطلب طبيب من مختص أن يراك.")
    assert_no_axe_violations(page)
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()


def test_the_a_to_z_page_passes_axe_in_english_and_arabic(page, pages):
    page.goto(pages[2].url)
    expect(page.locator("#term-pals")).to_contain_text(MEANING)
    assert_no_axe_violations(page)
    page.goto("/ar" + pages[2].url.removeprefix("/en"))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator(".sbs-glossary-az__term")).to_have_count(2)
    assert_no_axe_violations(page)
