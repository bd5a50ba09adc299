"""The event sign-ups queue in the admin: scoping, filters, approving under the event's capacity, rejecting."""

import csv
import io

from django.urls import reverse

import pytest

from community.models import SignUp, SignUpStatus
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.tests.factories import OrganisationFactory
from sidebyside.moderation import services
from sidebyside.moderation.models import ModerationDecision
from sidebyside.notifications.models import OutboxMessage
from sidebyside.testing.accounts import login_with_mfa

from .factories import EventIndexPageFactory, EventPageFactory, SignUpFactory

pytestmark = pytest.mark.django_db

INDEX = "event_signups:index"


def staff_of(organisation, groups=("Moderators",)):
    user = MemberFactory(groups=list(groups), first_name="Sam", last_name="Moderator")
    organisation.staff.add(user)
    return user


@pytest.fixture
def north():
    return OrganisationFactory(name="North Hospital")


@pytest.fixture
def south():
    return OrganisationFactory(name="South Hospital")


@pytest.fixture
def index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def north_event(index, north):
    return EventPageFactory(parent=index, title="North sprint", organisation=north, capacity=1, needs_approval=True)


@pytest.fixture
def south_event(index, south):
    return EventPageFactory(parent=index, title="South sprint", organisation=south, needs_approval=True)


@pytest.fixture
def moderator(north):
    return staff_of(north)


@pytest.fixture
def moderator_client(client, moderator):
    login_with_mfa(client, moderator)
    return client


def pending(event, **fields):
    return SignUpFactory(event=event, status=SignUpStatus.PENDING, **fields)


def page_text(response):
    return response.content.decode()


def move(client, signup, to_status, reason="", expected=None):
    data = {"to_status": to_status, "expected_status": expected or signup.status, "reason": reason}
    return client.post(reverse("event_signups:transition", args=[signup.pk]), data, follow=True)


def status_of(signup):
    return SignUp.objects.get(pk=signup.pk).status


def bulk_url(*signups):
    ids = "&".join(f"id={signup.pk}" for signup in signups)
    return f"{reverse('wagtail_bulk_action', args=['community', 'signup', 'moderation_move'])}?{ids}"


# Scoping


def test_a_moderator_lists_only_their_organisations_sign_ups(moderator_client, north_event, south_event):
    pending(north_event, name="Nadia North")
    pending(south_event, name="Sol South")

    page = page_text(moderator_client.get(reverse(INDEX)))

    assert "Nadia North" in page and "Sol South" not in page
    assert reverse("event_signups:attendees", args=[north_event.pk]) in page
    assert reverse("event_signups:attendees", args=[south_event.pk]) not in page


def test_another_organisations_sign_up_is_not_found_for_any_action(moderator_client, south_event):
    theirs = pending(south_event)

    assert moderator_client.get(reverse("event_signups:inspect", args=[theirs.pk])).status_code == 404
    assert move(moderator_client, theirs, "confirmed").status_code == 404
    assert moderator_client.get(bulk_url(theirs), follow=True).status_code == 404
    assert status_of(theirs) == SignUpStatus.PENDING


def test_the_export_holds_only_the_moderators_organisation(moderator_client, north_event, south_event):
    pending(north_event, name="Nadia North")
    pending(south_event, name="Sol South")

    response = moderator_client.get(reverse(INDEX), {"export": "csv"})
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))

    assert [row["Name"] for row in rows] == ["Nadia North"]


def test_editors_cannot_open_the_queue(client, north, north_event):
    editor = staff_of(north, groups=("Editors",))
    login_with_mfa(client, editor)
    signup = pending(north_event)

    assert client.get(reverse(INDEX)).status_code in (302, 403)
    assert client.get(reverse("event_signups:inspect", args=[signup.pk])).status_code in (302, 403)


# The list


def test_the_menu_opens_on_sign_ups_waiting_for_approval(moderator_client, north_event):
    dashboard = page_text(moderator_client.get(reverse("wagtailadmin_home")))

    assert f"{reverse(INDEX)}?status=pending" in dashboard
    assert "Event sign-ups" in dashboard


def test_filters_by_status_event_and_search_by_phone(moderator_client, index, north, north_event):
    other_event = EventPageFactory(parent=index, title="North drop-in", organisation=north)
    pending(north_event, name="Pat Pending", phone="07700 900123")
    SignUpFactory(event=north_event, name="Connie Confirmed")
    pending(other_event, name="Olly Other")

    by_status = page_text(moderator_client.get(reverse(INDEX), {"status": "pending"}))
    by_event = page_text(moderator_client.get(reverse(INDEX), {"event": str(north_event.translation_key)}))
    by_phone = page_text(moderator_client.get(reverse(INDEX), {"q": "900123"}))

    assert "Pat Pending" in by_status and "Olly Other" in by_status and "Connie Confirmed" not in by_status
    assert "Pat Pending" in by_event and "Connie Confirmed" in by_event and "Olly Other" not in by_event
    assert "Pat Pending" in by_phone and "Connie Confirmed" not in by_phone


