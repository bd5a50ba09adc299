"""Every allauth page renders inside the site's NHS.UK layout, in every language."""

from django.utils import translation

import pytest

from sidebyside.testing.accounts import login_with_mfa

from .factories import MemberFactory

pytestmark = pytest.mark.django_db

GUEST_PAGES = [
    "/account/login/",
    "/account/login/code/",
    "/account/signup/",
    "/account/password/reset/",
]
MEMBER_PAGES = [
    "/account/involvement/",
    "/account/profile/",
    "/account/consents/",
    "/account/my-data/",
    "/account/delete/",
    "/account/email/",
    "/account/logout/",
    "/account/reauthenticate/",
    "/account/password/change/",
    "/account/2fa/",
    "/account/sessions/",
]
STAFF_PAGES = ["/account/2fa/recovery-codes/", "/account/2fa/totp/deactivate/"]


def assert_site_layout(response, language):
    assert response.status_code == 200, response
    page = response.content.decode()
    assert f'<html lang="{language}"' in page
    assert 'class="nhsuk-header"' in page
    assert '<main class="nhsuk-main-wrapper" id="maincontent"' in page
    assert page.count("<h1") == 1


@pytest.mark.parametrize("language", ["en", "pl", "ar"])
@pytest.mark.parametrize("path", GUEST_PAGES)
def test_guest_pages(client, language, path):
    assert_site_layout(client.get(f"/{language}{path}"), language)


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("path", MEMBER_PAGES)
def test_member_pages(member_client, language, path):
    assert_site_layout(member_client.get(f"/{language}{path}"), language)


@pytest.mark.parametrize("path", STAFF_PAGES)
def test_staff_security_pages(client, path):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    editor = MemberFactory(groups=["Editors"])
    login_with_mfa(client, editor)
    RecoveryCodes.activate(editor)
    response = client.get(f"/en{path}")
    if response.status_code == 302:  # a security change: allauth asks for the password again first
        assert "reauthenticate" in response["Location"]
        client.post(response["Location"], {"password": "a long test password"})
        response = client.get(f"/en{path}")
    assert_site_layout(response, "en")


def test_sign_in_pages_are_not_cached(client):
    with translation.override("en"):
        response = client.get("/en/account/login/")
    assert "no-cache" in response.get("Cache-Control", "") or "max-age=0" in response.get("Cache-Control", "")
