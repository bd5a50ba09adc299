from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest

from sidebyside.moderation.services import register_moderation_queue
from sidebyside.notifications import digest
from sidebyside.notifications.digest import (
    registered_queues,
    send_moderator_digest,
    unregister_digest_queue,
    waiting_queues,
)
from sidebyside.notifications.models import OutboxMessage

from .models import STAFF_ORGANISATIONS, Application

User = get_user_model()


@pytest.fixture(autouse=True)
def organisations(settings, monkeypatch):
    settings.MODERATION_USER_ORGANISATIONS = "sidebyside.moderation.tests.models.organisations_for"
    monkeypatch.setitem(STAFF_ORGANISATIONS, "north_staff", ["north"])
    monkeypatch.setitem(STAFF_ORGANISATIONS, "south_staff", ["south"])


@pytest.fixture
def queue(monkeypatch):
    # Only this queue: the site's own queues (registered once their admin hooks load) count real models,
    # which the test-only organisations hook above cannot answer for.
    monkeypatch.setattr(digest, "_queues", {})
    register_moderation_queue(
        "test-applications",
        model=Application,
        label="Applications",
        waiting_statuses=["new", "in_review"],
        admin_url="/admin/applications/",
    )
    yield next(q for q in registered_queues() if q.name == "test-applications")
    unregister_digest_queue("test-applications")


def moderator(username, *, group="Moderators"):
    user = User.objects.create_user(username, f"{username}@example.org")
    user.groups.add(Group.objects.get(name=group))
    return user


def test_the_digest_counts_only_the_waiting_items_the_moderator_may_see(queue, db):
    for status in ["new", "new", "in_review", "accepted", "rejected"]:
        Application.objects.create(status=status, organisation="north")
    Application.objects.create(status="new", organisation="south")
    trust_admin = moderator("trust_admin", group="Trust administrators")

    assert queue.label == "Applications"
    assert queue.count_for(moderator("north_staff")) == 3
    assert queue.count_for(moderator("south_staff")) == 1
    assert queue.count_for(trust_admin) == 4
    assert queue.count_for(moderator("no_organisation")) == 0


def test_an_empty_queue_is_left_out_of_the_digest(queue, db):
    Application.objects.create(status="accepted", organisation="north")
    north = moderator("north_staff")

    assert queue.count_for(north) == 0
    assert all(waiting is not queue for waiting, _count in waiting_queues(north))


def test_a_moderator_is_told_only_about_their_own_organisations_items(queue, db):
    Application.objects.create(status="new", organisation="south")
    Application.objects.create(status="new", organisation="south")
    north, south = moderator("north_staff"), moderator("south_staff")

    assert send_moderator_digest() == 1

    message = OutboxMessage.objects.get()
    assert message.recipient == south.email
    assert {(row["label"], row["count"]) for row in message.context["queues"]} == {("Applications", 2)}
    assert message.context["total"] == 2
    assert not OutboxMessage.objects.filter(recipient=north.email).exists()
