"""The story journey in Chromium, by keyboard only: from the stories index open the form to share a story,
send it empty and see the errors, fix them, send it, and see the thank-you page. axe checks every page on
the way, including the form showing its errors."""

import re

import pytest
from playwright.sync_api import expect

from community.models import StorySubmission
from community.tests.story_factories import StoryIndexPageFactory, StoryPageFactory
from sidebyside.notifications.models import OutboxMessage
from sidebyside.testing.browser import assert_no_axe_violations, press_on, tab_until

pytestmark = pytest.mark.browser


@pytest.fixture
def stories(home_page):
    index = StoryIndexPageFactory(parent=home_page)
    StoryPageFactory(parent=index, title="A carer at the table")
    return index


def type_into(page, selector, text):
    tab_until(page, page.locator(selector), max_presses=40)
    page.keyboard.type(text)


def test_share_a_story_by_keyboard(page, stories, django_db_serialized_rollback):
    page.goto(stories.url)
    expect(page.get_by_role("link", name="A carer at the table")).to_be_visible()
    assert_no_axe_violations(page)
    press_on(page, ".sbs-story-share .nhsuk-action-link", key="Enter")
    page.wait_for_url(re.compile(r"/share/$"))
    assert_no_axe_violations(page)

    # Sent empty: the error summary takes focus and links to each question; nothing is saved.
    press_on(page, "main form button[type=submit]", key="Enter")
    summary = page.locator(".nhsuk-error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("Enter your name.")
    expect(summary).to_contain_text("Tick the box to agree that we can publish your story.")
    assert_no_axe_violations(page)
    assert StorySubmission.objects.count() == 0

    page.locator("#id_name").focus()
    page.keyboard.type("Rosa Kowalczyk")
    type_into(page, "#id_email", "rosa@example.org")
    type_into(page, "#id_title", "Finding my voice")
    type_into(page, "#id_story", "I joined the reader panel last spring. Now I help others join.")
    # A radio group is one Tab stop: the arrow keys choose within it.
    press_on(page, "input[name=naming][value=full_name]", key="ArrowDown")
    expect(page.locator("input[name=naming][value=first_name]")).to_be_checked()
    press_on(page, "#id_consent")
    press_on(page, "main form button[type=submit]", key="Enter")

    page.wait_for_url(re.compile(r"/share/thank-you/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your story")
    assert_no_axe_violations(page)
    submission = StorySubmission.objects.get()
    assert (submission.name, submission.title, submission.naming) == (
        "Rosa Kowalczyk",
        "Finding my voice",
        "first_name",
    )
    assert OutboxMessage.objects.filter(template="story_received", recipient="rosa@example.org").count() == 1
