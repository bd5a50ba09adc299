"""Sending an expression of interest from an opportunity page, as a guest and as a member."""

from unittest import mock

from django.core.cache import cache
from django.db import IntegrityError

from wagtail.models import Locale

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opportunities.forms.interest import CONSENT_WORDING_VERSION, InterestForm
from opportunities.models import ExpressionOfInterest, InterestStatus, OpportunityFormField
from opportunities.pipeline import receive_interest
from sidebyside.accounts.models import Consent, ConsentTopic
from sidebyside.accounts.tests.factories import MemberFactory, ProfileFactory
from sidebyside.moderation.models import ModerationDecision
from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.rendering import render_message, site_context
from sidebyside.testing.forms import VIEW_FUZZ_SETTINGS, assert_view_handles_post, form_data

from .factories import (
    ExpressionOfInterestFactory,
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    closed_yesterday,
)

ALREADY = "You have already told us you are interested"


@pytest.fixture
def index(home_page):
    return OpportunityIndexPageFactory(parent=home_page)


@pytest.fixture
def page(index):
    return OpportunityPageFactory(parent=index, title="Maternity voices partner")


@pytest.fixture
def member(db):
    return MemberFactory(email="member@example.org")


def valid_data(**changes):
    data = {
        "name": "Sam Patel",
        "preferred_contact": "email",
        "email": "sam@example.org",
        "phone": "",
        "postal_address": "",
        "why_interested": "I had my babies here and want to help.",
        "how_heard": "website",
        "consent": "on",
    }
    data.update(changes)
    return data


def counts():
    return (
        ExpressionOfInterest.objects.count(),
        Consent.objects.count(),
        OutboxMessage.objects.count(),
        ModerationDecision.objects.count(),
    )


NOTHING = (0, 0, 0, 0)


