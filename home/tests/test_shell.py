"""The site shell every public page shares: header, navigation, breadcrumbs, languages, footer, errors."""

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import path
from django.utils import translation

from wagtail.models import Site

import pytest

from home.tests.factories import StandardPageFactory
from sidebyside import urls as project_urls
from sidebyside.core.models import SiteSettings
from sidebyside.core.tests.factories import navigation, site_settings
from sidebyside.core.views import server_error
from sidebyside.testing.accounts import login_with_mfa
from sidebyside.testing.localize import publish_translation as translate

pytestmark = pytest.mark.django_db

MAIN_MENU = '<nav class="nhsuk-header__navigation"'


@pytest.fixture
def about(home_page):
    return StandardPageFactory(parent=home_page, title="About us", slug="about")


@pytest.fixture
def team(about):
    return StandardPageFactory(parent=about, title="Our team", slug="team")


def html(response):
    return response.content.decode()


def section(body, start, end):
    return body.split(start, 1)[1].split(end, 1)[0]


def test_skip_link_and_site_name_in_the_header(client, home_page):
    site_settings(organisation_name="North Trust Involvement")
    body = html(client.get("/en/"))
    assert (
        '<a class="nhsuk-skip-link" data-module="nhsuk-skip-link" href="#maincontent">Skip to main content</a>' in body
    )
    assert 'id="maincontent"' in body
    header = section(body, '<header class="nhsuk-header"', "</header>")
    assert '<span class="nhsuk-header__service-name" lang="en">North Trust Involvement</span>' in header


def test_main_navigation_follows_the_menu_and_the_readers_language(client, home_page, about, team):
    contact = StandardPageFactory(parent=home_page, title="Contact us", slug="contact")
    navigation(menu=[contact, about])
    translate(about, "pl", "O nas")

    english_menu = section(html(client.get("/en/about/team/")), MAIN_MENU, "</nav>")
    assert english_menu.index("Contact us") < english_menu.index("About us")
    # The reader is inside the About section, so its link is marked as the current section.
    assert 'href="/en/about/" aria-current="true"' in english_menu

    polish_menu = section(html(client.get("/pl/")), MAIN_MENU, "</nav>")
    assert 'href="/pl/about/"' in polish_menu and "O nas" in polish_menu
    assert "Contact us" in polish_menu  # no Polish translation yet: the English page stands in


def test_breadcrumbs_on_nested_pages_not_on_home(client, home_page, team):
    assert "nhsuk-breadcrumb" not in html(client.get("/en/"))
    crumbs = section(html(client.get("/en/about/team/")), '<nav class="nhsuk-breadcrumb"', "</nav>")
    assert '<a class="nhsuk-breadcrumb__link" href="/en/">Side by Side</a>' in crumbs
    assert '<a class="nhsuk-breadcrumb__link" href="/en/about/">About us</a>' in crumbs
    assert "Our team" not in crumbs.split('class="nhsuk-breadcrumb__back"')[0]


def test_language_switcher_lists_only_languages_the_page_exists_in(client, home_page, about):
    translate(about, "ar", "من نحن")
    switcher = section(html(client.get("/en/about/")), 'class="sbs-language-switcher"', "</nav>")
    assert 'href="/ar/about/" lang="ar" hreflang="ar">العربية</a>' in switcher
    assert "Polski" not in switcher
    assert 'hreflang="en"' not in switcher  # not the language being read

    arabic_switcher = section(html(client.get("/ar/about/")), 'class="sbs-language-switcher"', "</nav>")
    assert 'href="/en/about/" lang="en" hreflang="en">English</a>' in arabic_switcher


def test_footer_links_text_contact_and_social_links(client, home_page, about):
    privacy = StandardPageFactory(parent=home_page, title="Privacy notice", slug="privacy")
    navigation(footer=[privacy, about])
    site_settings(
        footer_text="Run by patients and staff together.",
        contact_email="involve@example.org",
        contact_phone="0300 123 4567",
        social_links=[("youtube", "https://video.example/sbs"), ("other", "https://blog.example/")],
    )
    footer = section(html(client.get("/en/")), '<footer class="nhsuk-footer"', "</footer>")
    assert footer.index('href="/en/privacy/">Privacy notice</a>') < footer.index('href="/en/about/">About us</a>')
    assert "Run by patients and staff together." in footer
    assert 'href="mailto:involve@example.org">involve@example.org</a>' in footer
    assert 'href="tel:03001234567">0300 123 4567</a>' in footer
    assert 'href="https://video.example/sbs">YouTube</a>' in footer
    assert 'href="https://blog.example/">Other</a>' in footer


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("pl", "ltr"), ("ar", "rtl")])
def test_html_element_carries_language_and_direction(client, home_page, language, direction):
    response = client.get(f"/{language}/search/")
    assert f'<html lang="{language}" dir="{direction}"' in html(response)


def test_root_redirects_to_english(client, home_page):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


@pytest.mark.parametrize("url", ["/en/", "/en/about/", "/ar/about/", "/en/search/?q=about", "/en/missing/"])
def test_anonymous_visits_set_no_cookies(client, home_page, about, url):
    translate(about, "ar", "من نحن")
    response = client.get(url)
    assert response.status_code in (200, 404)
    assert response.cookies == {}
    assert "Set-Cookie" not in response.headers


