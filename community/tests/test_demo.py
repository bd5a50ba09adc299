"""The demo events that `load_demo_content` builds: every kind before and after today, the nearly full, full,
approval, online and series cases, translated, with sign-ups that hold their places, attendance and feedback,
and no messages sent to anyone made up."""

import datetime
from collections import Counter
from io import StringIO
from unittest import mock

from django.core.management import call_command
from django.utils import timezone
from django.utils.html import escape

import pytest

from community.demo import ar, en, people, pl
from community.demo.loader import last_clock_change
from community.models import (
    EventFeedback,
    EventKind,
    EventMode,
    EventPage,
    EventSeries,
    SignUp,
    SignUpStatus,
)
from community.models.signups import HOLDS_A_PLACE
from home.models import latest_pages_of_kind
from sidebyside.moderation import services
from sidebyside.moderation.models import ModerationDecision
from sidebyside.notifications.models import OutboxMessage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo_content_once, db):
    """The demo content, loaded once for this module (see the root conftest)."""


def english_events():
    return {page.slug: page for page in EventPage.objects.live().filter(locale__language_code="en")}


def signups_of(page, status=None):
    signups = SignUp.objects.filter(event_key=page.translation_key)
    return signups.filter(status=status) if status else signups


def places_taken(page):
    return signups_of(page).filter(status__in=HOLDS_A_PLACE).count()


def test_every_kind_of_event_is_both_coming_up_and_past(demo):
    events = english_events().values()
    upcoming = [page for page in events if not page.is_past]
    past = [page for page in events if page.is_past]

    assert len(events) == len(en.EVENTS) == 13
    assert {page.kind for page in upcoming} == {page.kind for page in past} == set(EventKind.values)
    assert {page.mode for page in events} == set(EventMode.values)
    assert len({page.organisation_id for page in events}) == 4
    assert all(page.contact and page.summary and page.search_description for page in events)
    assert all(page.venue for page in events if page.mode != EventMode.ONLINE)


def test_dates_are_relative_to_today_at_the_london_times_given(demo):
    now = timezone.now()
    for slug, page in english_events().items():
        *_, starts, ends = en.EVENTS[slug]["when"]
        local_start, local_end = timezone.localtime(page.start), timezone.localtime(page.end)
        assert local_start.strftime("%H:%M") == starts and local_end.strftime("%H:%M") == ends, slug
        days_away = (page.start - now).days
        assert 1 <= days_away <= 63 if not page.is_past else -50 <= days_away <= -2, slug


def test_the_clock_change_event_is_on_the_far_side_of_the_change():
    autumn = datetime.date(2026, 11, 23)  # the clocks went back on Sunday 25 October 2026
    assert last_clock_change(autumn) == datetime.date(2026, 10, 25)
    assert last_clock_change(datetime.date(2026, 7, 1)) is None


def test_one_event_is_nearly_full_and_one_full_with_a_waiting_list(demo):
    events = english_events()
    nearly_full, full = events["outpatient-letters-sprint"], events["discharge-sprint-brackenford"]

    assert nearly_full.capacity * 0.8 <= places_taken(nearly_full) < nearly_full.capacity
    assert signups_of(nearly_full, SignUpStatus.CANCELLED).count() == 1
    assert places_taken(full) == full.capacity and full.waiting_list
    waiting = list(signups_of(full, SignUpStatus.WAITLISTED))
    assert [signup.name for signup in waiting] == ["Frank Oduya", "Hanan Saleh", "Alison Crane"]
    latest_confirmed = signups_of(full, SignUpStatus.CONFIRMED).order_by("created_at").last()
    assert all(signup.created_at > latest_confirmed.created_at for signup in waiting)
    other = [page for slug, page in events.items() if slug not in ("outpatient-letters-sprint",)]
    assert all(places_taken(page) <= page.capacity for page in other)


def test_one_event_needs_approval_with_sign_ups_waiting_for_a_decision(demo):
    event = english_events()["interview-panel-training"]

    assert event.needs_approval
    counts = Counter(signups_of(event).values_list("status", flat=True))
    assert counts == {SignUpStatus.PENDING: 3, SignUpStatus.CONFIRMED: 3, SignUpStatus.REJECTED: 1}
    rejected = signups_of(event, SignUpStatus.REJECTED).get()
    assert services.history(rejected).last().reason
    approved = signups_of(event, SignUpStatus.CONFIRMED).first()
    assert [d.to_status for d in services.history(approved)] == [SignUpStatus.PENDING, SignUpStatus.CONFIRMED]


def test_one_event_is_online_only_and_one_series_runs_in_two_towns(demo):
    events = english_events()
    online = events["getting-started-online"]

    assert online.mode == EventMode.ONLINE and online.joining_link.startswith("https://") and online.venue is None
    series = EventSeries.objects.get(name=en.SERIES["leaving-hospital"][0])
    in_series = list(EventPage.objects.live().filter(series=series, locale__language_code="en"))
    assert len(in_series) == 2
    assert len({page.venue.postcode for page in in_series}) == 2
    assert len({page.organisation_id for page in in_series}) == 2


def test_youth_forum_sign_ups_under_16_give_a_guardian(demo):
    under_16 = list(SignUp.objects.filter(under_16=True).select_related("event"))

    assert len(under_16) >= 3
    for signup in under_16:
        assert signup.guardian_name and signup.guardian_contact
        assert signup.event.kind == EventKind.YOUTH_FORUM and signup.event.min_age == 14
    assert SignUp.objects.exclude(access_needs=[]).count() >= 10
    assert SignUp.objects.exclude(access_needs_details="").count() >= 5


