import threading

from django.db import connection

import pytest

from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.tasks import deliver_due

from .factories import OutboxMessageFactory


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_workers_draining_the_same_outbox_send_each_message_exactly_once(smtp_settings, smtp_server):
    OutboxMessageFactory.create_batch(200)
    start = threading.Barrier(2)
    claimed, errors = [], []

    def worker():
        try:
            start.wait()
            claimed.append(deliver_due(batch_size=10))
        except Exception as exc:  # reported by the assertion below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert sum(claimed) == 200
    received = smtp_server.received_by_id()
    assert len(received) == 200
    assert set(received.values()) == {1}
    assert OutboxMessage.objects.filter(status=OutboxMessage.Status.SENT, attempts=1).count() == 200
