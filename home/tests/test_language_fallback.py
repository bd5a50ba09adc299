"""A page not yet translated is shown in the default language under the reader's language, with a notice;
search engines are told about each language a page exists in."""

import pytest

from home.tests.factories import StandardPageFactory
from sidebyside.testing.localize import publish_translation as translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_only(home_page):
    page = StandardPageFactory(parent=home_page, title="How we use your feedback", slug="feedback-use")
    translate(home_page, "pl", "Strona główna")
    return page


def test_an_untranslated_page_is_shown_in_english_with_a_notice_in_polish(client, english_only):
    response = client.get("/pl/feedback-use/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="pl"' in html
    assert '<main class="nhsuk-main-wrapper" id="maincontent" tabindex="-1" lang="en" dir="ltr">' in html
    assert "How we use your feedback" in html
    assert 'class="nhsuk-inset-text sbs-untranslated-notice" lang="pl" dir="ltr"' in html
    assert response.context["request"].untranslated_page_language == "en"
    assert '<link rel="canonical" href="http://localhost/en/feedback-use/">' in html
    # The switcher offers the page at its own address.
    assert 'href="/en/feedback-use/" lang="en" hreflang="en"' in html


def test_the_notice_is_right_to_left_in_arabic(client, english_only):
    translate(english_only.get_parent().specific, "ar", "الرئيسية")

    html = client.get("/ar/feedback-use/").content.decode()

    assert 'class="nhsuk-inset-text sbs-untranslated-notice" lang="ar" dir="rtl"' in html
    assert 'lang="en" dir="ltr"' in html


def test_a_translated_page_is_served_in_its_language_without_a_notice(client, english_only):
    translate(english_only, "pl", "Jak wykorzystujemy opinie")

    html = client.get("/pl/feedback-use/").content.decode()

    assert "Jak wykorzystujemy opinie" in html
    assert "sbs-untranslated-notice" not in html
    assert 'rel="canonical"' not in html


def test_an_address_that_exists_in_no_language_is_still_not_found(client, english_only):
    assert client.get("/pl/no-such-page/").status_code == 404
    assert client.get("/en/no-such-page/").status_code == 404


def test_a_draft_english_page_is_not_shown_through_the_fallback(client, english_only):
    english_only.unpublish()

    assert client.get("/pl/feedback-use/").status_code == 404


def test_hreflang_alternates_list_every_language_the_page_exists_in(client, english_only):
    translate(english_only, "pl", "Jak wykorzystujemy opinie")

    html = client.get("/en/feedback-use/").content.decode()

    assert '<link rel="alternate" hreflang="en" href="http://localhost/en/feedback-use/">' in html
    assert '<link rel="alternate" hreflang="pl" href="http://localhost/pl/feedback-use/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://localhost/en/feedback-use/">' in html
    assert 'hreflang="ar" href' not in html


def test_a_page_in_one_language_has_no_alternates(client, english_only):
    html = client.get("/en/feedback-use/").content.decode()

    assert 'rel="alternate"' not in html