def test_past_events_record_who_came_and_what_they_thought(demo):
    for page in english_events().values():
        statuses = set(signups_of(page).values_list("status", flat=True))
        if not page.is_past:
            assert statuses <= {*SignUpStatus.values} - {SignUpStatus.ATTENDED, SignUpStatus.NO_SHOW}
            assert not EventFeedback.objects.filter(signup__event_key=page.translation_key).exists()
            continue
        assert SignUpStatus.ATTENDED in statuses
        assert statuses <= {SignUpStatus.ATTENDED, SignUpStatus.NO_SHOW, SignUpStatus.CANCELLED}
        feedback = EventFeedback.objects.filter(signup__event_key=page.translation_key)
        assert feedback.count() >= 2, page.slug
        assert all(item.signup.status == SignUpStatus.ATTENDED and item.created_at > page.end for item in feedback)
    ratings = set(EventFeedback.objects.values_list("rating", flat=True))
    assert {3, 4, 5} <= ratings
    assert EventFeedback.objects.exclude(what_to_change="").count() >= 5
    assert EventFeedback.objects.exclude(comments="").count() >= 3
    assert SignUp.objects.filter(status=SignUpStatus.NO_SHOW).count() >= 4
    assert not SignUp.objects.filter(checked_in_at__isnull=True, status=SignUpStatus.ATTENDED).exists()


def test_every_sign_up_has_an_audit_trail_ending_in_its_status(demo):
    signups = list(SignUp.objects.select_related("event"))

    assert len(signups) == sum(len(specs) for specs in people.SIGNUPS.values())
    for signup in signups:
        decisions = list(services.history(signup))
        assert decisions[0].from_status == "" and decisions[0].created_at == signup.created_at
        assert [d.from_status for d in decisions[1:]] == [d.to_status for d in decisions[:-1]]
        assert decisions[-1].to_status == signup.status
        assert signup.event_key == signup.event.translation_key
        assert signup.organisation_id == signup.event.organisation_id
        assert signup.language == signup.event.locale.language_code
        assert signup.created_at < signup.event.start
        assert signup.email.endswith("@example.org") or signup.phone.startswith("07700 900")


@pytest.mark.parametrize("code, words", [("pl", pl), ("ar", ar)])
def test_polish_and_arabic_versions_share_the_english_events_facts(demo, code, words):
    translations = list(EventPage.objects.live().filter(locale__language_code=code))
    english = {page.translation_key: page for page in english_events().values()}

    assert len(translations) == len(words.PAGES) >= 3
    for page in translations:
        source = english[page.translation_key]
        assert page.title == words.PAGES[page.slug]["title"] != source.title
        assert page.get_parent().locale.language_code == code
        assert (page.kind, page.start, page.capacity, page.series_id) == (
            source.kind,
            source.start,
            source.capacity,
            source.series_id,
        )
        assert [f.clean_name for f in page.form_fields.all()] == [f.clean_name for f in source.form_fields.all()]
        if page.venue:
            assert page.venue.locale.language_code == code
            assert page.venue.translation_key == source.venue.translation_key
    assert SignUp.objects.filter(language=code, event__locale__language_code=code).exists()


def test_the_home_page_features_the_soonest_events(client, demo):
    soonest = sorted((page for page in english_events().values() if not page.is_past), key=lambda page: page.start)

    featured = latest_pages_of_kind("event")
    assert [page.pk for page in featured] == [page.pk for page in soonest[: len(featured)]]
    response = client.get("/en/")
    assert response.status_code == 200
    assert escape(soonest[0].title) in response.content.decode()


def test_demo_people_are_sent_nothing(demo):
    recipients = {signup.email for signup in SignUp.objects.exclude(email="")}

    assert not OutboxMessage.objects.filter(recipient__in=recipients).exists()
    assert not OutboxMessage.objects.filter(template__startswith="community").exists()


def test_loading_twice_creates_nothing_new(demo):
    counted = [EventPage, EventSeries, SignUp, EventFeedback, ModerationDecision, OutboxMessage]
    before = {model: model.objects.count() for model in counted}

    out = StringIO()
    call_command("load_demo_content", stdout=out)

    assert "nothing changed" in out.getvalue()
    assert {model: model.objects.count() for model in counted} == before


def test_loading_a_week_later_moves_the_events_and_tells_nobody(demo):
    event = english_events()["discharge-sprint-brackenford"]
    statuses = dict(SignUp.objects.values_list("pk", "status"))
    next_week = timezone.now() + datetime.timedelta(weeks=1)

    with mock.patch("django.utils.timezone.now", return_value=next_week):
        call_command("load_demo_content", stdout=StringIO())

    moved = EventPage.objects.get(pk=event.pk)
    assert moved.start - event.start == datetime.timedelta(weeks=1)
    assert timezone.localtime(moved.start).hour == 10
    assert dict(SignUp.objects.values_list("pk", "status")) == statuses
    assert not OutboxMessage.objects.exists()


@pytest.mark.parametrize("code", ["en", "pl", "ar"])
def test_event_pages_render_in_every_language(client, demo, code):
    assert client.get(f"/{code}/events/").status_code == 200
    assert client.get(f"/{code}/events/past/").status_code == 200
    for page in EventPage.objects.live().filter(locale__language_code=code):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert escape(page.title) in response.content.decode()
