"""Sending details that match someone's expression of interest tells the visitor nothing about it.

Anyone can type anyone's email address into the form. If the page said "you have already applied", it would
tell them which roles that person applied for. So a guest (or a member typing someone else's details) sees
exactly what a new interest shows, nothing is saved, and the person whose interest it is gets a message,
at most one a day. A signed-in member's own interest is theirs to see, as before.
"""

import datetime
import re
from unittest import mock

from django.test import Client
from django.utils import timezone

import pytest

from opportunities.models import ExpressionOfInterest, InterestStatus
from sidebyside.accounts.models import Consent
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.moderation.models import ModerationDecision
from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.rendering import render_message, site_context

from .factories import ExpressionOfInterestFactory, OpportunityIndexPageFactory, OpportunityPageFactory
from .test_interest_views import ALREADY, valid_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home_page):
    return OpportunityPageFactory(
        parent=OpportunityIndexPageFactory(parent=home_page), title="Cancer services partner"
    )


@pytest.fixture
def theirs(page):
    """Someone else's interest, found by the name and phone number the visitor types (a phone number alone is
    not enough: people in one household share one)."""
    return ExpressionOfInterestFactory(
        opportunity=page,
        name="Alex Private",
        email="alex.private@example.net",
        phone="07700 900123",
        preferred_contact="email",
        status=InterestStatus.BRIEFING_ARRANGED,
        language="pl",
    )


def their_details(**changes):
    """What a visitor types: another person's name and phone number, with an email address of their own."""
    return valid_data(**{"name": "Alex Private", **changes})


def saved():
    return (ExpressionOfInterest.objects.count(), Consent.objects.count(), ModerationDecision.objects.count())


def asked_again():
    return OutboxMessage.objects.filter(template="interest_asked_again")


def thank_you_html(client, response, page):
    assert response.status_code == 302
    assert response["Location"] == page.url + "thank-you/"
    thank_you = client.get(response["Location"])
    assert thank_you.status_code == 200
    assert "no-store" in thank_you["Cache-Control"]  # it shows what the visitor typed
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", thank_you.content.decode())


def test_a_guest_sending_someone_elses_details_sees_only_what_a_new_interest_shows(page, theirs):
    typed = their_details(email="sam@example.org", phone="+44 7700 900123")
    before = saved()

    client = Client()
    duplicate = thank_you_html(client, client.post(page.url, typed), page)

    assert saved() == before
    assert "We will send a confirmation to sam@example.org" in duplicate
    for secret in ("Alex Private", "alex.private@example.net", "Briefing", "briefing", ALREADY):
        assert secret not in duplicate
    # The same page a visitor gets for a new interest with those details, to the character.
    theirs.delete()
    fresh_client = Client()
    fresh = thank_you_html(fresh_client, fresh_client.post(page.url, typed), page)
    assert ExpressionOfInterest.objects.get().email == "sam@example.org"
    assert duplicate == fresh


def test_the_person_whose_interest_it_is_hears_once_a_day_in_their_language_and_way(page, theirs):
    typed = their_details(email="sam@example.org", phone="07700900123")
    Client().post(page.url, typed)
    Client().post(page.url, their_details(email="ALEX.private@example.net", phone=""))

    message = asked_again().get()
    assert (message.recipient, message.language, message.status) == (
        "alex.private@example.net",
        "pl",
        OutboxMessage.Status.QUEUED,
    )
    assert message.context == {"name": "Alex Private", "opportunity": "Cancer services partner"}
    assert message.idempotency_key == f"interest-again:{theirs.pk}:{timezone.localdate().isoformat()}"
    # Nothing else is sent to anyone, and nothing about the visitor reaches the person.
    assert OutboxMessage.objects.count() == 1
    assert "sam@example.org" not in str(message.context)

    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with mock.patch("opportunities.pipeline.timezone.localdate", return_value=tomorrow):
        Client().post(page.url, typed)
    assert asked_again().count() == 2
    assert ExpressionOfInterest.objects.count() == 1