def test_the_page_shows_the_form_with_what_happens_next(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    assert isinstance(response.context["interest_form"], InterestForm)
    assert response.context["already_applied"] is False
    html = response.content.decode()
    assert 'name="why_interested"' in html
    assert "What happens next" in html


def test_a_guest_registers_interest(client, page):
    response = client.post(page.url, valid_data(access_needs=["step_free", "bsl"]))

    assert response.status_code == 302
    assert response["Location"] == page.url + "thank-you/"
    interest = ExpressionOfInterest.objects.get()
    assert interest.opportunity == page.specific
    assert interest.opportunity_key == page.translation_key
    assert interest.opportunity_title == "Maternity voices partner"
    assert interest.organisation == page.organisation
    assert interest.user is None
    assert interest.language == "en"
    assert interest.status == InterestStatus.NEW
    assert interest.access_needs == ["step_free", "bsl"]
    assert interest.consent_wording_version == CONSENT_WORDING_VERSION

    decision = ModerationDecision.objects.get()
    assert (decision.object_id, decision.from_status, decision.to_status, decision.by) == (
        interest.pk,
        "",
        "new",
        None,
    )
    consent = Consent.objects.get()
    assert consent.topic == ConsentTopic.CONTACT_ABOUT_OPPORTUNITY
    assert consent.wording_version == CONSENT_WORDING_VERSION
    assert consent.email == "sam@example.org"

    person = OutboxMessage.objects.get(template="interest_received")
    assert person.recipient == "sam@example.org"
    assert person.status == OutboxMessage.Status.QUEUED
    assert person.context["opportunity"] == "Maternity voices partner"
    staff = OutboxMessage.objects.get(template="interest_for_staff")
    assert staff.recipient == page.contact.email
    assert staff.context["contact"] == {"method": "email", "email": "sam@example.org", "phone": ""}
    assert staff.context["access_needs"] == ["Step-free access", "A British Sign Language (BSL) interpreter"]


def test_the_thank_you_page_says_what_happens_next_and_invites_a_guest_to_make_an_account(client, page):
    client.post(page.url, valid_data())
    response = client.get(page.url + "thank-you/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "What happens next" in html
    assert "sam@example.org" in html
    assert "Make an account" in html


def test_the_thank_you_page_needs_the_signed_value_from_this_browser(client, page):
    ExpressionOfInterestFactory(opportunity=page)
    response = client.get(page.url + "thank-you/")
    assert response.status_code == 302
    assert response["Location"] == page.url
    session = client.session
    session["opportunities.interest_received"] = "1"  # a guessed id, not signed
    session.save()
    assert client.get(page.url + "thank-you/").status_code == 302


def test_a_member_finds_the_form_filled_in_and_their_interest_linked(client, page, member):
    ProfileFactory(user=member, preferred_name="Ali", phone="07700 900123", other_needs="Breaks every hour")
    client.force_login(member)

    form = client.get(page.url).context["interest_form"]
    assert form.initial["name"] == "Ali"
    assert form.initial["email"] == "member@example.org"
    assert form.initial["phone"] == "07700 900123"
    assert form.initial["access_needs_details"] == "Breaks every hour"

    response = client.post(page.url, valid_data(name="Ali", email="member@example.org"))
    assert response.status_code == 302
    interest = ExpressionOfInterest.objects.get()
    assert interest.user == member
    assert Consent.objects.get().user == member
    assert ModerationDecision.objects.get().by == member
    html = client.get(page.url + "thank-you/").content.decode()
    assert "My involvement" in html
    assert "Make an account" not in html


@pytest.mark.parametrize(
    ("method", "details", "column", "value"),
    [
        ("email", {"email": "pat@example.org"}, "email", "pat@example.org"),
        ("phone", {"email": "", "phone": "07700 900123"}, "phone", "07700 900123"),
        ("text", {"email": "", "phone": "07700 900124"}, "phone", "07700 900124"),
        (
            "post",
            {"email": "", "postal_address": "1 High Street\nTestford"},
            "postal_address",
            "1 High Street\nTestford",
        ),
    ],
)
def test_each_way_of_being_contacted_is_saved_and_only_email_people_are_emailed(
    client, page, method, details, column, value
):
    response = client.post(page.url, valid_data(preferred_contact=method, **details))
    assert response.status_code == 302
    interest = ExpressionOfInterest.objects.get()
    assert interest.preferred_contact == method
    assert getattr(interest, column) == value
    confirmation = OutboxMessage.objects.get(template="interest_received")
    expected = OutboxMessage.Status.QUEUED if method == "email" else OutboxMessage.Status.NOT_EMAILED
    assert confirmation.status == expected


@pytest.mark.parametrize(
    ("method", "field"), [("email", "email"), ("phone", "phone"), ("text", "phone"), ("post", "postal_address")]
)
def test_the_chosen_way_of_contact_needs_its_detail(client, page, method, field):
    response = client.post(page.url, valid_data(preferred_contact=method, email=""))
    assert response.status_code == 200
    assert field in response.context["interest_form"].errors
    html = response.content.decode()
    assert "There is a problem" in html
    assert f'href="#id_{field}"' in html
    assert counts() == NOTHING


def test_extra_questions_are_asked_and_kept_with_their_labels(client, page):
    OpportunityFormField.objects.create(page=page, label="Name", field_type="singleline", required=True)
    OpportunityFormField.objects.create(
        page=page, label="Which days suit you?", field_type="checkboxes", choices="Monday\nFriday"
    )
    assert 'name="extra_which_days_suit_you"' in client.get(page.url).content.decode()

    response = client.post(page.url, valid_data(extra_name="Sammy", extra_which_days_suit_you=["Monday", "Friday"]))
    assert response.status_code == 302
    interest = ExpressionOfInterest.objects.get()
    assert interest.name == "Sam Patel"
    assert interest.answers == {
        "name": {"label": "Name", "answer": "Sammy"},
        "which_days_suit_you": {"label": "Which days suit you?", "answer": "Monday, Friday"},
    }
    staff = OutboxMessage.objects.get(template="interest_for_staff")
    assert {"label": "Name", "answer": "Sammy"} in staff.context["answers"]


def test_people_sharing_a_phone_each_register_their_own_interest(client, page):
    mum = {"preferred_contact": "phone", "email": "", "phone": "07700 900123", "name": "Grace Okafor"}
    son = {**mum, "name": "Daniel Okafor"}

    assert client.post(page.url, valid_data(**mum)).status_code == 302
    assert client.post(page.url, valid_data(**son)).status_code == 302

    assert sorted(ExpressionOfInterest.objects.values_list("name", flat=True)) == ["Daniel Okafor", "Grace Okafor"]
    assert not OutboxMessage.objects.filter(template="interest_asked_again").exists()


def test_the_database_holds_one_interest_per_phone_and_name(page):
    from django.db import IntegrityError, transaction

    ExpressionOfInterestFactory(opportunity=page, name="Grace Okafor", email="", phone="07700 900123")
    ExpressionOfInterestFactory(opportunity=page, name="Daniel Okafor", email="", phone="07700900123")
    with pytest.raises(IntegrityError), transaction.atomic():
        ExpressionOfInterestFactory(opportunity=page, name="grace  OKAFOR", email="", phone="+44 7700 900123")


def test_markup_is_stored_as_text_and_escaped_on_the_page(client, page):
    response = client.post(page.url, valid_data(name="<b>Sam</b>", why_interested="<script>alert(1)</script>"))
    assert response.status_code == 302
    assert ExpressionOfInterest.objects.get().why_interested == "<script>alert(1)</script>"
    response = client.post(page.url, valid_data(name="<script>x()</script>", email="bad"))
    assert "<script>x()</script>" not in response.content.decode()
    assert "&lt;script&gt;x()&lt;/script&gt;" in response.content.decode()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ({"email": "Sam@Example.org"}, {"email": "  sam@example.ORG "}),
        (
            {"preferred_contact": "phone", "email": "", "phone": "+44 7700 900123", "name": "Sam Patel"},
            {"preferred_contact": "text", "email": "", "phone": "07700900123", "name": " sam  PATEL"},
        ),
    ],
)
def test_the_same_person_twice_is_not_a_duplicate(client, page, first, second):
    assert client.post(page.url, valid_data(**first)).status_code == 302
    before = counts()
    response = client.post(page.url, valid_data(**{"name": "Someone else", **second}))
    # A guest is answered as for a new interest (they cannot show it is theirs), and its person is told.
    assert response.status_code == 302 and response["Location"] == page.url + "thank-you/"
    assert ALREADY not in client.get(response["Location"]).content.decode()
    assert before == (1, 1, 2, 1)
    assert counts() == (1, 1, 3, 1)
    again = OutboxMessage.objects.get(template="interest_asked_again")
    assert again.context["name"] == "Sam Patel"
    assert again.idempotency_key.startswith(f"interest-again:{ExpressionOfInterest.objects.get().pk}:")


