import pytest

from sidebyside.moderation.services import register_moderation_queue
from sidebyside.notifications.digest import registered_queues, unregister_digest_queue, waiting_queues

from .models import Application


@pytest.fixture
def queue():
    register_moderation_queue(
        "test-applications",
        model=Application,
        label="Applications",
        waiting_statuses=["new", "in_review"],
        admin_url="/admin/applications/",
    )
    yield next(q for q in registered_queues() if q.name == "test-applications")
    unregister_digest_queue("test-applications")


def test_the_digest_counts_the_items_waiting(queue, db):
    for status in ["new", "new", "in_review", "accepted", "rejected"]:
        Application.objects.create(status=status)

    assert queue.label == "Applications"
    assert queue.count() == 3
    assert (queue, 3) in waiting_queues()


def test_an_empty_queue_is_left_out_of_the_digest(queue, db):
    Application.objects.create(status="accepted")

    assert queue.count() == 0
    assert all(waiting is not queue for waiting, _count in waiting_queues())
