"""Signing up from the event page, the signed-up page, and the form's rules (guardian, contact, consent)."""

from django.core.cache import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from community.forms.signup import SignUpForm, initial_for_member
from community.models import EventFormField, SignUp, SignUpStatus
from sidebyside.accounts.models import Consent
from sidebyside.accounts.tests.factories import MemberFactory, ProfileFactory
from sidebyside.moderation.models import ModerationDecision
from sidebyside.notifications.models import OutboxMessage
from sidebyside.testing.forms import VIEW_FUZZ_SETTINGS, assert_form_handles, assert_view_handles_post, form_data

from .factories import EventIndexPageFactory, EventPageFactory, SignUpFactory, days_from_now

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def event(index):
    return EventPageFactory(parent=index, title="Outpatient letters sprint", capacity=2)


def valid_data(**changes):
    data = {"name": "Sam Patel", "preferred_contact": "email", "email": "sam@example.org", "consent": "on"}
    data.update(changes)
    return data


def test_the_page_shows_the_sign_up_form(client, event):
    response = client.get(event.url)

    assert response.status_code == 200
    assert isinstance(response.context["signup_form"], SignUpForm)
    html = response.content.decode()
    assert 'name="consent"' in html and "under_16" not in html


def test_a_guest_signs_up_and_sees_their_place_with_a_calendar_file_and_cancel_link(client, event):
    response = client.post(event.url, valid_data(access_needs=["step_free"]))

    assert response.status_code == 302 and response["Location"] == event.url + "signed-up/"
    signup = SignUp.objects.get()
    assert (signup.status, signup.user, signup.access_needs, signup.language) == (
        "confirmed",
        None,
        ["step_free"],
        "en",
    )
    page = client.get(response["Location"])
    html = page.content.decode()
    assert page.status_code == 200 and "You have a place" in html
    assert event.url + event.reverse_subpage("calendar_file") in html
    assert f"/en/events/cancel/{signup.token}/" in html


def test_the_signed_up_page_needs_the_signed_value_from_this_browser(client, event):
    SignUpFactory(event=event)
    response = client.get(event.url + "signed-up/")
    assert response.status_code == 302 and response["Location"] == event.url


def test_a_second_sign_up_saves_nothing_more_and_tells_the_person_not_the_visitor(client, event):
    client.post(event.url, valid_data())
    response = client.post(event.url, valid_data(name="Sam again", email="SAM@example.org"))

    # A guest cannot show the sign-up is theirs, so they see what a new sign-up shows; its person is told.
    assert response.status_code == 302 and response["Location"] == event.url + "signed-up/"
    html = client.get(response["Location"]).content.decode()
    assert "You have already signed up" not in html and "SAM@example.org" in html
    signup = SignUp.objects.get()
    assert OutboxMessage.objects.filter(template="event_signup").count() == 1
    again = OutboxMessage.objects.get(template="event_signup_asked_again")
    assert (again.recipient, again.context["name"]) == ("sam@example.org", "Sam Patel")
    assert again.idempotency_key.startswith(f"event-signup-again:{signup.pk}:")


def test_a_member_gets_their_details_and_access_needs_filled_in(rf, event):
    member = MemberFactory(email="member@example.org")
    ProfileFactory(user=member, access_needs=["bsl"], other_needs="Breaks every hour")
    request = rf.get(event.url)
    request.user = member

    initial = initial_for_member(request)

    assert initial["email"] == "member@example.org"
    assert initial["access_needs"] == ["bsl"] and initial["access_needs_details"] == "Breaks every hour"


def test_a_member_who_signed_up_sees_that_instead_of_the_form(client, event):
    member = MemberFactory(email="member@example.org")
    client.force_login(member)
    client.post(event.url, valid_data(email="member@example.org"))
    assert SignUp.objects.get().user == member

    response = client.get(event.url)
    assert response.context["signup_form"] is None and response.context["existing_signup"] is not None

    # Sending the form again (from an old tab, say) tells them too: it is their own sign-up.
    response = client.post(event.url, valid_data(email="other@example.org"))
    assert response.status_code == 200 and response.context["existing_signup"] == SignUp.objects.get()
    assert "You have already signed up" in response.content.decode()
    assert not OutboxMessage.objects.filter(template="event_signup_asked_again").exists()


def test_a_full_event_offers_the_waiting_list(client, event):
    SignUpFactory.create_batch(2, event=event)

    response = client.get(event.url)

    assert response.context["signup_will_wait"] is True
    assert "Join the waiting list" in response.content.decode()
    client.post(event.url, valid_data())
    assert SignUp.objects.get(email="sam@example.org").status == SignUpStatus.WAITLISTED


