"""The print view of a module: the whole module without navigation, resources with their web addresses,
the quiz and planner as blanks to fill in on paper, and only for live pages."""

from django.contrib.staticfiles import finders
from django.urls import reverse

import pytest

from learning.tests.learning_pages import PLANNER_ID, programme_with_modules, translate
from learning.tests.test_pages import add_resource, add_video, make_document


def print_url(page):
    return reverse("learning:module_print", args=[page.pk])


@pytest.fixture
def course(home_page):
    return programme_with_modules(home_page, count=2)


@pytest.fixture
def module_page(course):
    return course[1][0]


def printed(client, page):
    response = client.get(print_url(page))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_the_print_view_has_the_whole_module_and_no_navigation(client, course, module_page):
    html = printed(client, module_page)

    assert "<h1>Module 1</h1>" in html
    assert '<span class="nhsuk-caption-l">Improvement basics</span>' in html
    assert "About 20 minutes" in html
    assert "Explain a small test of change" in html
    assert "Small tests are safe tests." in html
    assert "Step two: try a change." in html
    assert "When did a change help?" in html
    online_at = (
        'This module is online at <bdi dir="ltr">http://testserver/en/learning/improvement-basics/module-1/</bdi>'
    )
    assert online_at in html
    for navigation in ("nhsuk-header", "nhsuk-footer", "nhsuk-breadcrumb", "nhsuk-pagination", "<nav"):
        assert navigation not in html
    assert '<main class="nhsuk-main-wrapper sbs-print__main" id="maincontent">' in html
    assert '<meta name="robots" content="noindex">' in html


@pytest.mark.django_db
def test_the_print_view_has_a_print_button_and_says_how_to_print_without_it(client, module_page):
    html = printed(client, module_page)

    assert '<button class="nhsuk-button sbs-print__button" type="button" id="print-button" hidden>' in html
    assert "Print this page</button>" in html
    assert "use the Print option in your browser's menu" in html
    assert "window.print()" in html
    assert 'href="/static/css/learning-print.css" media="print"' in html


@pytest.mark.django_db
def test_quiz_and_planner_are_printable_blanks_without_forms_or_answers(client, module_page):
    html = printed(client, module_page)

    assert "<form" not in html
    assert "<input" not in html and "<textarea" not in html
    assert html.count("What does PDSA stand for?") == 2
    assert html.count("☐</span> Plan, do, study, act") == 2
    assert "Yes: four steps." not in html  # the feedback would give the answer away
    assert f'id="print-planner-{PLANNER_ID}"' in html
    for hint in ("What will you try?", "What happened?", "What did you learn?", "What next?"):
        assert hint in html
    assert html.count('<div class="sbs-print__blank" aria-hidden="true"></div>') == 4


@pytest.mark.django_db
def test_resources_are_listed_with_their_full_web_address(client, module_page):
    document = add_resource(module_page, "Meeting checklist", "checklist.pdf", 245_760, description="Take it along")

    html = printed(client, module_page)

    assert "<strong>Meeting checklist</strong> (PDF, 240.0\xa0KB)" in html
    assert "Take it along" in html
    assert f'<bdi class="sbs-print__url" dir="ltr">http://testserver{document.url}</bdi>' in html


@pytest.mark.django_db
def test_the_video_transcript_is_printed_in_full(client, module_page):
    add_video(module_page)

    html = printed(client, module_page)

    assert "Transcript of the video" in html
    assert "Hello, I am Sam and I chair our patient panel." in html
    assert "<video" not in html


@pytest.mark.django_db
def test_the_easy_read_document_address_is_printed(client, module_page):
    module_page.easy_read_document = make_document("Easy Read", "easy-read.pdf")
    module_page.save_revision().publish()

    html = printed(client, module_page)

    assert f"http://testserver{module_page.easy_read_document.url}" in html


@pytest.mark.django_db
def test_a_translated_module_prints_in_its_language(client, module_page):
    polish = translate(module_page, "pl")

    response = client.get(reverse("learning:module_print", args=[polish.pk]))

    assert response.status_code == 200
    assert '<html lang="pl" dir="ltr"' in response.content.decode()


@pytest.mark.django_db
def test_a_draft_or_missing_module_is_not_found(client, course):
    prog, modules = course
    modules[1].unpublish()

    assert client.get(print_url(modules[1])).status_code == 404
    assert client.get(print_url(prog)).status_code == 404  # a programme is not a module
    assert client.get("/en/learning/modules/999999/print/").status_code == 404


@pytest.mark.django_db
def test_the_module_page_links_to_its_print_view(client, module_page):
    html = client.get(module_page.url).content.decode()

    assert f'<a href="{print_url(module_page)}">Print this module or save it as a PDF</a>' in html


def test_the_print_stylesheet_hides_navigation_and_writes_out_links():
    path = finders.find("css/learning-print.css")
    assert path, "static/css/learning-print.css is not found by the static files finders"
    with open(path, encoding="utf-8") as stylesheet:
        css = stylesheet.read()

    hidden = css.split("display: none")[0]
    for selector in (".nhsuk-header", ".nhsuk-footer", ".nhsuk-breadcrumb", "form", ".nhsuk-button", ".sbs-quiz"):
        assert selector in hidden
    assert ", button," not in hidden  # glossary terms are buttons once scripts run: they must stay
    assert 'a[href^="http"]::after { content: " (" attr(href) ")"' in css
    assert "break-inside: avoid" in css
