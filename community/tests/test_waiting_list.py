"""Cancelling frees a place for the next person waiting, at once or as an offer that runs out."""

import datetime

from django.utils import timezone

import pytest

from community import signups
from community.models import SignUp, SignUpStatus
from community.signups import SignUpRefused, accept_offer, cancel, expire_offers, promote_waiting, sign_up
from sidebyside.moderation.services import transition
from sidebyside.notifications.models import OutboxMessage

from .factories import EventIndexPageFactory, EventPageFactory


@pytest.fixture
def index(home_page):
    return EventIndexPageFactory(parent=home_page)


def person(n):
    return {"name": f"Person {n}", "email": f"person{n}@example.org", "preferred_contact": "email"}


def fill(event, count):
    return [sign_up(event, person(n))[0] for n in range(count)]


def kinds(signup):
    return list(
        OutboxMessage.objects.filter(idempotency_key__startswith=f"event-signup:{signup.pk}:")
        .order_by("pk")
        .values_list("context__kind", flat=True)
    )


@pytest.mark.django_db
def test_cancelling_promotes_the_first_person_waiting_and_tells_them(index):
    event = EventPageFactory(parent=index, capacity=2)
    first, _second, waiting_1, waiting_2 = fill(event, 4)

    cancel(first, reason="Cannot come")

    first.refresh_from_db(), waiting_1.refresh_from_db(), waiting_2.refresh_from_db()
    assert first.status == "cancelled" and waiting_1.status == "confirmed" and waiting_2.status == "waitlisted"
    assert kinds(first) == ["confirmed", "cancelled"]
    assert kinds(waiting_1) == ["waitlisted", "promoted"]
    promoted = OutboxMessage.objects.get(idempotency_key__startswith=f"event-signup:{waiting_1.pk}:promoted")
    assert promoted.context["_attachments"][0]["args"] == {"signup_id": waiting_1.pk}


@pytest.mark.django_db
def test_a_failed_promotion_undoes_the_cancellation_too(index, monkeypatch):
    event = EventPageFactory(parent=index, capacity=1)
    first, waiting = fill(event, 2)
    real_promote = signups._promote

    def broken(signup, canonical):
        real_promote(signup, canonical)
        raise RuntimeError("lost connection")

    monkeypatch.setattr(signups, "_promote", broken)

    with pytest.raises(RuntimeError):
        cancel(first)

    assert SignUp.objects.get(pk=first.pk).status == "confirmed"
    assert SignUp.objects.get(pk=waiting.pk).status == "waitlisted"
    assert kinds(waiting) == ["waitlisted"]


@pytest.mark.django_db
def test_with_offer_hours_the_next_person_is_offered_the_place_and_can_accept(index):
    event = EventPageFactory(parent=index, capacity=1, offer_hours=24)
    first, waiting = fill(event, 2)

    cancel(first)

    waiting.refresh_from_db()
    assert waiting.status == SignUpStatus.OFFERED
    assert abs(waiting.offer_expires_at - (timezone.now() + datetime.timedelta(hours=24))) < datetime.timedelta(
        minutes=1
    )
    offer = OutboxMessage.objects.get(idempotency_key__startswith=f"event-signup:{waiting.pk}:offered")
    assert offer.context["accept_path"].startswith("/en/events/accept/")
    assert signups.signup_for_offer_token(offer.context["accept_path"].split("/")[-2]) == waiting

    accept_offer(waiting)

    waiting.refresh_from_db()
    assert waiting.status == "confirmed" and waiting.offer_expires_at is None
    assert kinds(waiting) == ["waitlisted", "offered", "confirmed"]


@pytest.mark.django_db
def test_an_expired_offer_goes_to_the_next_person(index):
    event = EventPageFactory(parent=index, capacity=1, offer_hours=2)
    first, offered, next_person = fill(event, 3)
    cancel(first)
    SignUp.objects.filter(pk=offered.pk).update(offer_expires_at=timezone.now() - datetime.timedelta(minutes=1))

    assert expire_offers() == 1
    assert expire_offers() == 0  # running twice (or late) changes nothing: the new offer has 2 hours

    offered.refresh_from_db(), next_person.refresh_from_db()
    assert offered.status == "cancelled" and next_person.status == "offered"
    assert kinds(offered) == ["waitlisted", "offered", "offer_expired"]
    with pytest.raises(SignUpRefused):
        accept_offer(offered)


@pytest.mark.django_db
def test_accepting_after_the_offer_ran_out_ends_it_and_moves_on(index):
    event = EventPageFactory(parent=index, capacity=1, offer_hours=1)
    first, offered, next_person = fill(event, 3)
    cancel(first)
    SignUp.objects.filter(pk=offered.pk).update(offer_expires_at=timezone.now() - datetime.timedelta(minutes=1))

    with pytest.raises(SignUpRefused, match="gone to the next person"):
        accept_offer(offered)

    # The refusal is raised after the expiry is saved: the next person has the offer.
    assert SignUp.objects.get(pk=next_person.pk).status == "offered"


@pytest.mark.django_db
def test_raising_capacity_and_publishing_promotes_people_waiting(index):
    event = EventPageFactory(parent=index, capacity=1)
    _first, waiting_1, waiting_2 = fill(event, 3)

    event.capacity = 3
    event.save_revision().publish()

    assert set(SignUp.objects.filter(status="confirmed").values_list("pk", flat=True)) >= {waiting_1.pk, waiting_2.pk}


@pytest.mark.django_db
def test_rejecting_a_pending_sign_up_lets_the_waiting_list_move(index):
    event = EventPageFactory(parent=index, capacity=1)
    first, waiting = fill(event, 2)
    # Staff made room by hand (for example, a pending sign-up they had counted), then reject another.
    SignUp.objects.filter(pk=first.pk).update(status=SignUpStatus.PENDING)
    first.refresh_from_db()

    transition(first, SignUpStatus.REJECTED, by=None, reason="Not eligible")

    assert SignUp.objects.get(pk=waiting.pk).status == "confirmed"


@pytest.mark.django_db
def test_promote_waiting_does_nothing_for_a_cancelled_event(index):
    event = EventPageFactory(parent=index, capacity=1)
    fill(event, 2)
    SignUp.objects.filter(status="confirmed").update(status="cancelled")
    event.cancelled = True
    event.save()

    assert promote_waiting(event) == []
