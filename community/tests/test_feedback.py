"""Feedback after an event: the request (once, to attendees only), the private link, and the short form."""

import datetime

from django.core import signing
from django.utils import timezone

import pytest
from hypothesis import given

from community import feedback as feedback_service
from community.feedback import feedback_path, feedback_token
from community.forms.feedback import FeedbackForm
from community.models import EventFeedback, SignUpStatus
from community.tasks import FEEDBACK_DELAY, send_feedback_requests
from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.rendering import render_message, site_context
from sidebyside.testing.forms import VIEW_FUZZ_SETTINGS, assert_form_handles, assert_view_handles_post, form_data

from .factories import EventIndexPageFactory, EventPageFactory, SignUpFactory

pytestmark = pytest.mark.django_db

VALID = {"rating": "4", "what_worked": "Friendly staff.", "what_to_change": "", "come_again": "yes", "comments": ""}


@pytest.fixture
def past_event(home_page):
    start = timezone.now() - datetime.timedelta(hours=6)
    index = EventIndexPageFactory(parent=home_page)
    return EventPageFactory(parent=index, title="Letters sprint", start=start, end=start + datetime.timedelta(hours=3))


@pytest.fixture
def attendee(past_event):
    return SignUpFactory(event=past_event, status=SignUpStatus.ATTENDED)


def requests():
    return OutboxMessage.objects.filter(template="event_feedback_request")


def after_end(event, **extra):
    return event.end + FEEDBACK_DELAY + datetime.timedelta(**extra)


# The request ---------------------------------------------------------------------------------------------


def test_each_attendee_is_asked_once_however_often_the_schedule_runs(past_event, attendee):
    assert send_feedback_requests(now=after_end(past_event)) == 1
    assert send_feedback_requests(now=after_end(past_event, hours=1)) == 0

    message = requests().get()
    assert message.idempotency_key == f"event-feedback-request:{attendee.pk}"
    assert message.context["feedback_path"].startswith("/en/events/feedback/")
    assert message.context["title"] == "Letters sprint"


def test_nobody_is_asked_until_staff_have_had_time_to_mark_who_came(past_event, attendee):
    assert send_feedback_requests(now=past_event.end + datetime.timedelta(minutes=30)) == 0


def test_after_check_in_only_people_marked_as_attended_are_asked(past_event, attendee):
    SignUpFactory(event=past_event, status=SignUpStatus.NO_SHOW)
    SignUpFactory(event=past_event, status=SignUpStatus.CONFIRMED)  # not marked at the door
    SignUpFactory(event=past_event, status=SignUpStatus.WAITLISTED)
    SignUpFactory(event=past_event, status=SignUpStatus.CANCELLED)

    send_feedback_requests(now=after_end(past_event))

    assert list(requests().values_list("idempotency_key", flat=True)) == [f"event-feedback-request:{attendee.pk}"]


def test_without_check_in_everyone_confirmed_is_asked(past_event):
    confirmed = SignUpFactory.create_batch(2, event=past_event, status=SignUpStatus.CONFIRMED)
    SignUpFactory(event=past_event, status=SignUpStatus.WAITLISTED)

    assert send_feedback_requests(now=after_end(past_event)) == 2
    assert {message.recipient for message in requests()} == {signup.email for signup in confirmed}


def test_a_cancelled_event_asks_nobody(past_event, attendee):
    past_event.cancelled = True
    past_event.save()

    assert send_feedback_requests(now=after_end(past_event)) == 0


def test_the_request_is_in_the_persons_language(past_event):
    SignUpFactory(event=past_event, status=SignUpStatus.ATTENDED, language="ar")

    send_feedback_requests(now=after_end(past_event))

    message = requests().get()
    assert message.language == "ar"
    assert message.context["feedback_path"].startswith("/ar/events/feedback/")


# The form ------------------------------------------------------------------------------------------------


def test_the_link_shows_the_form(client, attendee):
    page = client.get(feedback_path(attendee))

    html = page.content.decode()
    assert page.status_code == 200
    assert "Letters sprint" in html
    assert 'type="radio"' in html and 'name="rating"' in html and 'name="come_again"' in html
    assert "sbs_trap" in html
    assert page["Cache-Control"].startswith("max-age=0")


def test_sending_the_form_saves_the_feedback(client, attendee):
    page = client.post(feedback_path(attendee), VALID)

    assert page.status_code == 200
    assert "Thank you for your feedback" in page.content.decode()
    saved = EventFeedback.objects.get(signup=attendee)
    assert (saved.rating, saved.what_worked, saved.come_again) == (4, "Friendly staff.", "yes")


