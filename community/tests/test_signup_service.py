"""The sign-up service: places, the waiting list, approval, refusals, audit, consent and messages."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

import pytest

from community.models import SignUp, SignUpStatus
from community.signups import SignUpRefused, places_held, sign_up
from sidebyside.accounts.models import Consent, ConsentTopic
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.tests.factories import ContactPersonFactory
from sidebyside.moderation.models import ModerationDecision
from sidebyside.notifications.models import OutboxMessage

from .factories import EventIndexPageFactory, EventPageFactory, SignUpFactory, days_from_now


@pytest.fixture
def index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def event(index):
    return EventPageFactory(parent=index, title="Outpatient letters sprint", capacity=2)


def person(n=1, **changes):
    return {"name": f"Person {n}", "email": f"person{n}@example.org", "preferred_contact": "email", **changes}


def signup_messages(signup):
    return OutboxMessage.objects.filter(
        template="event_signup", idempotency_key__startswith=f"event-signup:{signup.pk}:"
    )


@pytest.mark.django_db
def test_a_guest_gets_a_confirmed_place_with_audit_consent_and_a_message(event):
    signup, created = sign_up(event, person(language="pl"))

    assert created and signup.status == SignUpStatus.CONFIRMED
    assert signup.event_key == event.translation_key and signup.event_title == "Outpatient letters sprint"
    decision = ModerationDecision.objects.get(content_type=ContentType.objects.get_for_model(SignUp))
    assert (decision.object_id, decision.from_status, decision.to_status) == (signup.pk, "", "confirmed")
    consent = Consent.objects.get()
    assert consent.topic == ConsentTopic.CONTACT_ABOUT_OPPORTUNITY and consent.subject == event.title
    message = signup_messages(signup).get()
    assert message.language == "pl" and message.recipient == "person1@example.org"
    assert message.context["kind"] == "confirmed"
    assert message.context["_attachments"][0]["builder"] == "community.calendar.event_ics_for_signup"
    assert message.context["cancel_path"] == f"/pl/events/cancel/{signup.token}/"


@pytest.mark.django_db
def test_a_member_is_linked_and_a_second_sign_up_returns_the_first(event):
    member = MemberFactory(email="member@example.org")
    first, created = sign_up(event, person(user=member, email="member@example.org"))
    again, created_again = sign_up(event, person(2, user=member, email="other@example.org"))

    assert created and not created_again and again.pk == first.pk and first.user == member
    assert SignUp.objects.count() == 1 and OutboxMessage.objects.filter(template="event_signup").count() == 1


@pytest.mark.django_db
def test_the_same_email_or_phone_in_another_language_version_is_the_same_person(event):
    first, _ = sign_up(event, person(email="Sam@Example.org", phone="07700 900123"))
    by_email, created_email = sign_up(event, person(2, email="sam@example.org"))
    by_phone, created_phone = sign_up(event, person(3, name=" person  1 ", email="", phone="+44 7700 900123"))

    assert not created_email and not created_phone and by_email.pk == by_phone.pk == first.pk


@pytest.mark.django_db
def test_people_sharing_a_phone_sign_up_each_under_their_own_name(event):
    mum, _ = sign_up(event, person(name="Grace Okafor", email="", phone="07700 900123", preferred_contact="phone"))
    son, created = sign_up(
        event, person(name="Daniel Okafor", email="", phone="07700900123", preferred_contact="phone")
    )

    assert created and son.pk != mum.pk
    assert places_held(event.translation_key) == 2


@pytest.mark.django_db
def test_full_events_put_people_on_the_waiting_list_in_order(event):
    statuses = [sign_up(event, person(n))[0].status for n in range(4)]

    assert statuses == ["confirmed", "confirmed", "waitlisted", "waitlisted"]
    assert places_held(event.translation_key) == 2
    waiting = SignUp.objects.filter(status="waitlisted").order_by("created_at")
    assert [s.name for s in waiting] == ["Person 2", "Person 3"]
    assert signup_messages(waiting[0]).get().context["kind"] == "waitlisted"


@pytest.mark.django_db
def test_a_full_event_without_a_waiting_list_refuses_and_saves_nothing(event):
    event.waiting_list = False
    event.save()
    sign_up(event, person(1))
    sign_up(event, person(2))
    counts = (SignUp.objects.count(), OutboxMessage.objects.count(), Consent.objects.count())

    with pytest.raises(SignUpRefused, match="full and has no waiting list"):
        sign_up(event, person(3))

    assert (SignUp.objects.count(), OutboxMessage.objects.count(), Consent.objects.count()) == counts


@pytest.mark.django_db
def test_events_needing_approval_start_pending(event):
    event.needs_approval = True
    event.save()

    signup, _ = sign_up(event, person())

    assert signup.status == SignUpStatus.PENDING and places_held(event.translation_key) == 0
    assert signup_messages(signup).get().context["kind"] == "pending"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"signup_opens": days_from_now(2)}, "not open yet"),
        ({"signup_closes": days_from_now(-1)}, "has closed"),
        ({"start": days_from_now(-3), "end": days_from_now(-3, 13)}, "already started or finished"),
        ({"cancelled": True}, "has been cancelled"),
    ],
)
@pytest.mark.django_db
def test_sign_up_is_refused_when_not_open_closed_past_or_cancelled(event, changes, message):
    for name, value in changes.items():
        setattr(event, name, value)
    event.save()

    with pytest.raises(SignUpRefused, match=message):
        sign_up(event, person())

    assert not SignUp.objects.exists() and not OutboxMessage.objects.exists()


@pytest.mark.django_db
def test_staff_can_add_someone_who_phoned_after_sign_up_closed(event):
    staff = MemberFactory()
    event.signup_closes = timezone.now() - datetime.timedelta(hours=1)
    event.save()

    signup, created = sign_up(event, person(), by=staff)

    assert created and signup.added_by == staff
    assert Consent.objects.get().method == "phone"


@pytest.mark.django_db
def test_organisers_are_alerted_once_at_80_and_once_at_100_percent(index):
    event = EventPageFactory(parent=index, capacity=5, contact=ContactPersonFactory(email="organiser@example.org"))
    alerts = OutboxMessage.objects.filter(template="event_places_alert")

    for n in range(3):
        sign_up(event, person(n))
    assert not alerts.exists()
    sign_up(event, person(3))
    assert list(alerts.values_list("context__threshold", flat=True)) == [80]
    sign_up(event, person(4))
    sign_up(event, person(5))  # waitlisted: no new alert
    assert sorted(alerts.values_list("context__threshold", flat=True)) == [80, 100]
    assert set(alerts.values_list("recipient", flat=True)) == {"organiser@example.org"}


@pytest.mark.django_db
def test_a_failure_half_way_keeps_nothing(event, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("outbox down")

    monkeypatch.setattr("community.signups.notify", broken)

    with pytest.raises(RuntimeError):
        sign_up(event, person())

    assert not SignUp.objects.exists() and not Consent.objects.exists() and not ModerationDecision.objects.exists()


@pytest.mark.django_db
def test_an_ended_sign_up_does_not_stop_signing_up_again(event):
    old = SignUpFactory(event=event, email="person1@example.org", status=SignUpStatus.CANCELLED)

    signup, created = sign_up(event, person())

    assert created and signup.pk != old.pk


@pytest.mark.django_db
def test_a_guests_sign_ups_join_their_account_when_they_verify_the_email(event):
    from community.pipeline import link_guest_signups

    guest, _ = sign_up(event, person(email="Sam@Example.org"))
    member = MemberFactory(email="sam@example.org")

    link_guest_signups(member, "sam@example.org")

    assert SignUp.objects.get(pk=guest.pk).user == member


@pytest.mark.django_db
def test_deleting_an_account_frees_the_place_and_forgets_the_person(event):
    from community.pipeline import data_rows, erase_signups

    member = MemberFactory(email="member@example.org")
    mine, _ = sign_up(event, person(user=member, email="member@example.org", phone="07700 900123"))
    sign_up(event, person(2))
    waiting, _ = sign_up(event, person(3))
    assert [row["Event"] for row in data_rows(member)] == [event.title]

    erase_signups(member)

    mine.refresh_from_db()
    assert (mine.status, mine.user, mine.name, mine.email, mine.phone) == ("cancelled", None, "", "", "")
    assert SignUp.objects.get(pk=waiting.pk).status == "confirmed"
