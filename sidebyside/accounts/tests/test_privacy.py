"""Download my data, and delete my account (confirmed by email through the outbox)."""

import json
import re

from django.contrib.auth import get_user_model

import pytest
from allauth.account.models import EmailAddress

from sidebyside.accounts.models import Consent, InvolvementProfile
from sidebyside.accounts.privacy import (
    deletion_token,
    register_data_section,
    register_eraser,
    unregister_data_section,
    unregister_eraser,
)
from sidebyside.notifications.models import OutboxMessage

from .factories import ConsentFactory, MemberFactory, ProfileFactory

pytestmark = pytest.mark.django_db

User = get_user_model()


@pytest.fixture
def rich_member(member):
    ProfileFactory(user=member, preferred_name="Ali", access_needs=["step_free"], other_needs="A quiet room")
    ConsentFactory(user=member, wording_version="alerts-v1")
    return member


def test_json_download_holds_everything_about_the_member(member_client, rich_member):
    register_data_section("test-events", "Event places", lambda user: [{"event": "Open day", "place": "confirmed"}])
    try:
        response = member_client.get("/en/account/my-data/my-data.json")
    finally:
        unregister_data_section("test-events")

    assert response["Content-Disposition"] == 'attachment; filename="my-data.json"'
    data = json.loads(response.content)
    sections = {section["key"]: section["rows"] for section in data["sections"]}
    [account] = sections["account"]
    assert account["Email address"] == rich_member.email
    assert account["Account made"] == rich_member.date_joined.isoformat()
    assert sections["email_addresses"] == [{"Email address": rich_member.email, "Confirmed": True}]
    assert sections["profile"][0]["preferred name"] == "Ali"
    assert sections["profile"][0]["other needs in my own words"] == "A quiet room"
    assert sections["profile"][0]["access needs"] == ["Step-free access"]  # what they chose, not a code
    assert sections["consents"][0]["Wording version"] == "alerts-v1"
    assert sections["test-events"] == [{"event": "Open day", "place": "confirmed"}]


def test_html_download_is_a_readable_page(member_client, rich_member):
    response = member_client.get("/en/account/my-data/my-data.html")

    assert response["Content-Disposition"] == 'attachment; filename="my-data.html"'
    page = response.content.decode()
    assert page.startswith("<!DOCTYPE html>")
    assert "A quiet room" in page
    assert "alerts-v1" in page


def test_the_data_page_shows_it_too(member_client, rich_member):
    page = member_client.get("/en/account/my-data/").content.decode()
    assert "A quiet room" in page
    assert "Download as a web page" in page


def test_downloads_only_show_the_members_own_data(member_client, rich_member):
    ProfileFactory(other_needs="Someone else's secret")
    assert "Someone else" not in member_client.get("/en/account/my-data/my-data.json").content.decode()


def request_deletion(client):
    response = client.post("/en/account/delete/", {"confirm": "on"})
    assert response.status_code == 200
    return OutboxMessage.objects.get(template="account/deletion_confirm")


def test_deletion_is_confirmed_by_email_before_anything_goes(member_client, rich_member):
    assert member_client.post("/en/account/delete/", {}).status_code == 200  # the box must be ticked
    assert not OutboxMessage.objects.filter(template="account/deletion_confirm").exists()

    message = request_deletion(member_client)

    assert message.recipient == rich_member.email
    assert InvolvementProfile.objects.filter(user=rich_member).exists()
    confirm_path = re.sub(r"^https?://[^/]+", "", message.context["confirm_url"])
    # Opening the link only shows a button: link scanners in mail systems must not delete accounts.
    assert member_client.get(confirm_path).status_code == 200
    assert User.objects.get(pk=rich_member.pk).is_active


def test_confirming_erases_personal_data_and_keeps_an_anonymous_row(member_client, rich_member):
    erased = []
    register_eraser(erased.append)
    try:
        message = request_deletion(member_client)
        confirm_path = re.sub(r"^https?://[^/]+", "", message.context["confirm_url"])
        response = member_client.post(confirm_path)
    finally:
        unregister_eraser(erased.append)

    assert response.status_code == 200
    assert "Your account has been deleted" in response.content.decode()
    user = User.objects.get(pk=rich_member.pk)
    assert (user.email, user.is_active, user.has_usable_password()) == ("", False, False)
    assert user.username == f"deleted-{user.pk}"
    assert erased == [user]
    assert not InvolvementProfile.objects.filter(user=user).exists()
    assert not Consent.objects.filter(user=user).exists()
    assert not EmailAddress.objects.filter(user=user).exists()
    assert "_auth_user_id" not in member_client.session
    goodbye = OutboxMessage.objects.get(template="account/account_deleted")
    assert goodbye.recipient == "member0@example.org" or goodbye.recipient.endswith("@example.org")


