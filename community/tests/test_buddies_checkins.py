"""Check-ins two weeks into a match and when it ends, answered by signed link; "I need help" goes in front
of moderators; and a request waiting more than 10 working days is overdue."""

import datetime

from django.urls import reverse
from django.utils import timezone

import pytest

from community import buddies
from community.models import BuddyCheckIn, CheckInKind, CheckInStatus, MatchStatus, Side
from community.tasks import send_buddy_checkins
from community.viewsets.buddies import buddy_checkin_viewset, buddy_request_viewset
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.tests.factories import ContactPersonFactory
from sidebyside.moderation.views import queue_counts
from sidebyside.notifications.models import OutboxMessage
from sidebyside.testing.accounts import login_with_mfa

from .buddy_factories import BuddyOfferFactory, BuddyRequestFactory, BuddySchemeIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    contact = ContactPersonFactory(email="team@example.org")
    return BuddySchemeIndexPageFactory(parent=home_page, contact=contact)


@pytest.fixture
def admin_user():
    return MemberFactory(groups=["Trust administrators"])


@pytest.fixture
def match(index, admin_user):
    asker = BuddyRequestFactory(index_page=index, email="rosa@example.org")
    offer = BuddyOfferFactory(email="grace@example.org")
    match = buddies.propose_match(asker, offer, by=admin_user)
    buddies.accept_match(match, Side.PERSON)
    buddies.accept_match(match, Side.BUDDY)
    match.refresh_from_db()
    return match


def test_the_two_week_check_in_goes_to_both_once(match):
    assert send_buddy_checkins(now=match.started_at + datetime.timedelta(days=13)) == 0
    later = match.started_at + datetime.timedelta(days=14, minutes=1)
    assert send_buddy_checkins(now=later) == 2
    assert send_buddy_checkins(now=later) == 0  # a repeated run sends nothing twice
    checkins = BuddyCheckIn.objects.filter(kind=CheckInKind.TWO_WEEKS)
    assert sorted(checkins.values_list("side", flat=True)) == ["buddy", "person"]
    sent = OutboxMessage.objects.filter(template="buddy_checkin")
    assert sorted(sent.values_list("recipient", flat=True)) == ["grace@example.org", "rosa@example.org"]
    assert all(message.context["checkin_path"] and message.context["concern_path"] for message in sent)


def test_ending_a_match_brings_the_last_check_in(match):
    buddies.end_match(match, Side.PERSON, reason="All good now")
    assert send_buddy_checkins() == 2
    assert BuddyCheckIn.objects.filter(kind=CheckInKind.ENDED).count() == 2
    assert OutboxMessage.objects.filter(template="buddy_checkin", context__has_ended=True).count() == 2


def test_a_match_that_never_started_gets_no_check_in(index, admin_user):
    match = buddies.propose_match(BuddyRequestFactory(index_page=index), BuddyOfferFactory(), by=admin_user)
    buddies.end_match(match, Side.MODERATOR, reason="Proposed by mistake")
    assert send_buddy_checkins(now=timezone.now() + datetime.timedelta(days=30)) == 0


def test_answering_fine_by_link_and_the_link_works_once(client, match):
    send_buddy_checkins(now=match.started_at + datetime.timedelta(days=15))
    checkin = BuddyCheckIn.objects.get(side=Side.PERSON)
    url = buddies.checkin_path(checkin)
    page = client.get(url).content.decode()
    assert "I need help" in page and "concern/" in page
    assert "Choose how it is going." in client.post(url, {}).content.decode()
    client.post(url, {"answer": "fine", "comment": "Lovely"})
    checkin.refresh_from_db()
    assert checkin.status == CheckInStatus.FINE and checkin.comment == "Lovely" and checkin.answered_at
    client.post(url, {"answer": "needs_help"})
    checkin.refresh_from_db()
    assert checkin.status == CheckInStatus.FINE
    assert client.get(reverse("community:buddy_checkin", args=["forged"])).status_code == 404


def test_i_need_help_puts_the_check_in_in_front_of_moderators(client, match, admin_user):
    send_buddy_checkins(now=match.started_at + datetime.timedelta(days=15))
    checkin = BuddyCheckIn.objects.get(side=Side.BUDDY)
    assert queue_counts(buddy_checkin_viewset, admin_user)["waiting"] == 0
    client.post(buddies.checkin_path(checkin), {"answer": "needs_help", "comment": "They stopped replying"})
    checkin.refresh_from_db()
    assert checkin.status == CheckInStatus.NEEDS_HELP
    assert queue_counts(buddy_checkin_viewset, admin_user)["waiting"] == 1
    assert OutboxMessage.objects.get(template="buddy_help_for_staff").recipient == "team@example.org"
    login_with_mfa(client, admin_user)
    listing = client.get(reverse("buddy_checkins:index") + "?waiting=true").content.decode()
    assert reverse("buddy_checkins:inspect", args=[checkin.pk]) in listing


def test_a_request_waiting_more_than_10_working_days_is_overdue(index, admin_user):
    assert buddy_request_viewset.overdue_after_working_days == 10
    now = timezone.now()
    BuddyRequestFactory(index_page=index, status_changed_at=now - datetime.timedelta(days=3))
    BuddyRequestFactory(index_page=index, status_changed_at=now - datetime.timedelta(days=20))
    counts = queue_counts(buddy_request_viewset, admin_user)
    assert counts == {"waiting": 2, "overdue": 1}
    assert "waiting_longer_than=10" in buddy_request_viewset.overdue_url()


def test_the_check_in_schedule_is_created_by_the_migrations():
    from django_q.models import Schedule

    schedule = Schedule.objects.get(name="community: buddy check-ins")
    assert schedule.func == "community.tasks.send_buddy_checkins" and schedule.repeats == -1
    assert schedule.schedule_type == Schedule.DAILY and timezone.localtime(schedule.next_run).hour == 10
    assert MatchStatus.ACTIVE  # the task looks at active and ended matches only
