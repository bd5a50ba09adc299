"""Sign-up and sign-in by emailed code, password sign-in, kind errors, rate limits and sign-out."""

from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

import pytest
from allauth.account.models import EmailAddress

from sidebyside.accounts.forms import PRIVACY_NOTICE_VERSION
from sidebyside.accounts.models import Consent, ConsentTopic, SecurityEvent
from sidebyside.notifications.models import OutboxMessage

pytestmark = pytest.mark.django_db

REQUEST_CODE = "/en/account/login/code/"
CONFIRM_CODE = "/en/account/login/code/confirm/"
DASHBOARD = "/en/account/involvement/"


def outbox_for(email, template=None):
    messages = OutboxMessage.objects.filter(recipient=email).order_by("created_at", "pk")
    if template:
        messages = messages.filter(template=template)
    return list(messages)


def request_code(client, email):
    return client.post(REQUEST_CODE, {"email": email})


def latest_code(email):
    return outbox_for(email, "account/login_code")[-1].context["code"]


def is_signed_in(client):
    return "_auth_user_id" in client.session


def test_sign_up_needs_only_an_email_and_a_code(client, home_page):
    response = client.post("/en/account/signup/", {"email": "new.person@example.org", "privacy_notice": "on"})
    assert response.status_code == 302
    assert not is_signed_in(client)

    [message] = outbox_for("new.person@example.org")
    assert message.template == "account/email_confirmation"
    response = client.post(response["Location"], {"code": message.context["code"]})

    assert response.status_code == 302
    assert response["Location"] == DASHBOARD
    assert is_signed_in(client)
    assert EmailAddress.objects.get(email="new.person@example.org").verified
    [consent] = Consent.objects.filter(user__email="new.person@example.org")
    assert (consent.topic, consent.wording_version) == (ConsentTopic.PRIVACY_NOTICE, PRIVACY_NOTICE_VERSION)


def test_sign_up_needs_agreement_to_the_privacy_notice(client):
    response = client.post("/en/account/signup/", {"email": "new.person@example.org"})

    assert response.status_code == 200
    assert "Tick the box to agree to the privacy notice" in response.content.decode()
    assert not OutboxMessage.objects.exists()


def test_sign_in_by_code_goes_through_the_outbox_not_the_mail_server(client, member):
    response = request_code(client, member.email)

    assert response["Location"] == CONFIRM_CODE
    assert mail.outbox == []  # nothing was sent during the request
    [message] = outbox_for(member.email)
    assert message.template == "account/login_code"
    assert message.status == OutboxMessage.Status.QUEUED
    assert message.idempotency_key.startswith("allauth:")

    response = client.post(CONFIRM_CODE, {"code": message.context["code"]})

    assert response["Location"] == DASHBOARD
    assert is_signed_in(client)


def test_the_code_email_renders_in_the_members_language(client, member):
    client.post("/ar/account/login/code/", {"email": member.email})
    message = outbox_for(member.email, "account/login_code")[-1]
    assert message.language == "ar"

    from sidebyside.notifications.rendering import render_message

    subject, text, html = render_message(message, {"name": "Side by Side", "url": "http://testserver"})
    assert message.context["code"] in text
    assert message.context["code"] in html
    assert 'dir="rtl"' in html


def test_a_wrong_code_says_so_kindly_and_lets_the_person_try_again(client, member):
    request_code(client, member.email)

    response = client.post(CONFIRM_CODE, {"code": "WRONG1"})

    assert response.status_code == 200
    assert "That code is not right" in response.content.decode()
    assert not is_signed_in(client)
    assert SecurityEvent.objects.filter(user=member, kind=SecurityEvent.Kind.CODE_REJECTED).exists()


def test_guessing_codes_is_locked_out_and_recorded(client, member):
    request_code(client, member.email)
    real_code = latest_code(member.email)

    for guess in ("AAAAAA", "BBBBBB", "CCCCCC"):
        response = client.post(CONFIRM_CODE, {"code": guess})

    # After the last allowed attempt the code is gone: even the right code no longer works.
    assert response.status_code == 302
    followed = client.get(response["Location"])
    assert "too many attempts" in followed.content.decode()
    response = client.post(CONFIRM_CODE, {"code": real_code})
    assert not is_signed_in(client)
    assert SecurityEvent.objects.filter(user=member, kind=SecurityEvent.Kind.CODE_LOCKED_OUT).count() == 1


def test_an_unknown_email_looks_the_same_as_a_known_one(client, member):
    known = request_code(client, member.email)
    known_page = client.get(known["Location"]).content.decode().replace(member.email, "EMAIL")
    client.logout()
    unknown = request_code(client, "nobody@example.org")
    unknown_page = client.get(unknown["Location"]).content.decode().replace("nobody@example.org", "EMAIL")

    assert unknown.status_code == known.status_code == 302
    assert unknown["Location"] == known["Location"]
    assert strip_tokens(unknown_page) == strip_tokens(known_page)
    # The owner of the unknown address is told there is no account, by email only.
    [message] = outbox_for("nobody@example.org")
    assert message.template == "account/unknown_account"
    assert "code" not in message.context


