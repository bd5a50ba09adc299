from io import StringIO

from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import validate_totp_code

from sidebyside.accounts.demo import authenticator_secret, current_code

pytestmark = pytest.mark.django_db

EXPECTED_GROUPS = {"editor": "Editors", "moderator": "Moderators", "trustadmin": "Trust administrators"}


@pytest.fixture(autouse=True)
def debug_on(settings):
    settings.DEBUG = True


def run(*args):
    out = StringIO()
    call_command("create_demo_staff", *args, stdout=out)
    return out.getvalue()


def printed_rows(output):
    """{username: (email, password, authenticator secret)} from the table the command prints."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Email")) + 2
    rows = {}
    for line in lines[start:]:
        if not line.strip():
            break
        email, password, secret = line.split()[:3]
        rows[email.split("@")[0]] = (email, password, secret)
    return rows


def printed_passwords(output):
    """{username: password} from the table the command prints."""
    return {username: row[1] for username, row in printed_rows(output).items()}


def test_creates_one_account_per_role_in_the_right_group():
    run()

    users = {user.username: user for user in get_user_model().objects.prefetch_related("groups")}
    assert set(users) == {"admin", "editor", "moderator", "trustadmin"}
    assert users["admin"].is_superuser
    assert all(user.is_staff for user in users.values())
    for username, group in EXPECTED_GROUPS.items():
        assert [g.name for g in users[username].groups.all()] == [group]
        assert not users[username].is_superuser


def test_prints_each_password_once_and_it_works():
    output = run()

    passwords = printed_passwords(output)
    assert set(passwords) == {"admin", "editor", "moderator", "trustadmin"}
    assert len(set(passwords.values())) == 4
    for username, password in passwords.items():
        assert len(password) >= 20
        assert output.count(password) == 1
        assert authenticate(username=username, password=password) is not None
        assert authenticate(username=username, password=password + "x") is None


def test_second_run_leaves_existing_accounts_alone():
    first = printed_passwords(run())
    hashes = dict(get_user_model().objects.values_list("username", "password"))

    output = run()

    assert "Already exist, left alone" in output
    assert "Password" not in output
    assert dict(get_user_model().objects.values_list("username", "password")) == hashes
    assert all(authenticate(username=u, password=p) for u, p in first.items())
    assert get_user_model().objects.count() == 4


def test_reset_passwords_sets_and_prints_new_ones():
    first = printed_passwords(run())

    second = printed_passwords(run("--reset-passwords"))

    assert set(second) == set(first)
    for username in first:
        assert second[username] != first[username]
        assert authenticate(username=username, password=first[username]) is None
        assert authenticate(username=username, password=second[username]) is not None


def test_refuses_when_debug_is_off(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="DEBUG"):
        run()

    assert not get_user_model().objects.exists()


def test_accounts_have_a_verified_email_and_an_authenticator_app():
    rows = printed_rows(run())

    for username, (email, _password, secret) in rows.items():
        user = get_user_model().objects.get(username=username)
        assert user.email == email
        assert EmailAddress.objects.get(user=user).verified
        assert authenticator_secret(user) == secret
        assert validate_totp_code(secret, current_code(secret))


def test_demo_totp_code_prints_the_current_code():
    rows = printed_rows(run())
    email, _password, secret = rows["editor"]

    out = StringIO()
    call_command("demo_totp_code", email, stdout=out)

    assert validate_totp_code(secret, out.getvalue().strip())


def test_demo_totp_code_refuses_when_debug_is_off(settings):
    run()
    settings.DEBUG = False

    with pytest.raises(CommandError, match="DEBUG"):
        call_command("demo_totp_code", "editor@example.org", stdout=StringIO())


def test_a_newcomer_reaches_the_admin_with_the_printed_details(client):
    email, password, secret = printed_rows(run())["editor"]

    response = client.post(reverse("account_login"), {"login": email, "password": password})
    assert response.status_code == 302
    response = client.post(response["Location"], {"code": current_code(secret)})
    assert response.status_code == 302

    assert client.get("/admin/").status_code == 200
