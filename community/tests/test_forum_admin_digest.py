"""Reports that have waited more than 48 hours are escalated at the top of the forum's part of the
moderators' daily digest, counted only for the posts each moderator may see."""

from django.urls import reverse

import pytest

from community.models import PostStatus
from sidebyside.notifications.digest import registered_queues, send_moderator_digest, waiting_queues
from sidebyside.notifications.models import OutboxMessage

from . import test_forum_admin as shared
from .test_forum_admin import make_category, make_post, report

pytestmark = pytest.mark.django_db

north, south, category, moderator = shared.north, shared.south, shared.category, shared.moderator


@pytest.fixture(autouse=True)
def _admin_registered():
    """The queues join the digest when the admin registers its viewsets (when its URLs are loaded)."""
    reverse("forum_posts:index")


def test_the_escalation_comes_first_in_the_forums_part_of_the_digest():
    names = [queue.name for queue in registered_queues()]
    assert names.index("forum_old_reports") == names.index("forum_posts") - 1


def test_old_reports_are_counted_for_the_moderators_own_organisation(category, moderator, south):
    report(make_post(category, status=PostStatus.LIVE), 2, days_ago=3)
    report(make_post(category, status=PostStatus.LIVE), 1, days_ago=1)  # not 48 hours yet
    report(make_post(make_category("South corner", organisation=south), status=PostStatus.LIVE), 4, days_ago=5)

    counts = {queue.name: count for queue, count in waiting_queues(moderator)}
    assert counts["forum_old_reports"] == 2


def test_the_digest_says_how_many_reports_wait_more_than_48_hours(category, moderator):
    report(make_post(category, status=PostStatus.LIVE), 3, days_ago=3)
    make_post(category)  # one held post waiting

    assert send_moderator_digest() >= 1
    message = OutboxMessage.objects.get(template="moderator_digest", recipient=moderator.email)
    queues = [(queue["label"], queue["count"]) for queue in message.context["queues"]]
    forum = [entry for entry in queues if entry[0].startswith("Forum")]
    assert forum == [("Forum: reports waiting more than 48 hours", 3), ("Forum posts", 1)]
    old_reports = next(queue for queue in message.context["queues"] if queue["label"].startswith("Forum: reports"))
    assert old_reports["url"].endswith(reverse("forum_posts:index") + "?old_reports=true")


def test_no_old_reports_means_no_escalation_line(category, moderator):
    report(make_post(category, status=PostStatus.LIVE), 1, days_ago=1)
    names = [queue.name for queue, _count in waiting_queues(moderator)]
    assert "forum_old_reports" not in names
