"""Staff reach /admin/ only with an authenticator app they have used in this session."""

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import generate_totp_secret

from sidebyside.accounts.staff import is_staff_member
from sidebyside.testing.accounts import current_totp_code, login_with_mfa

from .factories import MemberFactory

pytestmark = pytest.mark.django_db

ADMIN = "/admin/"
PASSWORD = "a long test password"


def with_authenticator_app(user):
    from allauth.mfa.totp.internal.auth import TOTP

    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


@pytest.fixture
def editor(db):
    return MemberFactory(groups=["Editors"])


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, False),
        ({"is_staff": True}, True),
        ({"is_superuser": True}, True),
        ({"groups": ["Editors"]}, True),
        ({"groups": ["Moderators"]}, True),
        ({"groups": ["Trust administrators"]}, True),
    ],
)
def test_who_counts_as_staff(kwargs, expected):
    assert is_staff_member(MemberFactory(**kwargs)) is expected


def test_anyone_allowed_into_the_wagtail_admin_counts_as_staff():
    site_owners = Group.objects.create(name="Site owners")
    site_owners.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    in_new_group = MemberFactory()
    in_new_group.groups.add(site_owners)
    given_the_permission = MemberFactory()
    given_the_permission.user_permissions.add(site_owners.permissions.get())

    assert is_staff_member(in_new_group) is True
    assert is_staff_member(given_the_permission) is True


def test_a_group_made_later_with_admin_access_still_needs_mfa(client):
    site_owners = Group.objects.create(name="Site owners")
    site_owners.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    owner = MemberFactory()
    owner.groups.add(site_owners)
    client.force_login(owner)

    for path in (ADMIN, "/admin/api/main/pages/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/en/account/2fa/totp/activate/")


def test_the_admin_behind_a_script_prefix_still_needs_mfa(client, editor):
    client.force_login(editor)

    response = client.get(ADMIN, SCRIPT_NAME="/site")

    assert response.status_code == 302
    assert "/account/2fa/totp/activate/" in response["Location"]


def test_staff_without_an_authenticator_app_are_sent_to_set_one_up(client, editor):
    client.force_login(editor)

    response = client.get(ADMIN)

    assert response.status_code == 302
    assert response["Location"].startswith("/en/account/2fa/totp/activate/?next=%2Fadmin%2F")


def test_staff_who_have_not_used_their_app_this_session_are_asked_for_a_code(client, editor):
    with_authenticator_app(editor)
    client.force_login(editor)

    for url in (ADMIN, "/admin/pages/", reverse("wagtailusers_users:index")):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/en/account/2fa/reauthenticate/?next=")


def test_staff_with_mfa_done_reach_the_admin(client, editor):
    login_with_mfa(client, editor)

    assert client.get(ADMIN).status_code == 200


def test_members_who_are_not_staff_are_not_asked_for_mfa(client, member):
    client.force_login(member)

    response = client.get(ADMIN)

    # Wagtail's own answer to someone without admin access: back to the (allauth) sign-in page.
    assert response.status_code == 302
    assert "2fa" not in response["Location"]
    assert "reauthenticate" not in response["Location"]


def test_the_admin_login_page_sends_staff_to_the_allauth_sign_in(client):
    response = client.get("/admin/login/?next=/admin/pages/")

    assert response.status_code == 302
    assert response["Location"] == "/en/account/login/?next=/admin/pages/"


def test_anonymous_visitors_to_the_admin_end_up_at_the_allauth_sign_in(client):
    response = client.get(ADMIN, follow=True)

    assert response.redirect_chain[-1][0].startswith("/en/account/login/")


def test_real_sign_in_with_password_then_authenticator_code(client, editor):
    secret = with_authenticator_app(editor)

    response = client.post("/en/account/login/", {"login": editor.email, "password": PASSWORD})
    assert response["Location"] == "/en/account/2fa/authenticate/"
    assert client.get(ADMIN).status_code == 302  # not signed in until the code is typed

    response = client.post("/en/account/2fa/authenticate/", {"code": current_totp_code(secret)})

    assert response.status_code == 302
    assert client.get(ADMIN).status_code == 200


