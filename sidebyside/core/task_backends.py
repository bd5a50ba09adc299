"""Run Wagtail's django-tasks jobs on the django-q2 worker, so the site has one queue and one worker."""

from django.db import transaction
from django.utils.module_loading import import_string

from django_q.tasks import async_task
from django_tasks.backends.base import BaseTaskBackend
from django_tasks.base import TaskResult, TaskResultStatus
from django_tasks.exceptions import InvalidTaskError
from django_tasks.utils import get_random_id


def run_task(task_path, args, kwargs):
    """The django-q2 side: look the task up by its dotted path and call its function."""
    task = import_string(task_path)
    return task.call(*args, **kwargs)


class DjangoQ2Backend(BaseTaskBackend):
    def validate_task(self, task):
        super().validate_task(task)
        # run_task() has no TaskResult to build a context from; refuse now rather than fail in the worker.
        if task.takes_context:
            raise InvalidTaskError("The django-q2 backend does not support tasks that take a context.")

    def enqueue(self, task, args, kwargs):
        self.validate_task(task)
        result = TaskResult(
            task=task,
            id=get_random_id(),
            status=TaskResultStatus.READY,
            enqueued_at=None,
            started_at=None,
            last_attempted_at=None,
            finished_at=None,
            args=args,
            kwargs=kwargs,
            backend=self.alias,
            errors=[],
            worker_ids=[],
        )
        # Queued only once the change that asked for it is committed, so the worker sees it.
        # robust: a broker that is down must not turn an editor's saved change into an error page.
        transaction.on_commit(
            lambda: async_task(run_task, task.module_path, list(args), dict(kwargs), task_name=task.name),
            robust=True,
        )
        return result
