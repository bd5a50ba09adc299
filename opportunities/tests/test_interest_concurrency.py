"""Several submissions of the same person's interest at the same moment (PostgreSQL, real threads)."""

import threading

from django.db import connection
from django.test import Client

import pytest

from opportunities.models import ExpressionOfInterest
from sidebyside.accounts.models import Consent
from sidebyside.moderation.models import ModerationDecision
from sidebyside.notifications.models import OutboxMessage

from .factories import OpportunityIndexPageFactory, OpportunityPageFactory

THREADS = 6


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_same_person_sending_at_once_gives_one_interest_and_no_error(home_page, settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"interest": {"ip": (100, 3600), "email": (100, 3600)}}
    page = OpportunityPageFactory(parent=OpportunityIndexPageFactory(parent=home_page))
    url = page.url
    start = threading.Barrier(THREADS)
    statuses, errors = [], []

    def send(n):
        try:
            client = Client()
            start.wait()
            response = client.post(
                url,
                {
                    "name": f"Sam {n}",
                    "preferred_contact": "email",
                    "email": "Sam@example.org" if n % 2 else " sam@EXAMPLE.org",
                    "why_interested": "I want to help.",
                    "consent": "on",
                },
            )
            statuses.append(response.status_code)
        except Exception as error:  # noqa: BLE001 - reported below with the others
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=send, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    # Every sender sees the thank-you page: who got there first is nobody's business but the person's.
    assert statuses == [302] * THREADS
    assert ExpressionOfInterest.objects.count() == 1
    assert Consent.objects.count() == 1
    assert ModerationDecision.objects.count() == 1
    # The confirmation, the team's message, and one "someone sent your details again" for the day.
    assert sorted(OutboxMessage.objects.values_list("template", flat=True)) == [
        "interest_asked_again",
        "interest_for_staff",
        "interest_received",
    ]
