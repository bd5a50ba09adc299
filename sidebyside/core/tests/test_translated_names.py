"""Names that wagtail-localize does not translate (organisations, the site's own name, event series): typed
in the admin in each language, shown to readers in theirs, and marked out of date when the English changes."""

from django.utils import translation

import pytest

from community.models import EventSeries
from community.tests.factories import EventIndexPageFactory, EventPageFactory
from opportunities.tests.factories import OpportunityIndexPageFactory, OpportunityPageFactory
from sidebyside.core.models import Organisation, organisation_choices
from sidebyside.core.tests.factories import OrganisationFactory, site_settings
from sidebyside.core.translated_text import Progress, progress, progress_summary
from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.rendering import render_message, site_context
from sidebyside.testing.accounts import login_with_mfa
from sidebyside.testing.localize import publish_translation as translate

pytestmark = pytest.mark.django_db

CARERS = "Weir Valley Carers Network"
CARERS_PL = "Sieć Opiekunów Weir Valley"


@pytest.fixture
def admin_client(client, django_user_model):
    login_with_mfa(client, django_user_model.objects.create_superuser("admin", "admin@example.org", "pw"))
    return client


def edit_organisation(client, organisation, **fields):
    data = {"name": organisation.name, "short_name": organisation.short_name, "website": ""}
    data.update({"name_pl": "", "name_ar": "", "short_name_pl": "", "short_name_ar": ""})
    data.update(fields)
    response = client.post(f"/admin/snippets/core/organisation/edit/{organisation.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Organisation.objects.get(pk=organisation.pk)


def test_administrators_name_an_organisation_in_other_languages(admin_client):
    organisation = OrganisationFactory(name=CARERS, short_name="Carers Network")

    saved = edit_organisation(admin_client, organisation, name_pl=f"  {CARERS_PL} ", short_name_pl="Sieć Opiekunów")

    assert saved.name_translations == {"pl": CARERS_PL}
    assert saved.short_name_translations == {"pl": "Sieć Opiekunów"}
    assert saved.name_in("pl") == (CARERS_PL, "pl")
    assert saved.name_in("ar") == (CARERS, "en")
    listing = admin_client.get("/admin/snippets/core/organisation/").content.decode()
    assert "Polish: translated · Arabic: not translated" in listing


def test_a_translation_is_out_of_date_once_the_english_changes_until_it_is_changed_or_confirmed(admin_client):
    organisation = OrganisationFactory(name=CARERS, short_name="")
    organisation = edit_organisation(admin_client, organisation, name_pl=CARERS_PL)
    assert progress(organisation, "name", "pl") == Progress.DONE

    renamed = edit_organisation(admin_client, organisation, name="Weir Valley Carers Alliance", name_pl=CARERS_PL)

    assert progress(renamed, "name", "pl") == Progress.OUT_OF_DATE
    assert renamed.name_in("pl") == (CARERS_PL, "pl")  # still shown: better than nothing until it is checked
    form = admin_client.get(f"/admin/snippets/core/organisation/edit/{organisation.pk}/").content.decode()
    assert "Out of date: this was translated from “Weir Valley Carers Network”" in form
    assert "Polish: out of date" in admin_client.get("/admin/snippets/core/organisation/").content.decode()

    resaved = edit_organisation(admin_client, renamed, name_pl=CARERS_PL)
    assert progress(resaved, "name", "pl") == Progress.OUT_OF_DATE  # saving again is not checking it

    confirmed = edit_organisation(admin_client, resaved, name_pl=CARERS_PL, translations_checked="on")
    assert progress(confirmed, "name", "pl") == Progress.DONE

    renamed_again = edit_organisation(admin_client, confirmed, name=CARERS, name_pl=CARERS_PL)
    assert progress(renamed_again, "name", "pl") == Progress.OUT_OF_DATE
    retranslated = edit_organisation(admin_client, renamed_again, name_pl="Sieć Opiekunek i Opiekunów")
    assert progress(retranslated, "name", "pl") == Progress.DONE


def test_emptying_a_translation_forgets_what_it_was_made_from(admin_client):
    organisation = edit_organisation(admin_client, OrganisationFactory(name=CARERS), name_pl=CARERS_PL)

    emptied = edit_organisation(admin_client, organisation, name_pl="")

    assert emptied.name_translations == {}
    assert emptied.translation_sources["name"] == {}
    assert progress(emptied, "name", "pl") == Progress.MISSING


def test_the_summary_shows_the_least_finished_field_for_each_language():
    organisation = OrganisationFactory(
        name=CARERS,
        short_name="Carers Network",
        name_translations={"pl": CARERS_PL, "ar": "شبكة مقدّمي الرعاية"},
        short_name_translations={"pl": "Sieć Opiekunów"},
        translation_sources={"name": {"pl": "An older name"}},
    )

    assert progress_summary(organisation, ("name", "short_name")) == "Polish: out of date · Arabic: not translated"


def test_readers_see_the_organisation_in_their_language_on_pages_cards_and_filters(client, home_page):
    organisation = OrganisationFactory(name=CARERS, name_translations={"pl": CARERS_PL})
    index = OpportunityIndexPageFactory(parent=home_page)
    page = OpportunityPageFactory(parent=index, organisation=organisation)
    polish_index = translate(index, "pl", "Zaangażuj się")
    polish_page = translate(page, "pl", "Partner")
    arabic_index = translate(index, "ar", "شارك")
    translate(page, "ar", "شريك")

    polish = client.get(polish_page.url).content.decode()
    listing = client.get(polish_index.url)
    arabic_listing = client.get(arabic_index.url)

    assert (
        f'lang="pl"><a href="{organisation.website}">{CARERS_PL}</a>' in polish or f'lang="pl">{CARERS_PL}' in polish
    )
    assert f'<dd class="nhsuk-summary-list__value" lang="pl">{CARERS_PL}</dd>' in listing.content.decode()
    assert dict(listing.context["filter_form"].fields["organisation"].choices)[organisation.pk] == CARERS_PL
    assert f'<dd class="nhsuk-summary-list__value" lang="en">{CARERS}</dd>' in arabic_listing.content.decode()


def test_organisation_filter_choices_follow_the_translated_names_order(rf, home_page):
    index = OpportunityIndexPageFactory(parent=home_page)
    first = OrganisationFactory(name="Alder Trust", name_translations={"pl": "Zakład Alder"})
    second = OrganisationFactory(name="Yew Trust", name_translations={"pl": "Bukowy Zakład"})
    for organisation in (first, second):
        OpportunityPageFactory(parent=index, organisation=organisation)
    polish_index = translate(index, "pl", "Zaangażuj się")
    for page in index.get_children().specific():
        translate(page, "pl", f"Rola {page.pk}")

    with translation.override("pl"):
        assert organisation_choices("opportunities", polish_index) == [
            (second.pk, "Bukowy Zakład"),
            (first.pk, "Zakład Alder"),
        ]
    with translation.override("en"):
        assert [name for _pk, name in organisation_choices("opportunities", index)] == ["Alder Trust", "Yew Trust"]


def test_an_event_series_is_described_in_the_readers_language(client, home_page):
    series = EventSeries.objects.create(
        name="Leaving hospital: improvement sprints",
        description="The same morning sprint in two towns.",
        name_translations={"pl": "Wyjście ze szpitala: sprinty usprawnień"},
        description_translations={"pl": "Ten sam poranny sprint w dwóch miastach."},
    )
    index = EventIndexPageFactory(parent=home_page)
    event = EventPageFactory(parent=index, series=series)
    translate(index, "pl", "Wydarzenia")
    polish_event = translate(event, "pl", "Sprint")
    translate(index, "ar", "الفعاليات")
    arabic_event = translate(event, "ar", "جلسة")

    polish = client.get(polish_event.url).content.decode()
    arabic = client.get(arabic_event.url).content.decode()

    assert "Wyjście ze szpitala: sprinty usprawnień" in polish
    assert '<p lang="pl">Ten sam poranny sprint w dwóch miastach.</p>' in polish
    assert '<p lang="en">The same morning sprint in two towns.</p>' in arabic


def test_the_sites_own_name_follows_the_reader_in_the_header_the_title_and_emails(client, home_page):
    site_settings(organisation_name="Side by Side", organisation_name_translations={"pl": "Ramię w ramię"})
    polish_home = translate(home_page, "pl", "Strona główna")

    polish = client.get(polish_home.url).content.decode()
    english = client.get(home_page.url).content.decode()

    assert '<span class="nhsuk-header__service-name" lang="pl">Ramię w ramię</span>' in polish
    assert "– Ramię w ramię</title>" in polish or "Ramię w ramię</title>" in polish
    assert '<span class="nhsuk-header__service-name" lang="en">Side by Side</span>' in english

    site = site_context()
    polish_subject, polish_text, polish_html = render_message(login_code("pl"), site)
    english_subject, english_text, _html = render_message(login_code("en"), site)
    assert "Ramię w ramię" in polish_subject and "Ramię w ramię" in polish_text and "Ramię w ramię" in polish_html
    assert "Side by Side" in english_subject and "Ramię w ramię" not in english_text


def login_code(language):
    return OutboxMessage(template="account/login_code", language=language, context={"code": "ABC123"})
