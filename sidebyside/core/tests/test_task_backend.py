"""Background jobs: Wagtail's django-tasks run on django-q2, after commit; django-q2's worker runs them.

Tests settings run django-q2 inline (`sync`); the worker tests switch that off and drive the same
pusher → worker → monitor pipeline a `manage.py qcluster` process runs, in this process, once.
"""

from multiprocessing import Event, Value

from django.db import transaction

from wagtail.models import ReferenceIndex
from wagtail.rich_text import RichText

import django_tasks
import pytest
from django_q.brokers import get_broker
from django_q.conf import Conf
from django_q.models import Failure, OrmQ, Success
from django_q.monitor import monitor
from django_q.pusher import pusher
from django_q.queues import Queue
from django_q.tasks import async_task
from django_q.worker import worker
from django_tasks.base import TaskResultStatus
from django_tasks.exceptions import InvalidTaskError

from home.models import StandardPage
from sidebyside.core.task_backends import run_task

CALLS = []


@django_tasks.task()
def record_call(label, *, times=1):
    CALLS.append((label, times))
    return label.upper() * times


def fail_loudly(reason):
    raise ValueError(reason)


def needs_context(context, label):
    return label


@pytest.fixture(autouse=True)
def _clear_calls():
    CALLS.clear()
    yield
    CALLS.clear()


@pytest.mark.django_db
def test_enqueued_task_runs_through_django_q2_only_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        result = record_call.enqueue("hello", times=2)
        assert CALLS == []
        assert not Success.objects.exists()
    assert len(callbacks) == 1
    assert CALLS == [("hello", 2)]
    stored = Success.objects.get()
    assert stored.name == "record_call"
    assert stored.func == "sidebyside.core.task_backends.run_task"
    assert stored.args == ("sidebyside.core.tests.test_task_backend.record_call", ["hello"], {"times": 2})
    assert stored.result == "HELLOHELLO"
    assert result.status == TaskResultStatus.READY
    assert result.backend == "default"


@pytest.mark.django_db
def test_rolled_back_transaction_enqueues_nothing(django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        record_call.enqueue("never")
        raise RuntimeError("the change that asked for the job failed")
    assert callbacks == []
    assert CALLS == []
    assert not Success.objects.exists()
    assert not OrmQ.objects.exists()


def test_tasks_that_need_a_context_are_refused_when_defined():
    with pytest.raises(InvalidTaskError, match="does not support tasks that take a context"):
        django_tasks.task(takes_context=True)(needs_context)


@pytest.mark.django_db
def test_publishing_a_page_runs_wagtails_index_tasks_through_our_backend(
    home_page, django_capture_on_commit_callbacks
):
    link_home = f'<p>Start at <a linktype="page" id="{home_page.pk}">the home page</a>.</p>'
    page = StandardPage(
        title="Volunteer gardeners",
        slug="volunteer-gardeners",
        intro="Dig, plant and chat with patients in the hospital garden.",
        body=[("rich_text", RichText(link_home))],
    )
    with django_capture_on_commit_callbacks(execute=True):
        home_page.add_child(instance=page)
        page.save_revision().publish()
        assert not ReferenceIndex.get_references_for_object(page).exists()
        assert not StandardPage.objects.search("gardeners").count()

    ran = set(Success.objects.values_list("name", flat=True))
    assert {"update_reference_index_task", "insert_or_update_object_task"} <= ran
    assert ReferenceIndex.get_references_for_object(page).filter(to_object_id=str(home_page.pk)).exists()
    assert list(StandardPage.objects.search("gardeners")) == [page]


def run_cluster_once(broker=None):
    """One round of a qcluster: pull from the broker, run each task in a worker, save and acknowledge."""
    broker = broker or get_broker()
    task_queue, result_queue = Queue(), Queue()
    stop_after_one_pull = Event()
    stop_after_one_pull.set()
    pusher(task_queue, stop_after_one_pull, broker)
    task_queue.put("STOP")
    worker(task_queue, result_queue, Value("f", -1))
    result_queue.put("STOP")
    monitor(result_queue, broker)
    for queue in (task_queue, result_queue):
        queue.close()
        queue.join_thread()


@pytest.fixture
def real_worker(monkeypatch):
    """django-q2 as in production: async_task() stores the job in the ORM broker for a worker to pick up."""
    monkeypatch.setattr(Conf, "SYNC", False)
    assert get_broker().info() == "ORM default"
    return run_cluster_once


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_worker_runs_a_job_from_the_orm_broker_and_records_success(real_worker):
    with transaction.atomic():
        record_call.enqueue("queued", times=3)
        assert not OrmQ.objects.exists()
    assert OrmQ.objects.count() == 1
    assert CALLS == []

    real_worker()

    assert CALLS == [("queued", 3)]
    success = Success.objects.get()
    assert (success.name, success.result) == ("record_call", "QUEUEDQUEUEDQUEUED")
    assert not OrmQ.objects.exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_worker_records_a_failing_job_and_does_not_retry_it_forever(real_worker):
    task_id = async_task(fail_loudly, "SMTP server said no", task_name="deliver-email")
    assert OrmQ.objects.count() == 1

    real_worker()

    failure = Failure.objects.get(id=task_id)
    assert failure.name == "deliver-email"
    assert "SMTP server said no" in failure.result
    # ack_failures: a failed job leaves the queue; it is not offered again on the next retry.
    assert not OrmQ.objects.exists()


def test_run_task_calls_the_task_found_at_its_dotted_path():
    assert run_task("sidebyside.core.tests.test_task_backend.record_call", ["x"], {"times": 2}) == "XX"
    assert CALLS == [("x", 2)]