def test_sending_it_again_replaces_the_answer_and_says_so(client, attendee):
    client.post(feedback_path(attendee), VALID)

    form_page = client.get(feedback_path(attendee)).content.decode()
    page = client.post(feedback_path(attendee), {**VALID, "rating": "2", "come_again": "no"})

    assert "your new answers will replace it" in form_page
    assert "Your feedback has been updated" in page.content.decode()
    saved = EventFeedback.objects.get(signup=attendee)
    assert (saved.rating, saved.come_again) == (2, "no")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({**VALID, "rating": ""}, "Choose a rating from 1 to 5."),
        ({**VALID, "rating": "6"}, "Choose a rating from 1 to 5."),
        ({**VALID, "come_again": ""}, "Choose whether you would come again."),
        ({**VALID, "comments": "x" * 2001}, "characters or fewer"),
    ],
)
def test_bad_answers_are_explained_and_nothing_is_saved(client, attendee, data, message):
    page = client.post(feedback_path(attendee), data)

    html = page.content.decode()
    assert page.status_code == 200
    assert "There is a problem" in html
    assert message in html
    assert not EventFeedback.objects.exists()


def test_the_honeypot_turns_the_form_down(client, attendee):
    page = client.post(feedback_path(attendee), {**VALID, "sbs_trap": "http://spam.example"})

    assert "We could not accept this form." in page.content.decode()
    assert not EventFeedback.objects.exists()


def test_control_characters_are_removed_from_answers():
    form = FeedbackForm({**VALID, "what_worked": "Good\x00 \x1bday"})

    assert form.is_valid()
    assert form.cleaned_data["what_worked"] == "Good day"


@pytest.mark.parametrize(
    "token",
    ["nonsense", "a:b:c", signing.dumps(1, salt="another.salt"), "ąę", "x" * 500],
    ids=["nonsense", "colons", "other-salt", "non-ascii", "very-long"],
)
def test_a_forged_link_does_not_work(client, attendee, token):
    page = client.get(f"/en/events/feedback/{token}/")

    assert page.status_code == 404
    assert "This link does not work" in page.content.decode()


def test_a_link_for_someone_elses_id_cannot_be_made_without_the_key(client, attendee):
    other = SignUpFactory(event=attendee.event, status=SignUpStatus.ATTENDED)
    token = feedback_token(attendee)
    payload, rest = token.split(":", 1)
    forged = f"{signing.b64_encode(str(other.pk).encode()).decode()}:{rest}"

    assert payload != forged.split(":")[0]
    assert client.post(f"/en/events/feedback/{forged}/", VALID).status_code == 404
    assert not EventFeedback.objects.exists()


def test_an_expired_link_says_so(client, attendee, monkeypatch):
    token = feedback_token(attendee)
    monkeypatch.setattr(feedback_service, "LINK_VALID_FOR", datetime.timedelta(seconds=-1))

    page = client.post(f"/en/events/feedback/{token}/", VALID)

    assert page.status_code == 410
    assert "This link has expired" in page.content.decode()
    assert not EventFeedback.objects.exists()


def test_a_link_for_a_cancelled_sign_up_does_not_work(client, past_event):
    signup = SignUpFactory(event=past_event, status=SignUpStatus.CANCELLED)

    assert client.get(feedback_path(signup)).status_code == 404


@given(form_data(FeedbackForm))
def test_the_form_handles_anything(data):
    assert_form_handles(FeedbackForm, data)


@pytest.fixture
def no_rate_limit(settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"event-feedback": {"ip": (100000, 3600)}}


def test_the_view_handles_anything(client, attendee, no_rate_limit):
    url = feedback_path(attendee)

    @VIEW_FUZZ_SETTINGS
    @given(form_data(FeedbackForm))
    def post_anything(data):
        EventFeedback.objects.all().delete()
        assert_view_handles_post(client, url, data, EventFeedback.objects.count)

    post_anything()


def test_too_many_attempts_are_slowed_down(client, attendee, settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"event-feedback": {"ip": (2, 3600)}}
    url = feedback_path(attendee)

    statuses = [client.post(url, {"rating": ""}).status_code for _ in range(3)]

    assert statuses == [200, 200, 429]


def test_the_request_email_links_to_the_form(client, past_event, attendee):
    send_feedback_requests(now=after_end(past_event))

    subject, text, html = render_message(requests().get(), site_context())

    assert subject == "How was Letters sprint?"
    path = requests().get().context["feedback_path"]
    assert path in text and path in html
    assert client.get(path).status_code == 200
