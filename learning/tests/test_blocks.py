"""Each learning block renders with NHS.UK components, and a quiz question needs a right answer."""

from django.contrib.auth.models import AnonymousUser
from django.template import engines
from django.test import RequestFactory

from wagtail.blocks.struct_block import StructBlockValidationError

import pytest

from learning.blocks import ModuleStreamBlock, QuizQuestionBlock
from learning.tests.learning_pages import PLANNER_ID, programme_with_modules


@pytest.fixture
def page_html(home_page):
    page = programme_with_modules(home_page, count=1)[1][0]
    request = RequestFactory().get(page.url)
    request.user = AnonymousUser()
    template = "{% load wagtailcore_tags %}{% for block in page.body %}{% include_block block %}{% endfor %}"
    return engines["django"].from_string(template).render({"page": page, "request": request}, request)


@pytest.mark.django_db
def test_key_point(page_html):
    assert '<div class="nhsuk-inset-text sbs-key-point">' in page_html
    assert "Key point" in page_html and "<p>Small tests are safe tests.</p>" in page_html


@pytest.mark.django_db
def test_activity_or_reflection(page_html):
    assert "sbs-activity--reflection" in page_html
    assert "Reflection question" in page_html and "Think back" in page_html
    assert "When did a change help?" in page_html


@pytest.mark.django_db
def test_worked_example(page_html):
    assert "Worked example" in page_html and "A clinic waiting room" in page_html
    assert '<ol class="nhsuk-list nhsuk-list--number">' in page_html
    assert "Step two: try a change." in page_html and "Measure before and after." in page_html


@pytest.mark.django_db
def test_pdsa_planner(page_html):
    assert f'id="planner-{PLANNER_ID}"' in page_html
    for label, hint in [("Plan", "What will you try?"), ("Do", "What happened?"), ("Study", "What did you learn?")]:
        assert f">{label}</label>" in page_html and hint in page_html
    assert "nhsuk-textarea" in page_html
    assert 'name="csrfmiddlewaretoken"' in page_html


@pytest.mark.django_db
def test_quiz_question(page_html):
    assert '<fieldset class="nhsuk-fieldset"' in page_html
    assert "nhsuk-radios__input" in page_html and "nhsuk-checkboxes__input" in page_html
    assert "Check my answer" in page_html


def test_blocks_render_without_a_page_or_request():
    """A preview or `{{ page.body }}` has no page to post to: the planner and quiz show as text only."""
    stream = ModuleStreamBlock()
    value = stream.to_python(
        [
            {"type": "pdsa_planner", "value": {"title": "Plan it"}},
            {
                "type": "quiz_question",
                "value": {"question": "Why?", "choices": [{"text": "A", "correct": True, "feedback": "Yes"}]},
            },
        ]
    )
    html = stream.render(value)
    assert "Plan it" in html and "Why?" in html
    assert "<form" not in html


def quiz_value(correct):
    block = QuizQuestionBlock()
    choices = [{"text": "A", "correct": correct, "feedback": "A."}, {"text": "B", "correct": False, "feedback": "B."}]
    return block, block.to_python({"question": "Which?", "choices": choices})


def test_a_quiz_question_needs_a_right_answer():
    block, value = quiz_value(correct=False)
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "Mark at least one answer as right." in str(error.value.block_errors["choices"])
    block, value = quiz_value(correct=True)
    assert block.clean(value)["question"] == "Which?"