def test_unknown_address_uses_our_404_page(client, home_page):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    body = html(response)
    assert "<h1>Page not found</h1>" in body
    assert 'class="nhsuk-header"' in body and 'class="nhsuk-footer"' in body


def test_404_page_is_translated(client, home_page, settings):
    with translation.override("pl"):
        expected = translation.gettext("Page not found")
    response = client.get("/pl/no-such-page/")
    assert response.status_code == 404
    assert '<html lang="pl"' in html(response)
    assert f"<h1>{expected}</h1>" in html(response)


def test_server_error_page_needs_no_database(home_page):
    request = RequestFactory().get("/en/")
    with CaptureQueriesContext(connection) as queries, translation.override("en"):
        response = server_error(request)
    assert response.status_code == 500
    assert len(queries) == 0
    body = response.content.decode()
    assert "Sorry, there is a problem with the service" in body
    assert 'class="nhsuk-header"' in body


def broken_view(request):
    raise RuntimeError("something went wrong")


urlpatterns = [path("boom/", broken_view), *project_urls.urlpatterns]
handler404 = project_urls.handler404
handler500 = project_urls.handler500


def test_an_exception_in_a_view_shows_our_500_page(client, settings):
    settings.ROOT_URLCONF = __name__
    client.raise_request_exception = False
    with translation.override("en"):
        response = client.get("/boom/")
    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in html(response)


def test_the_footer_text_is_shown_in_the_readers_language_where_translated(client, home_page):
    translate(home_page, "pl", "Strona główna")
    translate(home_page, "ar", "الرئيسية")
    site_settings(
        footer_text="Run by patients and staff together.",
        footer_text_translations={"pl": "Prowadzona wspólnie przez pacjentów i personel."},
    )

    english = section(html(client.get("/en/")), '<footer class="nhsuk-footer"', "</footer>")
    polish = section(html(client.get("/pl/")), '<footer class="nhsuk-footer"', "</footer>")
    arabic = section(html(client.get("/ar/")), '<footer class="nhsuk-footer"', "</footer>")

    assert '<p class="nhsuk-body-s" lang="en" dir="auto">Run by patients and staff together.</p>' in english
    assert '<p class="nhsuk-body-s" lang="pl" dir="auto">Prowadzona wspólnie przez pacjentów i personel.</p>' in polish
    # Not translated into Arabic: the English text, marked as English.
    assert '<p class="nhsuk-body-s" lang="en" dir="auto">Run by patients and staff together.</p>' in arabic


def test_administrators_translate_the_footer_text_in_site_settings(client, home_page, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    login_with_mfa(client, admin)
    site_settings(footer_text="Run by patients and staff together.")
    url = f"/admin/settings/core/sitesettings/{Site.objects.get(is_default_site=True).pk}/"

    form = client.get(url).content.decode()
    assert 'name="footer_text_pl"' in form and 'name="footer_text_ar"' in form

    data = {
        "organisation_name": "Side by Side",
        "contact_email": "",
        "contact_phone": "",
        "footer_text": "Run by patients and staff together.",
        "footer_text_pl": "  Prowadzona wspólnie.  ",
        "footer_text_ar": "",
        "social_links-TOTAL_FORMS": "0",
        "social_links-INITIAL_FORMS": "0",
        "social_links-MIN_NUM_FORMS": "0",
        "social_links-MAX_NUM_FORMS": "1000",
    }
    response = client.post(url, data)

    assert response.status_code == 302
    assert SiteSettings.for_site(Site.objects.get(is_default_site=True)).footer_text_translations == {
        "pl": "Prowadzona wspólnie."
    }


def test_a_contact_persons_role_is_shown_in_the_readers_language_where_translated(client, home_page):
    from opportunities.tests.factories import OpportunityIndexPageFactory, OpportunityPageFactory
    from sidebyside.core.tests.factories import ContactPersonFactory

    contact = ContactPersonFactory(
        name="Priya Shah", role="Patient involvement lead", role_translations={"pl": "Koordynatorka"}
    )
    index = OpportunityIndexPageFactory(parent=home_page)
    page = OpportunityPageFactory(parent=index, contact=contact)
    page.save_revision().publish()
    translate(index, "pl", "Możliwości")
    polish = translate(page, "pl", "Partner")

    english_html = html(client.get(page.url))
    polish_html = html(client.get(polish.url))

    assert 'Priya Shah, <span lang="en">Patient involvement lead</span>' in english_html
    assert 'Priya Shah, <span lang="pl">Koordynatorka</span>' in polish_html


def test_administrators_give_a_contact_person_their_role_in_each_language(client, django_user_model):
    from sidebyside.core.models import ContactPerson
    from sidebyside.core.tests.factories import ContactPersonFactory

    contact = ContactPersonFactory(name="Priya Shah", role="Patient involvement lead")
    login_with_mfa(client, django_user_model.objects.create_superuser("admin", "admin@example.org", "pw"))
    url = f"/admin/snippets/core/contactperson/edit/{contact.pk}/"
    assert 'name="role_ar"' in client.get(url).content.decode()

    data = {"name": "Priya Shah", "role": "Patient involvement lead", "role_pl": "Koordynatorka", "role_ar": ""}
    data.update({"organisation": "", "email": "", "phone": ""})
    response = client.post(url, data)

    assert response.status_code == 302
    assert ContactPerson.objects.get(pk=contact.pk).role_translations == {"pl": "Koordynatorka"}