def strip_tokens(page):
    import re

    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", page)


def test_a_wrong_code_for_an_unknown_email_gets_the_same_message(client):
    request_code(client, "nobody@example.org")

    response = client.post(CONFIRM_CODE, {"code": "WRONG1"})

    assert "That code is not right" in response.content.decode()


def test_asking_for_codes_too_often_is_rate_limited(client, member):
    # Each request from a fresh session, as someone hammering the form would send them.
    for _ in range(3):
        client.cookies.clear()
        assert request_code(client, member.email).status_code == 302

    client.cookies.clear()
    response = request_code(client, member.email)

    assert response.status_code == 200
    assert "too many attempts" in response.content.decode()
    assert len(outbox_for(member.email, "account/login_code")) == 3


def test_the_sign_in_form_without_a_password_emails_a_code(client, member):
    response = client.post("/en/account/login/", {"login": member.email, "password": ""})

    assert response["Location"] == CONFIRM_CODE
    client.post(CONFIRM_CODE, {"code": latest_code(member.email)})
    assert is_signed_in(client)


def test_sign_up_with_an_optional_password_then_sign_in_with_it(client):
    response = client.post(
        "/en/account/signup/",
        {"email": "pw@example.org", "password1": "a long new password 42", "privacy_notice": "on"},
    )
    client.post(response["Location"], {"code": outbox_for("pw@example.org")[-1].context["code"]})
    client.post("/en/account/logout/")

    client.post("/en/account/login/", {"login": "pw@example.org", "password": "a long new password 42"})

    assert is_signed_in(client)


def test_password_sign_in_is_an_option(client, member):
    response = client.post("/en/account/login/", {"login": member.email, "password": "a long test password"})

    assert response["Location"] == DASHBOARD
    assert is_signed_in(client)


def test_a_wrong_password_gets_a_clear_message(client, member):
    response = client.post("/en/account/login/", {"login": member.email, "password": "not it"})

    assert response.status_code == 200
    assert "The email address or password is not right" in response.content.decode()
    assert 'class="nhsuk-error-summary"' in response.content.decode()


def test_sign_out(member_client):
    response = member_client.post("/en/account/logout/")

    assert response.status_code == 302
    assert not is_signed_in(member_client)


def test_sign_in_pages_are_in_every_language(client):
    for language in ("en", "pl", "ar"):
        for name in ("account_login", "account_request_login_code", "account_signup"):
            from django.utils import translation

            with translation.override(language):
                url = reverse(name)
            response = client.get(url)
            assert response.status_code == 200, url
            assert f'lang="{language}"' in response.content.decode()


def test_the_header_offers_sign_in_to_guests_and_my_involvement_to_members(client, member, home_page):
    assert "Sign in" in client.get("/en/").content.decode()
    client.force_login(member)
    page = client.get("/en/").content.decode()
    assert "My involvement" in page
    assert DASHBOARD in page


def test_anonymous_public_pages_still_set_no_cookies(client, home_page):
    response = client.get("/en/")
    assert response.cookies == {}


def test_sign_out_everywhere_else_ends_the_other_sessions(client, member):
    from django.test import Client

    other_device = Client()
    for device in (client, other_device):
        device.post("/en/account/login/", {"login": member.email, "password": "a long test password"})
        assert is_signed_in(device)

    response = client.post("/en/account/sessions/")

    assert response.status_code == 302
    assert is_signed_in(client)
    assert other_device.get(DASHBOARD).status_code == 302  # sent to sign in
    assert not is_signed_in(other_device)


def test_an_expired_code_says_so(client, member, settings):
    request_code(client, member.email)
    settings.ACCOUNT_LOGIN_BY_CODE_TIMEOUT = 0  # the code has now run out

    response = client.post(CONFIRM_CODE, {"code": latest_code(member.email)}, follow=True)

    assert not is_signed_in(client)
    assert response.redirect_chain[-1][0] == REQUEST_CODE
    assert "That code has expired" in response.content.decode()


def test_too_many_sign_ups_from_one_connection_get_a_kind_page(client):
    for number in range(20):
        client.post("/en/account/signup/", {"email": f"person{number}@example.org", "privacy_notice": "on"})
        client.cookies.clear()

    response = client.post("/en/account/signup/", {"email": "one.more@example.org", "privacy_notice": "on"})

    assert response.status_code == 429
    page = response.content.decode()
    assert "Please wait a moment" in page
    assert 'class="nhsuk-header"' in page


def test_a_failure_while_recording_consent_saves_no_account(client, home_page, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr("sidebyside.accounts.forms.record_consent", broken)
    client.raise_request_exception = False

    response = client.post("/en/account/signup/", {"email": "half.saved@example.org", "privacy_notice": "on"})

    assert response.status_code == 500
    assert not get_user_model().objects.filter(email="half.saved@example.org").exists()
    assert not EmailAddress.objects.filter(email="half.saved@example.org").exists()
