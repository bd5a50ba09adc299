import datetime

from django.core import mail
from django.utils.translation import gettext_lazy as _

from wagtail.users.models import UserProfile

import pytest

from sidebyside.notifications.digest import register_digest_queue, send_moderator_digest, unregister_digest_queue
from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.tasks import deliver_due

from .factories import UserFactory

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 3, 2)


@pytest.fixture
def waiting():
    """A test queue whose count the test sets; removed from the registry afterwards."""
    counts = {"stories": 0, "posts": 0}
    register_digest_queue(
        "test-stories", label=_("Submitted stories"), count=lambda: counts["stories"], admin_url="/admin/stories/"
    )
    register_digest_queue(
        "test-posts", label=_("Reported posts"), count=lambda: counts["posts"], admin_url="https://x.example/posts/"
    )
    yield counts
    unregister_digest_queue("test-stories")
    unregister_digest_queue("test-posts")


def test_nothing_is_sent_when_no_queue_is_registered():
    UserFactory(groups=["Moderators"])

    assert send_moderator_digest(TODAY) == 0
    assert not OutboxMessage.objects.exists()


def test_nothing_is_sent_when_every_queue_is_empty(waiting):
    UserFactory(groups=["Moderators"])

    assert send_moderator_digest(TODAY) == 0
    assert not OutboxMessage.objects.exists()


def test_each_active_moderator_gets_the_counts_of_the_queues_that_wait(waiting):
    moderator = UserFactory(groups=["Moderators"], first_name="Ada")
    UserFactory(groups=["Moderators"], is_active=False)
    UserFactory(groups=["Editors"])
    UserFactory(groups=["Moderators"], email="")
    waiting["stories"] = 3

    assert send_moderator_digest(TODAY) == 1
    deliver_due()

    [email] = mail.outbox
    assert email.to == [moderator.email]
    assert email.subject.endswith(": 3 items wait for review")
    assert "Hello Ada," in email.body
    assert "- Submitted stories: 3\n  http://testserver/admin/stories/" in email.body
    assert "Reported posts" not in email.body


def test_digest_is_queued_once_per_moderator_per_day(waiting):
    UserFactory(groups=["Moderators"])
    waiting["posts"] = 1

    send_moderator_digest(TODAY)
    send_moderator_digest(TODAY)
    send_moderator_digest(TODAY + datetime.timedelta(days=1))

    keys = sorted(OutboxMessage.objects.values_list("idempotency_key", flat=True))
    assert len(keys) == 2
    assert keys[0].startswith("moderator-digest:2026-03-02:")


def test_digest_is_in_the_moderators_admin_language(waiting):
    moderator = UserFactory(groups=["Moderators"])
    UserProfile.objects.create(user=moderator, preferred_language="pl")
    waiting["stories"] = 1

    send_moderator_digest(TODAY)

    assert OutboxMessage.objects.get().language == "pl"


@pytest.fixture
def waiting_for_each():
    """A test queue that counts per moderator: username -> items waiting for them."""
    counts = {}
    register_digest_queue(
        "test-per-moderator",
        label=_("Submitted stories"),
        count=lambda user: counts.get(user.username, 0),
        admin_url="/admin/stories/",
    )
    yield counts
    unregister_digest_queue("test-per-moderator")


def test_a_queue_that_counts_per_moderator_tells_each_only_their_own_count(waiting_for_each):
    busy = UserFactory(groups=["Moderators"], username="busy")
    UserFactory(groups=["Moderators"], username="idle")
    waiting_for_each.update(busy=2, someone_else=5)

    assert send_moderator_digest(TODAY) == 1

    message = OutboxMessage.objects.get()
    assert message.recipient == busy.email
    assert message.context["total"] == 2
    assert [row["count"] for row in message.context["queues"]] == [2]


def test_a_moderator_with_nothing_waiting_gets_no_digest(waiting_for_each):
    UserFactory(groups=["Moderators"], username="idle")
    waiting_for_each["someone_else"] = 5

    assert send_moderator_digest(TODAY) == 0
    assert not OutboxMessage.objects.exists()
