"""The forum journey in Chromium: a new member starts a topic by keyboard and it is held; a moderator approves
it in the admin; everyone can read it; three members report it by keyboard and it is hidden until a moderator
looks. axe checks each public page on the way."""

import re

from django.conf import settings
from django.test import Client

import pytest
from playwright.sync_api import expect

from community.models import ForumPost, PostStatus
from community.tests.forum_public_factories import ForumCategoryFactory, ForumIndexPageFactory
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.testing.accounts import login_with_mfa
from sidebyside.testing.browser import assert_no_axe_violations, tab_to_and_press, tab_until

pytestmark = pytest.mark.browser

TITLE = "Nervous about my first panel meeting"
BODY = "I have my first *reading panel* on Tuesday. Any tips for a first timer?"


@pytest.fixture
def forum(home_page):
    index = ForumIndexPageFactory(parent=home_page)
    category = ForumCategoryFactory(name="Getting started", slug="getting-started")
    return index, category


def sign_in_as(page, live_server, user, *, mfa=False):
    client = Client()
    if mfa:
        login_with_mfa(client, user)
    else:
        client.force_login(user)
    page.context.clear_cookies()
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}])


def start_a_topic_by_keyboard(page, live_server, index, category):
    sign_in_as(page, live_server, MemberFactory(first_name="Sam"))
    page.goto(f"{live_server.url}{index.url}")
    assert_no_axe_violations(page)
    tab_to_and_press(page, page.get_by_role("link", name="Getting started"))
    page.wait_for_url(re.compile(r"/getting-started/$"))
    assert_no_axe_violations(page)
    tab_to_and_press(page, page.get_by_role("link", name="Start a new topic"))
    page.wait_for_url(re.compile(r"/getting-started/new/$"))
    assert_no_axe_violations(page)

    tab_until(page, page.locator("input[name=title]"), max_presses=60)
    page.keyboard.type(TITLE)
    tab_until(page, page.locator("textarea[name=body]"), max_presses=10)
    page.keyboard.type(BODY)
    tab_to_and_press(page, page.locator("main form button[type=submit]"), max_presses=20)
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you. Your post is waiting for a moderator")
    assert_no_axe_violations(page)
    post = ForumPost.objects.get()
    assert (post.status, post.hold_reason) == (PostStatus.HELD, "new_member")
    return post


def approve_in_the_admin(page, live_server, post):
    sign_in_as(page, live_server, MemberFactory(groups=["Trust administrators"]), mfa=True)
    page.goto(f"{live_server.url}/admin/forum_posts/")
    page.get_by_role("link", name=re.compile(TITLE)).first.click()
    page.locator("form[data-transition=live] button[type=submit]").click()
    expect(page.locator(".messages")).to_be_visible()
    post.refresh_from_db()
    assert post.status == PostStatus.LIVE


def report_by_keyboard(page, live_server, topic_url, reporter):
    sign_in_as(page, live_server, reporter)
    page.goto(f"{live_server.url}{topic_url}")
    tab_to_and_press(page, page.locator("main a", has_text="Report"))
    page.wait_for_url(re.compile(r"/report/$"))
    assert_no_axe_violations(page)
    # A radio group is one Tab stop: Space chooses the first reason.
    tab_to_and_press(page, page.locator("input[name=reason]").first, key="Space", max_presses=40)
    tab_to_and_press(page, page.locator("main form button[type=submit]"), max_presses=20)
    expect(page.locator("main")).to_contain_text("Thank you for telling us")


def test_held_approved_read_reported_and_hidden(page, live_server, forum, django_db_serialized_rollback):
    index, category = forum
    post = start_a_topic_by_keyboard(page, live_server, index, category)

    # Held: nobody else can see it yet.
    page.context.clear_cookies()
    page.goto(f"{live_server.url}{index.url}getting-started/")
    expect(page.locator("main")).not_to_contain_text(TITLE)

    approve_in_the_admin(page, live_server, post)

    page.context.clear_cookies()
    page.goto(f"{live_server.url}{index.url}getting-started/")
    tab_to_and_press(page, page.get_by_role("link", name=TITLE))
    page.wait_for_url(re.compile(rf"/getting-started/{post.topic_id}/$"))
    expect(page.locator("main")).to_contain_text("Any tips for a first timer?")
    expect(page.locator("main em")).to_have_text("reading panel")
    assert_no_axe_violations(page)
    topic_url = page.url.removeprefix(live_server.url)

    for name in ("Ade", "Bea", "Cal"):
        report_by_keyboard(page, live_server, topic_url, MemberFactory(first_name=name))

    # The third report hid the opening post, and with it the topic: the reporter is back on the category.
    post.refresh_from_db()
    assert post.status == PostStatus.HIDDEN
    expect(page).to_have_url(re.compile(r"/getting-started/$"))
    assert_no_axe_violations(page)
    page.context.clear_cookies()
    page.goto(f"{live_server.url}{index.url}getting-started/")
    expect(page.locator("main")).not_to_contain_text(TITLE)
    assert page.goto(f"{live_server.url}{topic_url}").status == 404
