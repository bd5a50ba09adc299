"""Staff decisions on sign-ups that need approval, as the person hears of them: not approved (kindly, in their
language, pointing to other events, staff's reason kept internal) and approved (the same confirmation as a
direct sign-up, once). Messages are outbox rows written in the decision's transaction."""

from django.core import mail
from django.urls import reverse

from wagtail.models import Locale

import icalendar
import pytest

from community import signups
from community.models import SignUp, SignUpStatus
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.tests.factories import OrganisationFactory
from sidebyside.moderation import services
from sidebyside.moderation.models import ModerationDecision
from sidebyside.notifications.api import enqueue_delivery
from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.rendering import build_attachments, render_message, site_context
from sidebyside.notifications.tasks import deliver_due
from sidebyside.testing.accounts import login_with_mfa

from .factories import EventIndexPageFactory, EventPageFactory, SignUpFactory

pytestmark = pytest.mark.django_db

STAFF_REASON = "Internal: already came to the last two sprints"


@pytest.fixture
def north():
    return OrganisationFactory(name="North Hospital")


@pytest.fixture
def index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def event(index, north):
    return EventPageFactory(parent=index, title="Letters sprint", organisation=north, capacity=1, needs_approval=True)


@pytest.fixture
def moderator(north):
    user = MemberFactory(groups=["Moderators"], first_name="Sam", last_name="Moderator")
    north.staff.add(user)
    return user


@pytest.fixture
def moderator_client(client, moderator):
    login_with_mfa(client, moderator)
    return client


def in_polish(index, event):
    """The event and its listing translated into Polish and published."""
    polish = Locale.objects.get(language_code="pl")
    polish_index = index.copy_for_translation(polish, copy_parents=True)
    polish_index.save_revision().publish()
    polish_event = event.copy_for_translation(polish)
    polish_event.title = "Sprint o listach"
    polish_event.save_revision().publish()
    polish_event.refresh_from_db()
    return polish_index, polish_event


def pending_signup(event, n=1, **person):
    details = {"name": f"Person {n}", "email": f"person{n}@example.org", "preferred_contact": "email", **person}
    signup, created = signups.sign_up(event, details)
    assert created and signup.status == SignUpStatus.PENDING
    return signup


def move(client, signup, to_status, reason="", expected=None):
    data = {"to_status": to_status, "expected_status": expected or signup.status, "reason": reason}
    return client.post(reverse("event_signups:transition", args=[signup.pk]), data, follow=True)


def messages_for(signup, template):
    keys = OutboxMessage.objects.filter(idempotency_key__startswith=f"event-signup:{signup.pk}:")
    return keys.filter(template=template).order_by("pk")


def status_of(signup):
    return SignUp.objects.get(pk=signup.pk).status


# --- not approved --------------------------------------------------------------------------------------


def test_not_approved_tells_the_person_in_their_language_with_a_way_to_other_events(moderator_client, index, event):
    polish_index, polish_event = in_polish(index, event)
    signup = pending_signup(polish_event, name="Ola", email="ola@example.org", language="pl")

    response = move(moderator_client, signup, "rejected", reason=STAFF_REASON)

    assert "moved to “Not approved”" in response.content.decode()
    assert status_of(signup) == SignUpStatus.REJECTED
    message = messages_for(signup, "event_signup_rejected").get()
    assert (message.recipient, message.language, message.status) == ("ola@example.org", "pl", "queued")
    assert message.context["event"] == "Sprint o listach"
    assert message.context["events_url"] == polish_index.get_full_url()
    assert "/pl/" in message.context["events_url"]
    subject, text, html = render_message(message, site_context())
    assert subject == "W sprawie Twojego zapisu na Sprint o listach"
    assert "Dzień dobry, Ola!" in text
    assert "nie możemy zaproponować Ci miejsca" in text
    assert polish_index.get_full_url() in text and f'href="{polish_index.get_full_url()}"' in html
    assert 'lang="pl"' in html
    # Staff's reason is for colleagues: it stays in the history and never reaches the person.
    assert "Internal" not in text and "Internal" not in html and "Internal" not in str(message.context)
    assert ModerationDecision.objects.filter(object_id=signup.pk).latest("pk").reason == STAFF_REASON