def test_a_person_who_chose_the_phone_is_not_emailed(page):
    ExpressionOfInterestFactory(
        opportunity=page, name="Alex Private", email="", phone="07700 900123", preferred_contact="phone"
    )
    Client().post(page.url, their_details(preferred_contact="phone", email="", phone="07700900123"))
    message = asked_again().get()
    assert (message.recipient, message.status) == ("", OutboxMessage.Status.NOT_EMAILED)


def test_the_thank_you_page_shows_how_the_visitor_chose_to_be_contacted(page, theirs):
    client = Client()
    response = client.post(page.url, their_details(preferred_contact="text", email="", phone="07700 900123"))
    html = thank_you_html(client, response, page)
    assert "They will send you a text message" in html
    assert "We will send a confirmation" not in html and "alex.private" not in html


def test_the_answer_for_typed_details_is_tied_to_its_page(page, theirs, home_page):
    client = Client()
    client.post(page.url, their_details(phone="07700900123"))
    other = OpportunityPageFactory(parent=page.get_parent(), title="Another role")
    response = client.get(other.url + "thank-you/")
    assert response.status_code == 302 and response["Location"] == other.url


def test_a_new_interest_after_typed_details_shows_the_new_one(page, theirs):
    client = Client()
    client.post(page.url, their_details(email="sam@example.org", phone="07700900123"))
    response = client.post(page.url, their_details(email="jo@example.org"))
    html = thank_you_html(client, response, page)
    assert "jo@example.org" in html and "sam@example.org" not in html


def test_a_member_typing_someone_elses_details_learns_nothing_either(page, theirs):
    client = Client()
    client.force_login(MemberFactory(email="member@example.org"))
    response = client.post(page.url, their_details(email="member.other@example.org", phone="07700900123"))
    html = thank_you_html(client, response, page)
    assert "We will send a confirmation to member.other@example.org" in html
    assert "Alex Private" not in html and ALREADY not in html
    assert ExpressionOfInterest.objects.count() == 1
    assert asked_again().count() == 1


def test_a_members_own_interest_is_still_theirs_to_see(page):
    member = MemberFactory(email="member@example.org")
    ExpressionOfInterestFactory(opportunity=page, user=member, email="first@example.org")
    client = Client()
    client.force_login(member)
    response = client.post(page.url, their_details(email="second@example.org"))
    assert response.status_code == 200 and response.context["already_applied"] is True
    assert ALREADY in response.content.decode()
    assert "See where it has got to in My involvement" in response.content.decode()
    assert not asked_again().exists()


def test_a_member_who_applied_as_a_guest_with_their_account_email_is_told_on_sending(page):
    # The page already tells them before they send anything: their account's address is theirs.
    ExpressionOfInterestFactory(opportunity=page, email="Member@Example.org")
    client = Client()
    client.force_login(MemberFactory(email="member@example.org"))
    response = client.post(page.url, their_details(email="member@example.org"))
    assert response.status_code == 200 and ALREADY in response.content.decode()
    assert not asked_again().exists()


@pytest.mark.parametrize("language", ["en", "pl", "ar"])
def test_the_message_reads_well_in_each_language(language):
    message = OutboxMessage(
        template="interest_asked_again",
        context={"name": "Sam & Co", "opportunity": "Cancer services partner"},
        language=language,
    )
    subject, text, html = render_message(message, site_context())
    assert "Cancer services partner" in subject
    assert "Sam & Co" in text and "Sam &amp; Co" in html
    assert "Cancer services partner" in text and "Cancer services partner" in html
    assert "{" not in subject + text and "{%" not in html
    if language == "en":
        assert subject == "About your interest in Cancer services partner"
        assert "Someone, perhaps you, used your details" in text
        assert "nothing has changed. You do not need to do anything." in text
        assert "If it was not you, you can ignore this message" in html
