"""Signing up with details that match someone's sign-up tells the visitor nothing about it.

Anyone can type anyone's email address into the form. If the page said "you have already signed up, your
sign-up: confirmed", it would tell them which events that person goes to, and how their sign-up stands. So
a guest (or a member typing someone else's details) sees what a new sign-up would show them now, nothing
is saved, and the person whose sign-up it is gets a message, at most one a day. A signed-in member's own
sign-up is theirs to see, as before.
"""

import datetime
import re
from unittest import mock

from django.db import IntegrityError
from django.test import Client
from django.utils import timezone

import pytest

from community import signups
from community.models import SignUp, SignUpStatus
from sidebyside.accounts.models import Consent
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.moderation.models import ModerationDecision
from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.rendering import render_message, site_context

from .factories import EventIndexPageFactory, EventPageFactory, SignUpFactory, days_from_now

pytestmark = pytest.mark.django_db

ALREADY = "You have already signed up"
CANCEL_LINK = re.compile(r"/events/cancel/([^/\"]+)/")


@pytest.fixture
def index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def event(index):
    return EventPageFactory(parent=index, title="Mental health service open day", capacity=5)


def theirs_for(event, **changes):
    """Someone else's sign-up, found by the name and phone number the visitor types (a phone number alone
    is not enough: people in one household share one)."""
    fields = {
        "event": event,
        "name": "Alex Private",
        "email": "alex.private@example.net",
        "phone": "07700 900123",
        "preferred_contact": "email",
        "language": "ar",
        **changes,
    }
    return SignUpFactory(**fields)


def typed(**changes):
    """What a visitor types: another person's name and phone number, with an email address of their own."""
    data = {
        "name": "Alex Private",
        "preferred_contact": "email",
        "email": "sam@example.org",
        "phone": "+44 7700 900123",
        "consent": "on",
    }
    data.update(changes)
    return data


def saved():
    return (SignUp.objects.count(), Consent.objects.count(), ModerationDecision.objects.count())


def asked_again():
    return OutboxMessage.objects.filter(template="event_signup_asked_again")


def signed_up_html(client, response, event):
    assert response.status_code == 302 and response["Location"] == event.url + "signed-up/"
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    return page.content.decode()


def comparable(html):
    """The page without what differs between any two visits: the form's CSRF token, the cancel token."""
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)
    return CANCEL_LINK.sub("/events/cancel/TOKEN/", html)


def test_a_guest_sending_someone_elses_details_sees_only_what_a_new_sign_up_shows(event):
    theirs = theirs_for(event, access_needs=["bsl"])
    before = saved()

    client = Client()
    duplicate = signed_up_html(client, client.post(event.url, typed()), event)

    assert saved() == before
    assert "We will send a message to sam@example.org" in duplicate
    for secret in ("Alex Private", "alex.private@example.net", "British Sign Language", theirs.token, ALREADY):
        assert secret not in duplicate
    # The same page a visitor gets for a new sign-up with those details, but for the cancel link's token.
    theirs.delete()
    fresh_client = Client()
    fresh = signed_up_html(fresh_client, fresh_client.post(event.url, typed()), event)
    assert SignUp.objects.get().email == "sam@example.org"
    assert "You have a place" in fresh
    assert comparable(duplicate) == comparable(fresh)


@pytest.mark.parametrize(
    ("their_status", "event_changes", "shown", "not_shown"),
    [
        # Their place is booked, but a newcomer would wait now: the visitor sees the waiting list.
        (SignUpStatus.CONFIRMED, {"capacity": 1}, "You are on the waiting list", "You have a place"),
        # They are waiting (so a newcomer would wait too) on an event the team checks.
        (SignUpStatus.PENDING, {"needs_approval": True}, "We have your sign-up", "You have a place"),
        # Their place was offered; a newcomer would get one of the other places.
        (SignUpStatus.OFFERED, {}, "You have a place", "offer"),
    ],
)
def test_what_the_visitor_sees_is_what_a_newcomer_gets_never_the_existing_status(
    event, their_status, event_changes, shown, not_shown
):
    for name, value in event_changes.items():
        setattr(event, name, value)
    event.save_revision().publish()
    theirs_for(event, status=their_status)

    client = Client()
    html = signed_up_html(client, client.post(event.url, typed()), event)

    assert shown in html and not_shown not in html
    assert SignUp.objects.count() == 1


def test_the_cancel_link_shown_belongs_to_nobody(event):
    theirs = theirs_for(event)
    client = Client()
    html = signed_up_html(client, client.post(event.url, typed()), event)

    token = CANCEL_LINK.search(html).group(1)
    assert token != theirs.token and len(token) == len(theirs.token)
    assert client.get(f"/en/events/cancel/{token}/").status_code == 404
    assert client.post(f"/en/events/cancel/{token}/").status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == SignUpStatus.CONFIRMED
    # Reloading shows the same link.
    assert CANCEL_LINK.search(client.get(event.url + "signed-up/").content.decode()).group(1) == token


