"""In Chromium: an administrator writes the forum's house rules in Polish in the rich text box for Polish, and
a Polish member starting a topic reads them; the English stays for English readers. Then the English changes,
and the admin says the Polish is out of date until it is confirmed."""

import re

from django.conf import settings
from django.test import Client

import pytest
from playwright.sync_api import expect

from community.models import ForumSettings
from community.tests.forum_public_factories import ForumCategoryFactory, ForumIndexPageFactory, trusted_member
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.testing.accounts import login_with_mfa
from sidebyside.testing.browser import assert_no_axe_violations
from sidebyside.testing.localize import publish_translation

pytestmark = pytest.mark.browser


def sign_in_as(page, live_server, client):
    page.context.clear_cookies()
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}])


def write_in_editor(page, name, text):
    """Type into the Draftail editor of the form field `name`."""
    editor = page.locator(f"[data-field-input]:has(input[name='{name}']) [contenteditable='true']")
    editor.click()
    page.keyboard.press("Control+a")
    page.keyboard.type(text)
    # Draftail copies what was typed into the form's hidden input after a short pause: wait for it.
    expect(page.locator(f"input[name='{name}']")).to_have_value(re.compile(re.escape(text)))


def test_house_rules_translated_in_the_admin_reach_a_polish_member(
    page, live_server, home_page, django_db_serialized_rollback
):
    index = ForumIndexPageFactory(parent=home_page)
    ForumCategoryFactory(name="Getting involved", slug="getting-involved")
    polish_forum = publish_translation(index, "pl", "Forum")
    administrator = MemberFactory(groups=["Trust administrators"])
    admin_client = Client()
    login_with_mfa(admin_client, administrator)
    sign_in_as(page, live_server, admin_client)

    page.goto(f"{live_server.url}/admin/settings/community/forumsettings/")
    write_in_editor(page, "posting_rules", "Be patient with each other.")
    write_in_editor(page, "posting_rules_pl", "Bądźmy dla siebie cierpliwi.")
    page.get_by_role("button", name="Save").first.click()
    expect(page.locator(".messages")).to_be_visible()

    member_client = Client()
    member_client.force_login(trusted_member())
    sign_in_as(page, live_server, member_client)
    page.goto(f"{live_server.url}{polish_forum.url}getting-involved/new/")
    rules = page.locator("aside", has=page.locator("#house-rules-heading"))
    expect(rules.locator("div[lang='pl']")).to_contain_text("Bądźmy dla siebie cierpliwi.")
    assert_no_axe_violations(page)
    page.goto(f"{live_server.url}{index.url}getting-involved/new/")
    expect(rules.locator("div[lang='en']")).to_contain_text("Be patient with each other.")

    sign_in_as(page, live_server, admin_client)
    page.goto(f"{live_server.url}/admin/settings/community/forumsettings/")
    write_in_editor(page, "posting_rules", "Please be patient and kind.")
    page.get_by_role("button", name="Save").first.click()
    expect(page.locator(".messages")).to_be_visible()
    page.goto(f"{live_server.url}/admin/settings/community/forumsettings/")
    expect(page.get_by_text("Out of date: this was translated from")).to_be_visible()

    page.get_by_role("checkbox", name="The translations marked out of date still say the same").check()
    page.get_by_role("button", name="Save").first.click()
    expect(page.locator(".messages")).to_be_visible()
    page.goto(f"{live_server.url}/admin/settings/community/forumsettings/")
    expect(page.get_by_text("Out of date: this was translated from")).to_have_count(0)
    assert ForumSettings.objects.get().posting_rules_translations["pl"].endswith(">Bądźmy dla siebie cierpliwi.</p>")