def test_a_wrong_authenticator_code_is_refused(client, editor):
    with_authenticator_app(editor)
    client.post("/en/account/login/", {"login": editor.email, "password": PASSWORD})

    response = client.post("/en/account/2fa/authenticate/", {"code": "000000"})

    assert response.status_code == 200
    assert client.get(ADMIN).status_code == 302


def open_app_set_up(client, editor):
    """Sign in with a password, open /admin/ and follow the way to the set-up page (allauth asks for the
    password once more before a security change). Returns the set-up page's URL."""
    client.post("/en/account/login/", {"login": editor.email, "password": PASSWORD})
    activate_url = client.get(ADMIN)["Location"]
    reauthenticate = client.get(activate_url)
    assert reauthenticate["Location"].startswith("/en/account/reauthenticate/")
    page = client.get(reauthenticate["Location"])
    assert page.status_code == 200
    client.post(reauthenticate["Location"], {"password": PASSWORD})
    assert client.get(activate_url).status_code == 200
    return activate_url


# Committed transactions, as in production: allauth's "authenticator added" signal runs on commit, inside
# the request, and it is what counts the set-up code as this session's MFA step.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_setting_up_the_app_then_reaching_the_admin(client, editor):
    activate_url = open_app_set_up(client, editor)
    secret = client.session["mfa.totp.secret"]

    response = client.post(activate_url, {"code": current_totp_code(secret)})

    assert response.status_code == 302
    assert Authenticator.objects.filter(user=editor, type=Authenticator.Type.TOTP).exists()
    # Recovery codes are made at the same time, for when the phone is lost.
    assert Authenticator.objects.filter(user=editor, type=Authenticator.Type.RECOVERY_CODES).exists()
    assert client.get(ADMIN).status_code == 200


def test_a_recovery_code_works_instead_of_the_app(client, editor):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    with_authenticator_app(editor)
    recovery_code = RecoveryCodes.activate(editor).get_unused_codes()[0]
    client.post("/en/account/login/", {"login": editor.email, "password": PASSWORD})

    client.post("/en/account/2fa/authenticate/", {"code": recovery_code})

    assert client.get(ADMIN).status_code == 200


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_staff_emails_about_mfa_go_through_the_outbox(client, editor):
    from sidebyside.notifications.models import OutboxMessage

    activate_url = open_app_set_up(client, editor)
    client.post(activate_url, {"code": current_totp_code(client.session["mfa.totp.secret"])})

    message = OutboxMessage.objects.get(recipient=editor.email, template="account/security_notice")
    assert message.context["notice"] == "totp_activated"


def test_staff_signing_in_by_emailed_code_still_need_their_app(client, editor):
    from sidebyside.notifications.models import OutboxMessage

    secret = with_authenticator_app(editor)
    client.post("/en/account/login/code/", {"email": editor.email})
    code = OutboxMessage.objects.get(recipient=editor.email, template="account/login_code").context["code"]

    response = client.post("/en/account/login/code/confirm/", {"code": code})

    assert response["Location"] == "/en/account/2fa/authenticate/"
    assert client.get(ADMIN).status_code == 302
    client.post("/en/account/2fa/authenticate/", {"code": current_totp_code(secret)})
    assert client.get(ADMIN).status_code == 200


def test_wagtail_own_password_reset_is_switched_off(client):
    # Staff reset passwords through the allauth pages, whose email goes through the outbox.
    assert client.get("/admin/password_reset/", follow=True).status_code == 404


def test_wagtail_account_page_does_not_change_password_or_email(client, django_user_model):
    editor = django_user_model.objects.create_user(username="ed", email="ed@example.org", password="a-long-password-1")
    editor.groups.add(Group.objects.get(name="Editors"))
    login_with_mfa(client, editor)

    response = client.get("/admin/account/")
    assert response.status_code == 200, response.get("Location")
    content = response.content.decode()

    assert 'name="password-new_password1"' not in content
    assert 'name="name_email-email"' not in content
    assert 'name="name_email-first_name"' in content