def test_the_detail_page_shows_access_needs_guardian_and_answers(moderator_client, north_event):
    signup = pending(
        north_event,
        name="Young Person",
        access_needs=["step_free", "bsl"],
        under_16=True,
        guardian_name="Gina Guardian",
        guardian_contact="07700 900456",
        answers={"diet": {"label": "Any food we should know about?", "answer": "Vegetarian"}},
    )

    page = page_text(moderator_client.get(reverse("event_signups:inspect", args=[signup.pk])))

    assert "Step-free access" in page and "British Sign Language" in page
    assert "Gina Guardian" in page and "07700 900456" in page
    assert "Any food we should know about?" in page and "Vegetarian" in page
    assert reverse("event_signups:attendees", args=[north_event.pk]) in page


# Approving and rejecting


def test_approving_with_a_place_free_confirms_and_tells_the_person(moderator_client, moderator, north_event):
    signup = pending(north_event)

    response = move(moderator_client, signup, "confirmed")

    assert status_of(signup) == SignUpStatus.CONFIRMED
    decision = ModerationDecision.objects.filter(object_id=signup.pk).latest("pk")
    assert (decision.from_status, decision.to_status, decision.by) == ("pending", "confirmed", moderator)
    message = OutboxMessage.objects.get(
        template="event_signup", idempotency_key__startswith=f"event-signup:{signup.pk}:"
    )
    assert message.context["kind"] == "confirmed"
    assert "moved to “Confirmed”" in page_text(response)


def test_approving_when_full_puts_them_on_the_waiting_list(moderator_client, north_event):
    SignUpFactory(event=north_event)  # the only place
    signup = pending(north_event, name="Late Larry")

    response = move(moderator_client, signup, "confirmed")

    assert status_of(signup) == SignUpStatus.WAITLISTED
    assert "The event is full, so Late Larry is now on the waiting list." in page_text(response)
    assert SignUp.objects.filter(event_key=north_event.translation_key, status__in=["confirmed"]).count() == 1


def test_approving_when_full_without_a_waiting_list_is_refused(moderator_client, north_event):
    north_event.waiting_list = False
    north_event.save()
    SignUpFactory(event=north_event)
    signup = pending(north_event)

    response = move(moderator_client, signup, "confirmed")

    assert status_of(signup) == SignUpStatus.PENDING
    assert "full and has no waiting list" in page_text(response)


def test_rejecting_needs_a_reason_and_keeps_it(moderator_client, north_event):
    signup = pending(north_event)

    refused = move(moderator_client, signup, "rejected")
    assert status_of(signup) == SignUpStatus.PENDING
    assert "Give a reason" in page_text(refused)

    move(moderator_client, signup, "rejected", reason="This sprint is for carers only.")
    assert status_of(signup) == SignUpStatus.REJECTED
    assert (
        ModerationDecision.objects.filter(object_id=signup.pk).latest("pk").reason == "This sprint is for carers only."
    )


def test_when_someone_else_decided_first_nothing_changes(moderator_client, moderator, north_event):
    signup = pending(north_event)
    services.transition(signup, SignUpStatus.REJECTED, by=moderator, reason="Duplicate")

    response = move(moderator_client, signup, "confirmed", expected="pending")

    assert status_of(signup) == SignUpStatus.REJECTED
    assert "Someone else has just moved this item" in page_text(response)


def test_cancelling_from_the_detail_page_gives_the_place_to_the_next_person(moderator_client, north_event):
    holder = SignUpFactory(event=north_event)
    waiting = SignUpFactory(event=north_event, status=SignUpStatus.WAITLISTED)

    move(moderator_client, holder, "cancelled", reason="Phoned to say they cannot come")

    assert status_of(holder) == SignUpStatus.CANCELLED
    assert status_of(waiting) == SignUpStatus.CONFIRMED


def test_someone_waiting_cannot_be_moved_into_a_place_by_hand(moderator_client, north_event):
    SignUpFactory(event=north_event)
    waiting = SignUpFactory(event=north_event, status=SignUpStatus.WAITLISTED)

    response = move(moderator_client, waiting, "confirmed")

    assert status_of(waiting) == SignUpStatus.WAITLISTED
    assert "in turn, when one is free" in page_text(response)


def test_bulk_approval_keeps_to_the_capacity(moderator_client, north_event):
    first, second = pending(north_event, name="First Fay"), pending(north_event, name="Second Sid")

    response = moderator_client.post(bulk_url(first, second), {"to_status": "confirmed"}, follow=True)

    assert response.status_code == 200
    assert (status_of(first), status_of(second)) == (SignUpStatus.CONFIRMED, SignUpStatus.WAITLISTED)