def test_a_deleted_member_cannot_sign_in_again(client, member):
    from sidebyside.accounts.privacy import delete_account

    email = member.email
    delete_account(member)

    client.post("/en/account/login/", {"login": email, "password": "a long test password"})
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("token", ["nonsense", "a" * 500, "../../etc"])
def test_a_bad_deletion_link_does_nothing(client, member, token):
    response = client.post(f"/en/account/delete/confirm/{token}/")
    assert response.status_code == 404
    assert User.objects.get(pk=member.pk).is_active


def test_a_deletion_link_stops_working_if_the_email_changed(client, member):
    token = deletion_token(member)
    member.email = "new@example.org"
    member.save()

    assert client.post(f"/en/account/delete/confirm/{token}/").status_code == 404
    assert User.objects.get(pk=member.pk).is_active


def test_deleting_one_account_leaves_others_alone(client, member):
    other = MemberFactory()
    ProfileFactory(user=other)
    client.post(f"/en/account/delete/confirm/{deletion_token(member)}/")
    assert InvolvementProfile.objects.filter(user=other).exists()
    assert User.objects.get(pk=other.pk).is_active


def outbox_row(recipient, status, key, **fields):
    return OutboxMessage.objects.create(
        recipient=recipient,
        template="account/login_code",
        language="en",
        context={"code": "ABCD-EFGH"},
        status=status,
        idempotency_key=key,
        **fields,
    )


def test_deletion_leaves_no_address_or_code_in_the_outbox(member):
    from sidebyside.accounts.privacy import delete_account
    from sidebyside.notifications.models import DeliveryAttempt

    EmailAddress.objects.create(user=member, email="second@example.org", verified=True, primary=False)
    sent = outbox_row(member.email.upper(), OutboxMessage.Status.SENT, "sent")
    waiting = outbox_row(member.email, OutboxMessage.Status.QUEUED, "waiting")
    failed = outbox_row("second@example.org", OutboxMessage.Status.FAILED, "failed", last_error="refused second@")
    DeliveryAttempt.objects.create(message=failed, outcome="failed", error="550 second@example.org unknown")
    someone_else = outbox_row("other@example.org", OutboxMessage.Status.SENT, "other")
    ConsentFactory(user=None, email="Second@example.org")
    email = member.email

    delete_account(member)

    for row in (sent, waiting, failed):
        row.refresh_from_db()
        assert (row.recipient, row.context, row.last_error) == ("", {}, "")
    assert waiting.status == failed.status == OutboxMessage.Status.CANCELLED
    assert sent.status == OutboxMessage.Status.SENT
    assert DeliveryAttempt.objects.get(message=failed).error == ""
    someone_else.refresh_from_db()
    assert someone_else.recipient == "other@example.org"
    assert not Consent.objects.filter(email__iexact="second@example.org").exists()
    goodbye = OutboxMessage.objects.get(template="account/account_deleted")
    assert goodbye.recipient == email


def test_keeping_the_account_goes_back_to_the_home_page_in_the_same_language(client, member):
    response = client.get(f"/ar/account/delete/confirm/{deletion_token(member)}/")

    assert response.status_code == 200
    assert '<a href="/ar/">' in response.content.decode()


def test_the_download_lists_where_the_member_is_signed_in(member_client, member):
    from allauth.usersessions.models import UserSession

    UserSession.objects.create(user=member, session_key="k" * 32, ip="192.0.2.7", user_agent="Firefox on a test phone")

    data = json.loads(member_client.get("/en/account/my-data/my-data.json").content)

    sections = {section["key"]: section["rows"] for section in data["sections"]}
    [session] = sections["sessions"]
    assert (session["Browser"], session["IP address"]) == ("Firefox on a test phone", "192.0.2.7")


def test_confirming_someone_elses_link_does_not_sign_out_whoever_is_signed_in(client, member):
    other = MemberFactory()
    client.force_login(other)

    client.post(f"/en/account/delete/confirm/{deletion_token(member)}/")

    assert not User.objects.get(pk=member.pk).is_active
    assert client.session["_auth_user_id"] == str(other.pk)