def test_the_person_whose_sign_up_it_is_hears_once_a_day_in_their_language_and_way(event):
    theirs = theirs_for(event)
    Client().post(event.url, typed())
    Client().post(event.url, typed(email="ALEX.private@example.net", phone=""))

    message = asked_again().get()
    assert (message.recipient, message.language, message.status) == (
        "alex.private@example.net",
        "ar",
        OutboxMessage.Status.QUEUED,
    )
    assert message.context == {"name": "Alex Private", "event": "Mental health service open day"}
    assert message.idempotency_key == f"event-signup-again:{theirs.pk}:{timezone.localdate().isoformat()}"
    # Nothing else is sent to anyone: no confirmation, no organisers' alert.
    assert OutboxMessage.objects.count() == 1

    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with mock.patch("community.signups.timezone.localdate", return_value=tomorrow):
        Client().post(event.url, typed())
    assert asked_again().count() == 2
    assert SignUp.objects.count() == 1


def test_a_person_who_chose_the_phone_is_not_emailed(event):
    theirs_for(event, email="", preferred_contact="phone")
    Client().post(event.url, typed(preferred_contact="phone", email=""))
    message = asked_again().get()
    assert (message.recipient, message.status) == ("", OutboxMessage.Status.NOT_EMAILED)


def test_a_member_typing_someone_elses_details_learns_nothing_either(event):
    theirs_for(event)
    client = Client()
    client.force_login(MemberFactory(email="member@example.org"))
    html = signed_up_html(client, client.post(event.url, typed(email="member.other@example.org")), event)
    assert "We will send a message to member.other@example.org" in html
    assert "Alex Private" not in html and ALREADY not in html
    assert SignUp.objects.count() == 1 and asked_again().count() == 1


def test_a_member_who_signed_up_as_a_guest_with_their_account_email_is_told_on_sending(event):
    # The event page already tells them before they send anything: their account's address is theirs.
    own = theirs_for(event, email="Member@Example.org", status=SignUpStatus.WAITLISTED)
    client = Client()
    client.force_login(MemberFactory(email="member@example.org"))
    response = client.post(event.url, typed(email="member@example.org", phone=""))
    assert response.status_code == 200 and response.context["existing_signup"] == own
    assert ALREADY in response.content.decode()
    assert not asked_again().exists()


def test_losing_the_race_gives_the_same_answer_not_an_error(event):
    theirs_for(event)
    real = signups.sign_up_from_the_form
    calls = []

    def first_loses_the_race(*args, **kwargs):
        # As if the other submission committed between our check and our insert.
        calls.append(args)
        if len(calls) == 1:
            raise IntegrityError("one_signup_per_email")
        return real(*args, **kwargs)

    with mock.patch("community.views.signup.signups.sign_up_from_the_form", side_effect=first_loses_the_race):
        response = Client().post(event.url, typed())
    assert len(calls) == 2
    assert response.status_code == 302 and response["Location"] == event.url + "signed-up/"
    assert SignUp.objects.count() == 1 and asked_again().count() == 1


def _person():
    return {"name": "Sam Patel", "preferred_contact": "email", "email": "sam@example.org", "phone": "07700900123"}


def test_the_service_refuses_a_closed_event_whoever_the_details_match(event):
    theirs_for(event)
    event.signup_closes = days_from_now(-1)
    event.save_revision().publish()
    with pytest.raises(signups.SignUpRefused):
        signups.sign_up_from_the_form(event, _person())
    assert not asked_again().exists() and SignUp.objects.count() == 1


def test_the_service_gives_a_member_their_own_and_staff_the_existing_sign_up(event):
    member = MemberFactory(email="member@example.org")
    own = SignUpFactory(event=event, user=member, email="first@example.org")
    assert signups.sign_up_from_the_form(event, {**_person(), "user": member}) == (own, signups.THEIRS)
    # Staff adding someone already signed up are told so in the admin; nobody gets a message.
    assert signups.sign_up(event, {"name": "Sam", "email": "FIRST@example.org"}, by=member) == (own, False)
    assert not asked_again().exists()


@pytest.mark.parametrize("language", ["en", "pl", "ar"])
def test_the_message_reads_well_in_each_language(language):
    message = OutboxMessage(
        template="event_signup_asked_again",
        context={"name": "Sam & Co", "event": "Mental health service open day"},
        language=language,
    )
    subject, text, html = render_message(message, site_context())
    assert "Mental health service open day" in subject
    assert "Sam & Co" in text and "Sam &amp; Co" in html
    assert "Mental health service open day" in text and "Mental health service open day" in html
    assert "{" not in subject + text and "{%" not in html
    expected_subject = {
        "en": "About your sign-up for Mental health service open day",
        "pl": "W sprawie Twojego zapisu na Mental health service open day",
        "ar": "بخصوص تسجيلك في Mental health service open day",
    }
    assert subject == expected_subject[language]
    if language == "en":
        assert "Someone, perhaps you, used your details to sign up again" in text
        assert "nothing has changed. You do not need to do anything." in text
        assert "If it was not you, you can ignore this message" in html


def test_someone_sharing_a_phone_with_a_signed_up_person_gets_their_own_place(client, event):
    theirs = theirs_for(event, name="Grace Okafor", email="", preferred_contact="phone")

    response = client.post(event.url, typed(name="Daniel Okafor", email="", preferred_contact="phone"))

    assert response.status_code == 302
    daniel = SignUp.objects.exclude(pk=theirs.pk).get()
    assert daniel.name == "Daniel Okafor" and daniel.phone_normalised == theirs.phone_normalised
    assert not asked_again().exists()
