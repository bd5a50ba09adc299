from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest

from sidebyside.notifications.models import DeliveryAttempt, OutboxMessage
from sidebyside.notifications.tasks import deliver_due
from sidebyside.testing.accounts import login_with_mfa

from .factories import OutboxMessageFactory, UserFactory

Status = OutboxMessage.Status
pytestmark = pytest.mark.django_db


@pytest.fixture
def trust_admin_client(client):
    login_with_mfa(client, UserFactory(groups=["Trust administrators"]))
    return client


def test_rejected_message_is_listed_as_failed_with_its_error(smtp_settings, smtp_server, trust_admin_client):
    smtp_server.reject("nobody@example.org")
    message = OutboxMessageFactory(recipient="nobody@example.org")
    deliver_due()

    response = trust_admin_client.get(reverse("outbox:index"), {"status": "failed"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "nobody@example.org" in page
    assert "Recipient refused: 550" in page
    assert reverse("outbox:resend", args=[message.pk]) in page


def test_list_filters_by_status_and_date_and_searches(trust_admin_client):
    OutboxMessageFactory(recipient="sent@example.org", status=Status.SENT)
    OutboxMessageFactory(recipient="failed@example.org", status=Status.FAILED)
    OutboxMessageFactory(
        recipient="old@example.org", status=Status.FAILED, created_at=timezone.now() - timedelta(days=30)
    )
    url = reverse("outbox:index")
    since = (timezone.localdate() - timedelta(days=7)).isoformat()

    failed = trust_admin_client.get(url, {"status": "failed", "created_at_from": since}).content.decode()
    searched = trust_admin_client.get(url, {"q": "sent@"}).content.decode()

    assert "failed@example.org" in failed and "sent@example.org" not in failed and "old@example.org" not in failed
    assert "sent@example.org" in searched and "failed@example.org" not in searched


def test_detail_page_shows_the_attempts_and_the_error(trust_admin_client):
    message = OutboxMessageFactory(status=Status.FAILED, last_error="Recipient refused: 550 gone")
    DeliveryAttempt.objects.create(message=message, outcome="failed", error="Recipient refused: 550 gone")

    page = trust_admin_client.get(reverse("outbox:inspect", args=[message.pk])).content.decode()

    assert "Recipient refused: 550 gone" in page
    assert "Delivery attempts" in page
    assert reverse("outbox:resend", args=[message.pk]) in page


def test_resend_queues_a_failed_message_again_and_keeps_its_history(trust_admin_client, smtp_settings, smtp_server):
    message = OutboxMessageFactory(status=Status.FAILED, attempts=8, last_error="Timeout")
    DeliveryAttempt.objects.create(message=message, outcome="failed", error="Timeout")
    url = reverse("outbox:resend", args=[message.pk])

    assert trust_admin_client.get(url).status_code == 200
    response = trust_admin_client.post(url)

    assert response.status_code == 302
    message.refresh_from_db()
    assert (message.status, message.attempts, message.last_error) == (Status.QUEUED, 0, "")
    assert list(message.delivery_attempts.values_list("outcome", flat=True)) == ["failed", "resent"]
    assert message.delivery_attempts.last().requested_by is not None

    deliver_due()
    assert smtp_server.count == 1


@pytest.mark.parametrize("status", [Status.SENT, Status.QUEUED, Status.SENDING])
def test_a_message_that_has_not_failed_is_never_resent(trust_admin_client, status):
    message = OutboxMessageFactory(status=status)

    trust_admin_client.post(reverse("outbox:resend", args=[message.pk]))

    message.refresh_from_db()
    assert message.status == status
    assert not message.delivery_attempts.exists()


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_and_moderators_cannot_see_the_outbox(client, group):
    message = OutboxMessageFactory(status=Status.FAILED)
    login_with_mfa(client, UserFactory(groups=[group]))

    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert client.get(reverse("outbox:index")).status_code == 302  # Wagtail's "no permission" redirect
    assert client.get(reverse("outbox:inspect", args=[message.pk])).status_code == 302
    assert client.post(reverse("outbox:resend", args=[message.pk])).status_code == 302
    assert OutboxMessage.objects.get(pk=message.pk).status == Status.FAILED
    assert reverse("outbox:index") not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_nobody_adds_edits_or_deletes_outbox_rows_not_even_a_superuser(client):
    message = OutboxMessageFactory()
    login_with_mfa(client, UserFactory(is_superuser=True))

    assert client.get(reverse("outbox:index")).status_code == 200
    assert client.get(reverse("outbox:add")).status_code == 302
    assert client.get(reverse("outbox:edit", args=[message.pk])).status_code == 302
    assert client.post(reverse("outbox:delete", args=[message.pk])).status_code == 302
    assert OutboxMessage.objects.filter(pk=message.pk).exists()


def test_dashboard_warns_trust_administrators_while_messages_fail(trust_admin_client):
    home = reverse("wagtailadmin_home")
    assert "Emails are failing" not in trust_admin_client.get(home).content.decode()

    OutboxMessageFactory.create_batch(2, status=Status.FAILED)
    OutboxMessageFactory(status=Status.FAILED, created_at=timezone.now() - timedelta(days=8))
    page = trust_admin_client.get(home).content.decode()

    assert "Emails are failing" in page
    assert "2 emails could not be sent in the last 7 days." in page
    assert f"{reverse('outbox:index')}?status=failed&amp;created_at_from=" in page


def test_dashboard_warning_is_not_shown_to_moderators(client):
    OutboxMessageFactory(status=Status.FAILED)
    login_with_mfa(client, UserFactory(groups=["Moderators"]))

    assert "Emails are failing" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_resend_without_the_csrf_token_is_refused():
    from django.test import Client

    message = OutboxMessageFactory(status=Status.FAILED)
    client = Client(enforce_csrf_checks=True)
    login_with_mfa(client, UserFactory(groups=["Trust administrators"]))

    response = client.post(reverse("outbox:resend", args=[message.pk]))

    assert response.status_code == 403
    assert OutboxMessage.objects.get(pk=message.pk).status == Status.FAILED
