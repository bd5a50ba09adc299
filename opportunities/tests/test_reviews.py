"""The public page where a reference group member answers a review request through their private link."""

from datetime import timedelta

from django.utils import timezone

import pytest
from hypothesis import given

from opportunities.forms.reviews import ReviewAnswerForm
from opportunities.models import ReviewResponse
from opportunities.reference_groups import LATE_ANSWER_DAYS, send_review_request
from sidebyside.testing.forms import VIEW_FUZZ_SETTINGS, assert_form_handles, assert_view_handles_post, form_data
from sidebyside.testing.queries import assert_query_budget

from .test_reference_groups import member_of, recruiting_group, review_request

pytestmark = pytest.mark.django_db


@pytest.fixture
def response(home_page):
    group = recruiting_group(home_page)
    member_of(group, name="Ada")
    request = review_request(group)
    send_review_request(request)
    return ReviewResponse.objects.get(request=request)


def url(token, language="en"):
    return f"/{language}/involvement/reviews/{token}/"


def move_due_date(response, days_from_today):
    response.request.due_date = timezone.localdate() + timedelta(days=days_from_today)
    response.request.save()


def test_the_page_shows_the_request_and_its_link_and_a_form(client, response):
    page = client.get(url(response.token))

    assert page.status_code == 200
    html = page.content.decode()
    assert "Draft leaflet about hip operations" in html
    assert "Read the leaflet and tell us if anything is confusing." in html
    assert 'href="https://leaflets.example.org/draft"' in html
    assert 'name="clarity"' in html and 'name="comments"' in html
    assert "sbs_trap" in html  # the honeypot
    assert page["Cache-Control"].startswith("max-age=0")


def test_answering_saves_the_answer(client, response):
    page = client.post(url(response.token), {"clarity": "partly", "comments": "Page 2 <b>is</b> confusing."})

    assert page.status_code == 200
    assert "Thank you for your answer" in page.content.decode()
    response.refresh_from_db()
    assert (response.clarity, response.comments) == ("partly", "Page 2 <b>is</b> confusing.")
    assert response.answered_at is not None


def test_answering_again_replaces_the_answer_and_says_so(client, response):
    client.post(url(response.token), {"clarity": "unclear", "comments": "Too long."})

    form_page = client.get(url(response.token)).content.decode()
    page = client.post(url(response.token), {"clarity": "clear", "comments": ""})

    assert "If you send the form again, your new answer will replace it." in form_page
    assert "Your answer has been updated" in page.content.decode()
    response.refresh_from_db()
    assert (response.clarity, response.comments) == ("clear", "")


def test_a_missing_answer_is_explained_and_nothing_is_saved(client, response):
    page = client.post(url(response.token), {"comments": "Fine"})

    html = page.content.decode()
    assert page.status_code == 200
    assert "There is a problem" in html
    assert "Choose whether it is clear." in html
    response.refresh_from_db()
    assert response.answered_at is None and response.comments == ""


def test_a_filled_honeypot_is_refused(client, response):
    page = client.post(url(response.token), {"clarity": "clear", "sbs_trap": "http://spam.example"})

    assert "We could not accept this form." in page.content.decode()
    response.refresh_from_db()
    assert response.answered_at is None


def test_a_late_answer_is_still_accepted_with_a_note(client, response):
    move_due_date(response, -3)

    page = client.get(url(response.token)).content.decode()
    client.post(url(response.token), {"clarity": "clear"})

    assert "We can still use yours if you send it by" in page
    response.refresh_from_db()
    assert response.answered_at is not None


def test_the_review_closes_two_weeks_after_the_due_date(client, response):
    move_due_date(response, -(LATE_ANSWER_DAYS + 1))

    page = client.post(url(response.token), {"clarity": "clear"})

    assert "This review has closed" in page.content.decode()
    response.refresh_from_db()
    assert response.answered_at is None


def test_an_unknown_token_gets_a_friendly_not_found_page(client, response):
    page = client.get(url("not-a-real-token"))

    assert page.status_code == 404
    assert "This link does not work" in page.content.decode()


@pytest.mark.parametrize("language", ["en", "pl"])
def test_the_not_found_page_links_to_the_home_page_in_the_same_language(client, response, language):
    html = client.get(url("not-a-real-token", language)).content.decode()
    assert f'<a href="/{language}/">' in html


def test_a_member_who_left_is_told_so_and_cannot_answer(client, response):
    response.member.left_at = timezone.now()
    response.member.save()

    page = client.post(url(response.token), {"clarity": "clear"})

    assert "You are no longer in this group" in page.content.decode()
    response.refresh_from_db()
    assert response.answered_at is None


def test_the_page_is_shown_in_the_members_language(client, response):
    page = client.get(url(response.token, "pl"))

    assert page.status_code == 200
    assert '<html lang="pl"' in page.content.decode()


def test_the_page_costs_a_constant_number_of_queries(client, response):
    def grow(count):
        for _ in range(count):
            ReviewResponse.objects.create(request=response.request, member=member_of(response.request.group))

    client.get(url(response.token))  # warm Django's own per-process caches (content types, site root)
    assert_query_budget(lambda: client.get(url(response.token)), 8, grow=grow, grow_steps=(5, 20))


@given(form_data(ReviewAnswerForm))
def test_the_answer_form_survives_any_input(data):
    assert_form_handles(ReviewAnswerForm, data)


@VIEW_FUZZ_SETTINGS
@given(data=form_data(ReviewAnswerForm))
def test_the_answer_page_survives_any_post(client, response, data):
    def answered():
        return ReviewResponse.objects.filter(answered_at__isnull=False).count()

    assert_view_handles_post(client, url(response.token), data, answered)
