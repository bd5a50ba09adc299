"""The editors' report of abbreviations that pages use but the glossary does not explain, the glossary
snippet in the admin, and who may see and change them."""

from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from learning.models import GlossaryTerm
from learning.reports import abbreviations, pages_with_unknown_abbreviations
from learning.tests.glossary_builders import add_term, add_terms, standard_page
from learning.tests.learning_pages import translate
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.testing.accounts import login_with_mfa

REPORT_URL = "/admin/reports/glossary/"


def test_abbreviations_are_runs_of_two_or_more_capitals_with_an_optional_plural():
    text = "The NHS and 42 ICBs work with PALS. A GP, an ICB, I, Ok, SOMEthing, NHS-funded, CQC's view."
    assert abbreviations(text) == ["NHS", "ICB", "PALS", "GP", "CQC"]


@pytest.fixture
def pages(home_page):
    add_terms()
    known = standard_page(home_page, ["<p>Ask PALS or the ICBs.</p>"], title="All explained", intro="")
    unknown = standard_page(
        home_page,
        ["<p>The <b>CQC</b> inspects; ask PALS.</p>", "<ul><li>NHS England</li></ul>"],
        title="Some unexplained",
        intro="How the NHS works.",
    )
    return known, unknown


@pytest.mark.django_db
def test_the_report_lists_pages_with_abbreviations_not_in_their_languages_glossary(pages):
    known, unknown = pages
    arabic = translate(unknown, "ar")
    add_term("CQC", "لجنة جودة الرعاية", "تفتش الخدمات الصحية.", language_code="ar")
    rows = {(row.page.pk, row.language): row.abbreviations for row in pages_with_unknown_abbreviations()}
    assert rows[(unknown.pk, "en")] == ["NHS", "CQC"]
    assert rows[(arabic.pk, "ar")] == ["NHS", "PALS"]  # the Arabic glossary has CQC but not PALS
    assert (known.pk, "en") not in rows


@pytest.mark.django_db
def test_draft_pages_are_not_in_the_report(pages):
    _known, unknown = pages
    unknown.unpublish()
    assert unknown.pk not in [row.page.pk for row in pages_with_unknown_abbreviations()]


def staff_client(client, *groups):
    login_with_mfa(client, MemberFactory(groups=list(groups)))
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_and_moderators_see_the_report(client, pages, group):
    response = staff_client(client, group).get(REPORT_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Abbreviations not in the glossary" in html
    assert "Some unexplained" in html and "NHS, CQC" in html
    assert "All explained" not in html
    assert reverse("wagtailadmin_pages:edit", args=[pages[1].pk]) in html


@pytest.mark.django_db
def test_the_report_downloads_as_a_spreadsheet(client, pages):
    response = staff_client(client, "Editors").get(REPORT_URL, {"export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert 'Some unexplained,en,"NHS, CQC"' in content


@pytest.mark.django_db
def test_the_public_cannot_see_the_report(client, pages):
    response = client.get(REPORT_URL)
    assert response.status_code == 302 and "/login/" in response["Location"]
    member = staff_client(client)
    response = member.get(REPORT_URL)
    assert response.status_code in (302, 403)
    assert "Some unexplained" not in response.content.decode()


@pytest.mark.django_db
def test_the_report_is_in_the_reports_menu_for_editors(client, pages):
    html = staff_client(client, "Editors").get("/admin/").content.decode()
    assert REPORT_URL in html


@pytest.mark.django_db
def test_who_may_change_glossary_terms():
    def codenames(group):
        return set(
            Group.objects.get(name=group)
            .permissions.filter(content_type__app_label="learning", codename__endswith="glossaryterm")
            .values_list("codename", flat=True)
        )

    manage = {"view_glossaryterm", "add_glossaryterm", "change_glossaryterm", "delete_glossaryterm"}
    # Terms go through the review workflow (learning/migrations/0004): only those who publish pages publish terms.
    assert codenames("Editors") == manage
    assert codenames("Trust administrators") == manage | {"publish_glossaryterm"}
    assert codenames("Moderators") == {"view_glossaryterm", "publish_glossaryterm"}


@pytest.mark.django_db
def test_editors_add_terms_in_the_admin_and_moderators_only_look(client, pages):
    listing = reverse("wagtailsnippets_learning_glossaryterm:list")
    add = reverse("wagtailsnippets_learning_glossaryterm:add")
    editor = staff_client(client, "Editors")
    html = editor.get(listing).content.decode()
    assert "Patient Advice and Liaison Service" in html
    response = editor.post(
        add + "?locale=en",
        {
            "term": "CQC",
            "full_form": "Care Quality Commission",
            "meaning": "Checks health services.",
            "related_terms": [],
        },
    )
    assert response.status_code == 302
    assert GlossaryTerm.objects.get(term="CQC").locale.language_code == "en"
    client.logout()
    moderator = staff_client(client, "Moderators")
    assert moderator.get(listing).status_code == 200
    assert moderator.get(add).status_code in (302, 403)


@pytest.mark.django_db
def test_the_glossary_list_searches_and_filters_by_language(client, pages):
    add_term("PALS", "Patient Advice and Liaison Service", "Pomoc dla pacjentów.", language_code="pl")
    editor = staff_client(client, "Editors")
    listing = reverse("wagtailsnippets_learning_glossaryterm:list")
    html = editor.get(listing, {"q": "Liaison", "locale": "pl"}).content.decode()
    assert "Pomoc dla pacjentów" not in html  # the meaning is not a list column; the term shows
    assert html.count("Patient Advice and Liaison Service") >= 1
    assert "Integrated care board" not in html


@pytest.mark.django_db
def test_the_page_editor_lists_the_pages_abbreviations_not_in_the_glossary(client, pages):
    known, unknown = pages
    editor = staff_client(client, "Editors")
    html = editor.get(reverse("wagtailadmin_pages:edit", args=[unknown.pk])).content.decode()
    assert "This page uses abbreviations that are not in the glossary: NHS, CQC." in html
    html = editor.get(reverse("wagtailadmin_pages:edit", args=[known.pk])).content.decode()
    assert "abbreviations that are not in the glossary" not in html


@pytest.mark.django_db
def test_finding_the_pages_costs_the_same_queries_however_many_pages_there_are(
    home_page, pages, django_assert_num_queries
):
    from sidebyside.testing.queries import count_queries

    rows, few = count_queries(pages_with_unknown_abbreviations)
    for number in range(10):
        standard_page(home_page, [f"<p>The CQC visit number {number}.</p>"], title=f"Visit {number}")
    with django_assert_num_queries(few):
        assert len(pages_with_unknown_abbreviations()) == len(rows) + 10
