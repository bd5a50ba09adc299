"""Quiz questions: a no-JavaScript form that says whether the answer was right, with the feedback for each
answer chosen; a missing or odd answer gets a clear message; nothing is stored."""

from django.urls import reverse

import pytest
from hypothesis import given

from learning.forms import QuizForm
from learning.tests.learning_pages import QUIZ_ONE_RIGHT_ID, QUIZ_TWO_RIGHT_ID, programme_with_modules, quiz_block
from sidebyside.testing.forms import VIEW_FUZZ_SETTINGS, assert_form_handles, assert_view_handles_post, form_data

ONE_RIGHT = quiz_block()["value"]
TWO_RIGHT = quiz_block(QUIZ_TWO_RIGHT_ID, several_right=True)["value"]


def question_value(raw):
    """The block value the view sees: a StructValue whose choices are plain dicts."""
    return {"question": raw["question"], "choices": [choice["value"] for choice in raw["choices"]]}


@pytest.fixture
def module_page(home_page):
    return programme_with_modules(home_page, count=1)[1][0]


def quiz_url(page, block_id=QUIZ_ONE_RIGHT_ID):
    return reverse("learning:quiz", args=[page.pk, block_id])


def answer(block_id, *choices):
    return {f"quiz-{block_id}-answer": list(choices)}


@pytest.mark.django_db
def test_a_right_answer_is_confirmed_with_its_feedback(client, module_page):
    response = client.post(quiz_url(module_page), answer(QUIZ_ONE_RIGHT_ID, "0"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "That is right" in html
    assert "Yes: four steps." in html
    assert "Not quite." not in html  # only the feedback of what the person chose
    assert f'href="{module_page.url}#quiz-{QUIZ_ONE_RIGHT_ID}"' in html
    assert 'value="0" checked' in html  # the question again, with the person's answer


@pytest.mark.django_db
def test_a_wrong_answer_says_so_with_its_feedback(client, module_page):
    html = client.post(quiz_url(module_page), answer(QUIZ_ONE_RIGHT_ID, "2")).content.decode()
    assert "That is not quite right" in html
    assert "Not quite." in html
    assert "not a right answer" in html


@pytest.mark.django_db
def test_several_right_answers_use_checkboxes_and_need_all_of_them(client, module_page):
    url = quiz_url(module_page, QUIZ_TWO_RIGHT_ID)
    partly = client.post(url, answer(QUIZ_TWO_RIGHT_ID, "0")).content.decode()
    assert 'type="checkbox"' in partly
    assert "That is not quite right" in partly
    assert "There are 2 right answers. Choose all of them." in partly
    both = client.post(url, answer(QUIZ_TWO_RIGHT_ID, "0", "1")).content.decode()
    assert "That is right" in both
    assert "Yes: four steps." in both and "A joke answer." in both
    too_many = client.post(url, answer(QUIZ_TWO_RIGHT_ID, "0", "1", "2")).content.decode()
    assert "That is not quite right" in too_many


@pytest.mark.django_db
def test_no_answer_or_an_unknown_one_gets_a_clear_message(client, module_page):
    missing = client.post(quiz_url(module_page), {}).content.decode()
    assert "There is a problem" in missing and "Select an answer." in missing
    unknown = client.post(quiz_url(module_page), answer(QUIZ_ONE_RIGHT_ID, "9")).content.decode()
    assert "Select an answer from the list." in unknown
    none = client.post(quiz_url(module_page, QUIZ_TWO_RIGHT_ID), {}).content.decode()
    assert "Select at least one answer." in none


@pytest.mark.django_db
def test_the_module_shows_each_question_as_a_form(module_page):
    from django.contrib.auth.models import AnonymousUser
    from django.template import engines
    from django.test import RequestFactory

    request = RequestFactory().get(module_page.url)
    request.user = AnonymousUser()
    template = engines["django"].from_string("{% load wagtailcore_tags %}{% include_block page.body %}")
    html = template.render({"page": module_page, "request": request}, request)
    assert f'action="{quiz_url(module_page)}"' in html
    assert f'action="{quiz_url(module_page, QUIZ_TWO_RIGHT_ID)}"' in html
    assert 'type="radio"' in html and 'type="checkbox"' in html
    assert "<legend" in html and "What does PDSA stand for?" in html


@pytest.mark.django_db
def test_unknown_questions_and_gets(client, module_page):
    assert client.post(reverse("learning:quiz", args=[module_page.pk, "nope"]), {}).status_code == 404
    response = client.get(quiz_url(module_page))
    assert response.status_code == 302 and response["Location"].endswith(f"#quiz-{QUIZ_ONE_RIGHT_ID}")


@pytest.mark.django_db
def test_the_quiz_is_rate_limited(client, module_page, settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"learning-quiz": {"ip": (1, 3600)}}
    assert client.post(quiz_url(module_page), answer(QUIZ_ONE_RIGHT_ID, "0")).status_code == 200
    assert client.post(quiz_url(module_page), answer(QUIZ_ONE_RIGHT_ID, "0")).status_code == 429


@given(form_data(QuizForm, question=question_value(ONE_RIGHT), prefix="q"))
def test_one_answer_form_handles_anything(data):
    form = assert_form_handles(QuizForm, data, question=question_value(ONE_RIGHT), prefix="q")
    if form.is_valid():
        assert form.is_right() == (form.chosen() == {"0"})


@given(form_data(QuizForm, question=question_value(TWO_RIGHT), prefix="q"))
def test_several_answers_form_handles_anything(data):
    form = assert_form_handles(QuizForm, data, question=question_value(TWO_RIGHT), prefix="q")
    if form.is_valid():
        assert form.is_right() == (form.chosen() == {"0", "1"})


@pytest.mark.django_db
def test_quiz_view_handles_anything(client, module_page, settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"learning-quiz": {"ip": (100_000, 3600)}}
    url = quiz_url(module_page, QUIZ_TWO_RIGHT_ID)

    @VIEW_FUZZ_SETTINGS
    @given(form_data(QuizForm, question=question_value(TWO_RIGHT), prefix=f"quiz-{QUIZ_TWO_RIGHT_ID}"))
    def check(data):
        response = assert_view_handles_post(client, url, data, lambda: 0)
        assert response.status_code == 200

    check()