def test_the_same_person_from_another_language_version_is_not_a_duplicate(client, page):
    ExpressionOfInterestFactory(
        opportunity=None, opportunity_key=page.translation_key, email="sam@example.org", language="pl"
    )
    response = client.post(page.url, valid_data())
    assert response.status_code == 302 and response["Location"] == page.url + "thank-you/"
    assert ExpressionOfInterest.objects.count() == 1
    assert OutboxMessage.objects.get(template="interest_asked_again").language == "pl"


def test_a_member_applies_once_whatever_details_they_give(client, page, member):
    client.force_login(member)
    assert client.post(page.url, valid_data(email="first@example.org")).status_code == 302
    response = client.post(page.url, valid_data(email="second@example.org"))
    assert ALREADY in response.content.decode()
    assert ExpressionOfInterest.objects.count() == 1
    # And when they come back to the page, it tells them straight away.
    response = client.get(page.url)
    assert response.context["already_applied"] is True
    assert ALREADY in response.content.decode()


def test_losing_the_race_to_a_duplicate_shows_the_same_answer_not_an_error(client, page):
    winner = ExpressionOfInterestFactory(opportunity=page, email="sam@example.org", name="Alex Winner")
    interests, consents, messages, decisions = counts()
    # As if the other submission committed between our check and our insert.
    with mock.patch("opportunities.views.interest.find_existing", side_effect=[None, winner]):
        response = client.post(page.url, valid_data())
    assert response.status_code == 302 and response["Location"] == page.url + "thank-you/"
    html = client.get(response["Location"]).content.decode()
    assert ALREADY not in html and "We will send a confirmation to sam@example.org" in html
    assert counts() == (interests, consents, messages + 1, decisions)
    assert OutboxMessage.objects.get(template="interest_asked_again").context["name"] == "Alex Winner"