def test_staff_are_told_the_reason_stays_with_them(moderator_client, event):
    signup = pending_signup(event)

    page = moderator_client.get(reverse("event_signups:inspect", args=[signup.pk])).content.decode()

    assert "For the team only: it stays in this sign-up&#x27;s history." in page
    assert page.count("For the team only") == 1  # on the "Not approved" button's reason only


def test_without_a_reason_nothing_changes_and_nobody_is_told(moderator_client, event):
    signup = pending_signup(event)

    response = move(moderator_client, signup, "rejected", reason=" ")

    assert "Give a reason" in response.content.decode()
    assert status_of(signup) == SignUpStatus.PENDING
    assert not messages_for(signup, "event_signup_rejected").exists()


def test_the_bulk_action_tells_each_person_once(moderator_client, event):
    first, second = pending_signup(event, 1), pending_signup(event, 2)
    url = reverse("wagtail_bulk_action", args=["community", "signup", "moderation_move"])

    moderator_client.post(f"{url}?id={first.pk}&id={second.pk}", {"to_status": "rejected", "reason": STAFF_REASON})

    assert (status_of(first), status_of(second)) == (SignUpStatus.REJECTED, SignUpStatus.REJECTED)
    assert messages_for(first, "event_signup_rejected").count() == 1
    assert messages_for(second, "event_signup_rejected").count() == 1


def test_a_person_who_wants_a_phone_call_is_not_emailed_but_the_message_is_on_record(moderator, event):
    signup = pending_signup(event, preferred_contact="phone", email="", phone="07700 900123")

    services.transition(signup, SignUpStatus.REJECTED, by=moderator, reason=STAFF_REASON)

    message = messages_for(signup, "event_signup_rejected").get()
    assert (message.status, message.recipient, message.preferred_contact) == ("not_emailed", "", "phone")
    deliver_due()
    assert mail.outbox == []


def test_the_message_is_delivered_only_after_the_decision_commits(
    moderator, event, django_capture_on_commit_callbacks
):
    signup = SignUpFactory(event=event, status=SignUpStatus.PENDING)  # made without a message of its own

    with django_capture_on_commit_callbacks() as callbacks:
        services.transition(signup, SignUpStatus.REJECTED, by=moderator, reason=STAFF_REASON)

    assert messages_for(signup, "event_signup_rejected").get().status == OutboxMessage.Status.QUEUED
    assert callbacks == [enqueue_delivery]  # the worker is called once the transaction has committed


def test_a_decision_that_rolls_back_takes_its_message_with_it(moderator, event, monkeypatch):
    signup = pending_signup(event)

    def broken(event):
        raise RuntimeError("the waiting list could not move")

    monkeypatch.setattr(signups, "promote_waiting", broken)
    with pytest.raises(RuntimeError):
        services.transition(signup, SignUpStatus.REJECTED, by=moderator, reason=STAFF_REASON)

    assert status_of(signup) == SignUpStatus.PENDING
    assert not messages_for(signup, "event_signup_rejected").exists()


def test_the_place_a_rejection_frees_goes_to_the_next_person_who_is_told_once(moderator, event):
    counted = pending_signup(event, 1)
    SignUpFactory(event=event, status=SignUpStatus.CONFIRMED)  # the only place, taken
    waiting = SignUpFactory(event=event, status=SignUpStatus.WAITLISTED)
    SignUp.objects.filter(event_key=event.translation_key, status=SignUpStatus.CONFIRMED).update(
        status=SignUpStatus.CANCELLED
    )  # someone left without the waiting list moving (the state a rejection must put right)

    services.transition(counted, SignUpStatus.REJECTED, by=moderator, reason=STAFF_REASON)

    assert status_of(waiting) == SignUpStatus.CONFIRMED
    assert list(messages_for(waiting, "event_signup").values_list("context__kind", flat=True)) == ["promoted"]
    assert messages_for(counted, "event_signup_rejected").count() == 1