def test_a_full_event_without_a_waiting_list_shows_no_form_and_saves_nothing(client, event):
    event.waiting_list = False
    event.save()
    SignUpFactory.create_batch(2, event=event)

    assert client.get(event.url).context["signup_form"] is None
    response = client.post(event.url, valid_data())
    assert response.status_code == 200 and SignUp.objects.count() == 2


@pytest.mark.parametrize(
    "changes",
    [{"signup_opens": days_from_now(3)}, {"signup_closes": days_from_now(-1)}, {"cancelled": True}],
)
def test_no_form_when_sign_up_is_not_open_or_closed_or_the_event_is_cancelled(client, event, changes):
    for name, value in changes.items():
        setattr(event, name, value)
    event.save()

    assert client.get(event.url).context["signup_form"] is None
    client.post(event.url, valid_data())
    assert not SignUp.objects.exists()


def test_youth_events_need_a_parent_or_guardian_for_under_16s(client, index):
    event = EventPageFactory(parent=index, for_young_people=True)

    response = client.post(event.url, valid_data(under_16="yes"))
    form = response.context["signup_form"]
    assert form.errors["guardian_name"] == ["Enter the name of your parent or guardian."]
    assert "guardian_contact" in form.errors and not SignUp.objects.exists()

    client.post(event.url, valid_data(under_16="yes", guardian_name="Ali Patel", guardian_contact="07700 900123"))
    signup = SignUp.objects.get()
    assert (signup.under_16, signup.guardian_name, signup.guardian_contact) == (True, "Ali Patel", "07700 900123")


def test_an_over_16_gives_no_guardian_details(client, index):
    event = EventPageFactory(parent=index, min_age=14)
    client.post(event.url, valid_data(under_16="no", guardian_name="Ignored"))
    signup = SignUp.objects.get()
    assert (signup.under_16, signup.guardian_name) == (False, "")


def test_contact_by_phone_needs_a_number_and_post_is_not_offered(client, event):
    response = client.post(event.url, valid_data(preferred_contact="phone", email=""))
    assert response.context["signup_form"].errors["phone"] == ["Enter a phone number so that we can call or text you."]
    response = client.post(event.url, valid_data(preferred_contact="post"))
    assert "preferred_contact" in response.context["signup_form"].errors


def test_extra_questions_are_asked_and_answered(client, event):
    EventFormField.objects.create(page=event, label="Dietary needs", field_type="singleline", required=True)

    response = client.post(event.url, valid_data())
    assert "extra_dietary_needs" in response.context["signup_form"].errors

    client.post(event.url, valid_data(extra_dietary_needs="Vegetarian"))
    assert SignUp.objects.get().answers == {"dietary_needs": {"label": "Dietary needs", "answer": "Vegetarian"}}


def test_the_honeypot_turns_bots_away(client, event):
    client.post(event.url, valid_data(sbs_trap="http://spam.example"))
    assert not SignUp.objects.exists()


def test_too_many_attempts_are_refused(client, event, settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"event_signup": {"ip": (2, 3600), "email": (10, 3600)}}
    client.post(event.url, valid_data(email="a@example.org"))
    client.post(event.url, valid_data(email="b@example.org"))
    assert client.post(event.url, valid_data(email="c@example.org")).status_code == 429


@VIEW_FUZZ_SETTINGS
@given(data=st.data())
def test_the_form_survives_anything(index, data):
    page = _youth_event(index)  # with the guardian questions and an extra question
    assert_form_handles(SignUpForm, data.draw(form_data(SignUpForm, page=page)), page=page)


@VIEW_FUZZ_SETTINGS
@given(data=st.data())
def test_the_page_never_fails_and_never_half_saves(client, index, data):
    cache.clear()
    page = _youth_event(index)
    post = data.draw(form_data(SignUpForm, page=page))
    response = assert_view_handles_post(client, page.url, post, SignUp.objects.count)
    signups = SignUp.objects.count()
    assert Consent.objects.count() == signups and ModerationDecision.objects.count() == signups
    assert OutboxMessage.objects.filter(template="event_signup").count() == signups
    if response.status_code == 302:
        assert response["Location"].endswith("signed-up/")


def _youth_event(index):
    from community.models import EventPage

    existing = EventPage.objects.child_of(index).filter(for_young_people=True).first()
    if existing:
        return existing
    page = EventPageFactory(parent=index, for_young_people=True, capacity=500)
    EventFormField.objects.create(page=page, label="Your school", field_type="singleline")
    return page
