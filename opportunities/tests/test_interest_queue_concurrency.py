"""Two moderators pressing different buttons on the same expression of interest at the same moment."""

import threading

from django.db import connection
from django.test import Client
from django.urls import reverse

import pytest

from opportunities.models import ExpressionOfInterest
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.tests.factories import OrganisationFactory
from sidebyside.moderation.models import ModerationDecision
from sidebyside.testing.accounts import login_with_mfa

from .factories import ExpressionOfInterestFactory


def signed_in_moderator(organisation):
    moderator = MemberFactory(groups=["Moderators"])
    organisation.staff.add(moderator)
    client = Client()
    login_with_mfa(client, moderator)
    return client


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_moderators_moving_the_same_interest_at_once_exactly_one_decision_is_kept():
    organisation = OrganisationFactory()
    clients = [signed_in_moderator(organisation), signed_in_moderator(organisation)]
    interest = ExpressionOfInterestFactory(opportunity__organisation=organisation)
    url = reverse("interests:transition", args=[interest.pk])
    start = threading.Barrier(2)
    pages, errors = [], []

    def press(client, to_status):
        try:
            start.wait()
            response = client.post(url, {"to_status": to_status, "expected_status": "new"}, follow=True)
            pages.append(response.content.decode())
        except Exception as exc:  # reported by the assertion below
            errors.append(exc)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=press, args=(client, to_status))
        for client, to_status in zip(clients, ["contacted", "withdrawn"], strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    decisions = list(ModerationDecision.objects.filter(object_id=interest.pk))
    assert len(decisions) == 1
    assert ExpressionOfInterest.objects.get(pk=interest.pk).status == decisions[0].to_status
    assert sum("Someone else has just moved this item" in page for page in pages) == 1