def test_a_closed_opportunity_takes_no_interest(client, index):
    page = OpportunityPageFactory(parent=index, closing_date=closed_yesterday())
    response = client.post(page.url, valid_data())
    assert response.status_code == 200
    assert response.context["interest_form"] is None
    assert "Tell me about similar opportunities" in response.content.decode()
    assert counts() == NOTHING


def test_a_full_opportunity_takes_no_interest(client, index):
    page = OpportunityPageFactory(parent=index, places_sought=1)
    ExpressionOfInterestFactory(opportunity=page, status=InterestStatus.PLACED)
    before = counts()
    response = client.post(page.url, valid_data())
    assert response.status_code == 200
    assert counts() == before


def test_the_honeypot_turns_bots_away(client, page):
    response = client.post(page.url, valid_data(sbs_trap="http://spam.example"))
    assert response.status_code == 200
    assert response.context["interest_form"].errors
    assert counts() == NOTHING


def test_too_many_attempts_from_one_address_are_paused(client, page, settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"interest": {"ip": (2, 3600), "email": (100, 3600)}}
    for n in range(2):
        assert client.post(page.url, valid_data(email=f"p{n}@example.org")).status_code == 302
    response = client.post(page.url, valid_data(email="p3@example.org"))
    assert response.status_code == 429
    assert ExpressionOfInterest.objects.count() == 2


def test_too_many_attempts_for_one_email_are_paused_from_any_address(client, page, settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"interest": {"ip": (100, 3600), "email": (2, 3600)}}
    first = client.post(page.url, valid_data(email="Same@example.org"), REMOTE_ADDR="10.0.0.1")
    again = client.post(page.url, valid_data(email="same@example.org"), REMOTE_ADDR="10.0.0.2")
    response = client.post(page.url, valid_data(email="same@example.org"), REMOTE_ADDR="10.0.0.9")
    assert (first.status_code, again.status_code, response.status_code) == (302, 302, 429)
    assert ExpressionOfInterest.objects.count() == 1


def test_correcting_mistakes_does_not_use_up_the_emails_attempts(client, page, settings):
    # Invalid posts count against the IP address only: a stranger posting rubbish with someone's address
    # cannot lock them out, and a person fixing their answers keeps what they typed.
    settings.PUBLIC_FORM_RATE_LIMITS = {"interest": {"ip": (100, 3600), "email": (5, 3600)}}
    for n in range(6):
        response = client.post(page.url, valid_data(why_interested=""), REMOTE_ADDR=f"10.0.0.{n}")
        assert response.status_code == 200
        assert response.context["interest_form"].errors
    assert client.post(page.url, valid_data()).status_code == 302
    assert ExpressionOfInterest.objects.count() == 1


def test_invalid_posts_still_count_against_the_ip_address(client, page, settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"interest": {"ip": (2, 3600), "email": (100, 3600)}}
    for _ in range(2):
        assert client.post(page.url, valid_data(why_interested="")).status_code == 200
    assert client.post(page.url, valid_data()).status_code == 429
    assert counts() == NOTHING


