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
