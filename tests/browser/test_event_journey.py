"""The event journey in Chromium: find a sprint with the filters, sign up as a guest by keyboard, get a
confirmation carrying the calendar file, cancel from the link in it, and the next person waiting is given
the place and told. axe checks every page on the way, including the form showing its errors."""

import re

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from community.models import EventKind, SignUp, SignUpStatus
from community.signups import sign_up
from community.tests.factories import EventIndexPageFactory, EventPageFactory
from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.rendering import build_attachments
from sidebyside.testing.browser import assert_no_axe_violations, press_on, tab_until

pytestmark = pytest.mark.browser


@pytest.fixture
def events(home_page):
    index = EventIndexPageFactory(parent=home_page)
    sprint = EventPageFactory(parent=index, title="Outpatient letters sprint", kind=EventKind.SPRINT, capacity=1)
    EventPageFactory(parent=index, title="Sharing what we learned", kind=EventKind.SHARING)
    return index, sprint


def find_the_sprint(page, index):
    page.goto(index.url)
    assert_no_axe_violations(page)
    press_on(page, f"input[name=kind][value={EventKind.SPRINT}]")
    press_on(page, ".sbs-event-filters button[type=submit]", key="Enter")
    page.wait_for_url(re.compile(r"kind=sprint"))
    expect(page.get_by_role("link", name="Outpatient letters sprint").first).to_be_visible()
    expect(page.get_by_role("link", name="Sharing what we learned")).to_have_count(0)
    assert_no_axe_violations(page)
    tab_until(page, page.get_by_role("link", name="Outpatient letters sprint").first, max_presses=200)
    page.keyboard.press("Enter")


def sign_up_as_a_guest(page, sprint):
    page.wait_for_url(f"**{sprint.url}")
    assert_no_axe_violations(page)
    press_on(page, "#sign-up button[type=submit]", key="Enter")
    expect(page.locator(".nhsuk-error-summary")).to_be_visible()
    assert_no_axe_violations(page)
    assert SignUp.objects.count() == 0

    page.locator("#id_name").focus()
    page.keyboard.type("Rosa Kowalczyk")
    press_on(page, "input[name=preferred_contact][value=email]")
    tab_until(page, page.locator("#id_email"), max_presses=20)
    page.keyboard.type("rosa@example.org")
    press_on(page, "#id_consent")
    press_on(page, "#sign-up button[type=submit]", key="Enter")
    page.wait_for_url(re.compile(r"/signed-up/(#.*)?$"))
    assert_no_axe_violations(page)


def test_find_sign_up_cancel_and_the_next_person_gets_the_place(page, events, django_db_serialized_rollback):
    index, sprint = events

    find_the_sprint(page, index)
    sign_up_as_a_guest(page, sprint)
    rosa = SignUp.objects.get(email="rosa@example.org")
    assert rosa.status == SignUpStatus.CONFIRMED

    confirmation = OutboxMessage.objects.get(recipient="rosa@example.org", template="event_signup")
    [(filename, content, mimetype)] = build_attachments(confirmation)
    calendar = Calendar.from_ical(content)
    assert (filename, mimetype) == ("event.ics", "text/calendar")
    assert [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")] == ["Outpatient letters sprint"]

    ben, _created = sign_up(sprint, {"name": "Ben Okafor", "email": "ben@example.org", "preferred_contact": "email"})
    assert ben.status == SignUpStatus.WAITLISTED

    page.goto(confirmation.context["cancel_path"])
    assert_no_axe_violations(page)
    press_on(page, "main button[type=submit]", key="Enter", max_presses=60)
    expect(page.locator("main h1")).to_be_visible()
    assert_no_axe_violations(page)

    rosa.refresh_from_db()
    ben.refresh_from_db()
    assert (rosa.status, ben.status) == (SignUpStatus.CANCELLED, SignUpStatus.CONFIRMED)
    told = OutboxMessage.objects.filter(recipient="ben@example.org", template="event_signup")
    assert "promoted" in [message.context["kind"] for message in told]
