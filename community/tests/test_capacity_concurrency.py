"""Capacity under real concurrency (PostgreSQL, real threads, each with its own connection)."""

import threading

from django.db import connection

import pytest

from community.models import SignUp, SignUpStatus
from community.signups import cancel, sign_up
from sidebyside.notifications.models import OutboxMessage

from .factories import EventIndexPageFactory, EventPageFactory

PEOPLE = 200
PLACES = 20
# The server allows 100 connections, shared with other test runs: at most this many threads talk to it at once.
AT_ONCE = 40


def run_together(work, items):
    """Run work(item) in one thread per item, started together; returns the errors raised."""
    start, gate, errors = threading.Barrier(len(items)), threading.Semaphore(AT_ONCE), []

    def run(item):
        start.wait()
        with gate:
            try:
                work(item)
            except Exception as error:  # noqa: BLE001 - collected and asserted on below
                errors.append(error)
            finally:
                connection.close()

    threads = [threading.Thread(target=run, args=(item,)) for item in items]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_200_at_once_for_20_places_then_20_cancellations_promote_exactly_20(home_page, monkeypatch):
    # The test settings deliver mail inline on every commit; that is the outbox's business, not this test's.
    monkeypatch.setattr("sidebyside.notifications.api._enqueue_delivery_on_commit", lambda: None)
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home_page), capacity=PLACES)
    outcomes = {}

    def sign_up_person(n):
        signup, created = sign_up(event, {"name": f"P{n}", "email": f"p{n}@example.org", "preferred_contact": "email"})
        outcomes[n] = (signup.pk, created)

    assert run_together(sign_up_person, list(range(PEOPLE))) == []

    signups = list(SignUp.objects.order_by("created_at", "pk"))
    assert len(signups) == PEOPLE and all(created for _pk, created in outcomes.values())
    assert len({s.email_normalised for s in signups}) == PEOPLE
    statuses = [s.status for s in signups]
    # Arrival order is the order the lock was won: the first 20 to arrive have the places.
    assert statuses == [SignUpStatus.CONFIRMED] * PLACES + [SignUpStatus.WAITLISTED] * (PEOPLE - PLACES)
    assert [s.pk for s in signups] == sorted(s.pk for s in signups)
    first_waiting = [s.pk for s in signups[PLACES : 2 * PLACES]]

    confirmed = signups[:PLACES]
    assert run_together(lambda signup: cancel(signup, reason="cannot come"), confirmed) == []

    by_status = {status: SignUp.objects.filter(status=status) for status in SignUpStatus.values}
    assert by_status["cancelled"].count() == PLACES
    assert sorted(by_status["confirmed"].values_list("pk", flat=True)) == sorted(first_waiting)
    assert by_status["waitlisted"].count() == PEOPLE - 2 * PLACES
    promoted = OutboxMessage.objects.filter(template="event_signup", context__kind="promoted")
    assert sorted(promoted.values_list("recipient", flat=True)) == sorted(
        s.email for s in signups[PLACES : 2 * PLACES]
    )
