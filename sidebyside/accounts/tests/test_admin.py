"""Trust administrators can look at account security events in the admin; nobody can change them."""

from django.urls import reverse

import pytest

from sidebyside.accounts.models import SecurityEvent
from sidebyside.testing.accounts import login_with_mfa

from .factories import MemberFactory

pytestmark = pytest.mark.django_db


def test_trust_administrators_see_locked_codes(client, member):
    SecurityEvent.objects.create(user=member, kind=SecurityEvent.Kind.CODE_LOCKED_OUT)
    login_with_mfa(client, MemberFactory(groups=["Trust administrators"]))

    response = client.get(reverse("security_events:index"))

    assert response.status_code == 200
    assert "Sign-in code locked after too many wrong attempts" in response.content.decode()
    assert client.get(reverse("security_events:add")).status_code == 302


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_other_staff_do_not(client, group):
    login_with_mfa(client, MemberFactory(groups=[group]))
    assert client.get(reverse("security_events:index")).status_code == 302