def test_a_failure_while_saving_leaves_nothing_behind(page):
    form = InterestForm(valid_data(), page=page)
    assert form.is_valid()
    with (
        mock.patch("opportunities.pipeline._tell_the_contact_person", side_effect=RuntimeError("boom")),
        pytest.raises(RuntimeError),
    ):
        receive_interest(page, form, wording_version=CONSENT_WORDING_VERSION)
    assert counts() == NOTHING


def test_a_duplicate_at_the_database_leaves_nothing_behind(page):
    ExpressionOfInterestFactory(opportunity=page, email="sam@example.org")
    before = counts()
    form = InterestForm(valid_data(), page=page)
    assert form.is_valid()
    with pytest.raises(IntegrityError):
        receive_interest(page, form, wording_version=CONSENT_WORDING_VERSION)
    assert counts() == before


def polish_copy(page):
    polish = page.copy_for_translation(Locale.objects.get(language_code="pl"), copy_parents=True)
    polish.save_revision().publish()
    return polish


def test_the_language_of_the_page_is_the_persons_language(client, page):
    polish = polish_copy(page)
    assert polish.url.startswith("/pl/")
    assert client.post(polish.url, valid_data()).status_code == 302
    interest = ExpressionOfInterest.objects.get()
    assert interest.language == "pl"
    assert interest.opportunity_key == page.translation_key
    assert OutboxMessage.objects.get(template="interest_received").language == "pl"
    assert OutboxMessage.objects.get(template="interest_for_staff").language == "en"
    # The same person on the English page has already applied for the same role: nothing new is saved, and
    # the message about it is in the language they applied in.
    assert client.post(page.url, valid_data()).status_code == 302
    assert ExpressionOfInterest.objects.count() == 1
    assert OutboxMessage.objects.get(template="interest_asked_again").language == "pl"


@VIEW_FUZZ_SETTINGS
@given(data=st.data())
def test_the_page_never_fails_and_never_half_saves(client, page, data):
    cache.clear()
    OpportunityFormField.objects.get_or_create(page=page, label="Your postcode", field_type="singleline")
    post = data.draw(form_data(InterestForm, page=page))
    response = assert_view_handles_post(client, page.url, post, ExpressionOfInterest.objects.count)
    interests, consents, messages, decisions = counts()
    assert consents == interests
    assert decisions == interests
    # Details sent again tell the person whose interest it is, at most once a day each.
    asked_again = OutboxMessage.objects.filter(template="interest_asked_again").count()
    assert asked_again <= interests
    assert messages == 2 * interests + asked_again
    if response.status_code == 302:
        assert response["Location"].endswith("thank-you/")


def test_a_member_who_applied_as_a_guest_is_told_they_already_applied(client, page, member):
    ExpressionOfInterestFactory(opportunity=page, email="MEMBER@example.org")
    client.force_login(member)
    response = client.get(page.url)
    assert response.context["already_applied"] is True
    assert response.context["interest_form"] is None
    assert ALREADY in response.content.decode()


def test_the_messages_read_well_for_the_person_and_for_staff(client, page):
    client.post(
        page.url,
        valid_data(
            preferred_contact="post",
            email="",
            postal_address="1 High Street\nTestford",
            name="Sam & Co",
            access_needs=["large_print"],
        ),
    )
    person = OutboxMessage.objects.get(template="interest_received")
    subject, text, html = render_message(person, site_context())
    assert subject == "We have your interest in Maternity voices partner"
    assert "What happens next" in text
    staff = OutboxMessage.objects.get(template="interest_for_staff")
    subject, text, html = render_message(staff, site_context())
    assert subject == "New interest in Maternity voices partner"
    assert "Sam & Co is interested" in text
    assert "Sam &amp; Co is interested" in html
    assert "1 High Street\nTestford" in text
    assert "write to them" in text
    assert "Large print" in text
    interest = ExpressionOfInterest.objects.get()
    assert f"http://localhost/admin/interests/inspect/{interest.pk}/" in text
    assert f'href="http://localhost/admin/interests/inspect/{interest.pk}/"' in html
