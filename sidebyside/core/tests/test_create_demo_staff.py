from io import StringIO

from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

import pytest

pytestmark = pytest.mark.django_db

EXPECTED_GROUPS = {"editor": "Editors", "moderator": "Moderators", "trustadmin": "Trust administrators"}


@pytest.fixture(autouse=True)
def debug_on(settings):
    settings.DEBUG = True


def run(*args):
    out = StringIO()
    call_command("create_demo_staff", *args, stdout=out)
    return out.getvalue()


def printed_passwords(output):
    """{username: password} from the table the command prints."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Username")) + 2
    passwords = {}
    for line in lines[start:]:
        if not line.strip():
            break
        username, password = line.split()[:2]
        passwords[username] = password
    return passwords


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
