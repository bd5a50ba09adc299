"""Member accounts in Chromium: sign-up → code → profile → download → delete, by keyboard, with axe
finding nothing on any page in English or Arabic."""

import json
import re
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.cache import cache

import pytest
from playwright.sync_api import expect

from sidebyside.accounts.models import InvolvementProfile
from sidebyside.accounts.tests.factories import ConsentFactory, MemberFactory
from sidebyside.notifications.models import OutboxMessage
from sidebyside.testing.accounts import current_totp_code
from sidebyside.testing.browser import assert_no_axe_violations, tab_until

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """The live server shares this process's cache, where allauth counts attempts per connection."""
    cache.clear()


def latest(template, email):
    return OutboxMessage.objects.filter(template=template, recipient=email).latest("created_at", "pk")


def sign_in_by_code(page, language, email):
    page.goto(f"/{language}/account/login/code/")
    page.locator("#id_email").fill(email)
    page.locator("main button[type=submit]").first.click()
    page.wait_for_url(f"**/{language}/account/login/code/confirm/")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_account_pages_pass_axe(page, django_db_serialized_rollback, language):
    member = MemberFactory()
    ConsentFactory(user=member)

    for path in ("account/login/", "account/login/code/", "account/signup/"):
        page.goto(f"/{language}/{path}")
        expect(page.locator("html")).to_have_attribute("lang", language)
        assert_no_axe_violations(page)

    # The same pages showing errors.
    page.goto(f"/{language}/account/login/")
    page.locator("main button[type=submit]").first.click()
    expect(page.locator(".nhsuk-error-summary")).to_be_visible()
    assert_no_axe_violations(page)

    sign_in_by_code(page, language, member.email)
    assert_no_axe_violations(page)
    page.locator("#id_code").fill(latest("account/login_code", member.email).context["code"])
    page.locator("main button[type=submit]").first.click()
    page.wait_for_url(f"**/{language}/account/involvement/")
    assert_no_axe_violations(page)

    for path in ("account/profile/", "account/consents/", "account/my-data/", "account/delete/"):
        page.goto(f"/{language}/{path}")
        assert_no_axe_violations(page)

    page.goto(f"/{language}/account/profile/")
    page.locator("#id_preferred_contact_3").check()  # post, with no address: an error
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".nhsuk-error-summary")).to_be_visible()
    assert_no_axe_violations(page)


def test_keyboard_only_sign_up_code_profile_download_and_delete(page, django_db_serialized_rollback):
    email = "keyboard.person@example.org"
    page.goto("/en/")

    # Sign up, from the header's "Sign in" link.
    tab_until(page, page.get_by_role("link", name="Sign in"))
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/account/login/")
    tab_until(page, page.get_by_role("link", name="Make an account with your email address"))
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/account/signup/")
    tab_until(page, page.locator("#id_email"))
    page.keyboard.type(email)
    tab_until(page, page.locator("#id_privacy_notice"))
    page.keyboard.press("Space")
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/account/confirm-email/")

    # The code from the email (read from the outbox, where the site put it).
    tab_until(page, page.locator("#id_code"))
    page.keyboard.type(latest("account/email_confirmation", email).context["code"])
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/account/involvement/")
    expect(page.locator("h1")).to_have_text("My involvement")

    # The profile.
    tab_until(page, page.get_by_role("link", name="Check or change your involvement profile"))
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/account/profile/")
    tab_until(page, page.locator("#id_preferred_name"))
    page.keyboard.type("Sam")
    tab_until(page, page.locator("#id_access_needs_0"))
    page.keyboard.press("Space")
    tab_until(page, page.get_by_role("button", name="Save your profile"))
    page.keyboard.press("Enter")
    expect(page.locator(".sbs-message")).to_contain_text("Your involvement profile has been saved.")
    profile = InvolvementProfile.objects.get(user__email=email)
    assert (profile.preferred_name, profile.access_needs) == ("Sam", ["step_free"])

    # Download the data.
    page.goto("/en/account/my-data/")
    with page.expect_download() as download_info:
        tab_until(page, page.get_by_role("link", name="Download as a JSON file (for computers)"))
        page.keyboard.press("Enter")
    data = json.loads(Path(download_info.value.path()).read_text(encoding="utf-8"))
    profile_rows = next(section["rows"] for section in data["sections"] if section["key"] == "profile")
    assert profile_rows[0]["preferred name"] == "Sam"

    # Delete the account: ask, then open the emailed link and confirm.
    tab_until(page, page.get_by_role("link", name="Delete your account and your personal details"))
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/account/delete/")
    tab_until(page, page.locator("#id_confirm"))
    page.keyboard.press("Space")
    tab_until(page, page.get_by_role("button", name="Email me the confirmation link"))
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Check your email")

    page.goto(latest("account/deletion_confirm", email).context["confirm_url"])
    assert_no_axe_violations(page)
    tab_until(page, page.get_by_role("button", name="Delete my account"))
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Your account has been deleted")
    assert not get_user_model().objects.filter(email=email).exists()


def test_keyboard_only_sign_in_by_code(page, django_db_serialized_rollback):
    member = MemberFactory()
    page.goto("/ar/account/login/")

    tab_until(page, page.locator("#id_login"))
    page.keyboard.type(member.email)
    page.keyboard.press("Enter")  # no password: a code is emailed
    page.wait_for_url("**/ar/account/login/code/confirm/")
    tab_until(page, page.locator("#id_code"))
    page.keyboard.type(latest("account/login_code", member.email).context["code"])
    page.keyboard.press("Enter")

    page.wait_for_url("**/ar/account/involvement/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_staff_set_up_their_authenticator_app_then_reach_the_admin(page, django_db_serialized_rollback, language):
    editor = MemberFactory(groups=["Editors"])
    page.goto(f"/{language}/account/login/")
    page.locator("#id_login").fill(editor.email)
    page.locator("#id_password").fill("a long test password")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"**/{language}/account/involvement/")

    page.goto("/admin/")
    page.wait_for_url("**/account/reauthenticate/**")  # allauth checks the password before a security change
    assert_no_axe_violations(page)
    page.locator("#id_password").fill("a long test password")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/account/2fa/totp/activate/**")
    assert_no_axe_violations(page)

    secret = page.locator("#authenticator_secret").input_value()
    page.locator("#id_code").fill(current_totp_code(secret))
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/account/2fa/recovery-codes/**")
    assert_no_axe_violations(page)

    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/admin/$"))