def test_the_way_to_other_events_falls_back_to_another_listing_when_the_events_own_is_gone(
    moderator, home_page, index, event
):
    other = EventIndexPageFactory(parent=home_page, title="More events", slug="more-events")
    signup = pending_signup(event)
    index.unpublish()

    services.transition(signup, SignUpStatus.REJECTED, by=moderator, reason=STAFF_REASON)

    assert messages_for(signup, "event_signup_rejected").get().context["events_url"] == other.get_full_url()


# --- approved ------------------------------------------------------------------------------------------


def test_approving_sends_the_confirmation_of_a_direct_sign_up_once(moderator_client, index, event):
    direct_event = EventPageFactory(parent=index, title="Open sprint")
    direct, _ = signups.sign_up(
        direct_event, {"name": "Dee", "email": "dee@example.org", "preferred_contact": "email"}
    )
    signup = pending_signup(event, name="Ash", email="ash@example.org")

    move(moderator_client, signup, "confirmed")
    again = move(moderator_client, signup, "confirmed", expected="pending")  # a second click on a stale page

    assert "Someone else has just moved this item" in again.content.decode()
    assert status_of(signup) == SignUpStatus.CONFIRMED
    assert list(messages_for(signup, "event_signup").values_list("context__kind", flat=True)) == [
        "pending",
        "confirmed",
    ]
    approved = messages_for(signup, "event_signup").get(context__kind="confirmed")
    confirmed_directly = messages_for(direct, "event_signup").get()
    assert approved.context.keys() == confirmed_directly.context.keys()
    assert approved.context["cancel_path"] == f"/en/events/cancel/{signup.token}/"
    assert approved.context["_attachments"] == [
        {**confirmed_directly.context["_attachments"][0], "args": {"signup_id": signup.pk}}
    ]

    OutboxMessage.objects.exclude(pk=approved.pk).update(status=OutboxMessage.Status.SENT)
    deliver_due()

    (email,) = mail.outbox
    assert email.to == ["ash@example.org"] and email.subject == "Your place at Letters sprint is booked"
    assert f"/en/events/cancel/{signup.token}/" in email.body
    ((filename, content, mimetype),) = email.attachments
    assert (filename, mimetype) == ("event.ics", "text/calendar")
    (vevent,) = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Letters sprint"


def test_approving_a_sign_up_made_in_polish_confirms_in_polish(moderator_client, index, event):
    _polish_index, polish_event = in_polish(index, event)
    signup = pending_signup(polish_event, name="Ola", email="ola@example.org", language="pl")

    move(moderator_client, signup, "confirmed")

    message = messages_for(signup, "event_signup").get(context__kind="confirmed")
    assert message.language == "pl"
    assert message.context["cancel_path"] == f"/pl/events/cancel/{signup.token}/"
    assert message.context["event_url"] == polish_event.get_full_url()
    assert build_attachments(message)[0][0] == "event.ics"


def test_putting_a_pending_sign_up_on_the_waiting_list_tells_the_person_once(moderator_client, event):
    first = pending_signup(event)
    move(moderator_client, first, "confirmed")  # the only place is taken
    signup = pending_signup(event, n=2)

    move(moderator_client, signup, "waitlisted")
    move(moderator_client, signup, "waitlisted", expected="pending")  # a second click on a stale page

    assert status_of(signup) == SignUpStatus.WAITLISTED
    kinds = list(messages_for(signup, "event_signup").values_list("context__kind", flat=True))
    assert kinds == ["pending", "waitlisted"]


def test_a_pending_sign_up_is_not_put_on_the_waiting_list_while_a_place_is_free(moderator_client, event):
    signup = pending_signup(event)

    response = move(moderator_client, signup, "waitlisted")

    assert "There is a free place at this event. Approve the sign-up to give it to them instead." in (
        response.content.decode()
    )
    assert status_of(signup) == SignUpStatus.PENDING
    assert list(messages_for(signup, "event_signup").values_list("context__kind", flat=True)) == ["pending"]
