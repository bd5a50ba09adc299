"""The moderators' daily digest, and the registry that review queues join to appear in it.

A queue registers once, from its app's `wagtail_hooks.py` or `AppConfig.ready()`:

    from sidebyside.notifications.digest import register_digest_queue

    register_digest_queue(
        "interests",
        label=_("Expressions of interest"),
        count=lambda user: visible_to(user, ExpressionOfInterest.objects.filter(status="new")).count(),
        admin_url=lambda: reverse("interests:index") + "?status=new",
    )

`count` takes the moderator the digest is for and counts only what they may see; a count that takes no
argument is the same for everyone. Every morning the `send_moderator_digest` schedule emails each active
member of the "Moderators" group the queues that have something waiting for them. A moderator with
nothing waiting gets no email.
"""

import inspect
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone, translation

from sidebyside.core.groups import MODERATORS

from .api import notify

TEMPLATE = "moderator_digest"


@dataclass(frozen=True)
class DigestQueue:
    name: str
    label: str
    count: Callable[..., int]
    admin_url: str | Callable[[], str]
    per_user: bool = False

    def count_for(self, user):
        return self.count(user) if self.per_user else self.count()

    def url(self):
        url = self.admin_url() if callable(self.admin_url) else self.admin_url
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url if url.startswith("/") else url


_queues: dict[str, DigestQueue] = {}


def register_digest_queue(name, *, label, count, admin_url):
    """Add a queue to the digest; registering the same name again replaces it."""
    _queues[name] = DigestQueue(
        name=name, label=label, count=count, admin_url=admin_url, per_user=_takes_an_argument(count)
    )


def _takes_an_argument(function):
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    parameters = inspect.signature(function).parameters.values()
    return any(parameter.kind in positional for parameter in parameters)


def unregister_digest_queue(name):
    _queues.pop(name, None)


def registered_queues():
    return list(_queues.values())


def waiting_queues(user):
    """[(queue, count)] for the queues with at least one item waiting for `user`, in registration order."""
    counts = ((queue, queue.count_for(user)) for queue in _queues.values())
    return [(queue, count) for queue, count in counts if count > 0]


def send_moderator_digest(today=None):
    """Queue today's digest for every active moderator with something waiting; returns how many were queued."""
    if not _queues:
        return 0
    today = today or timezone.localdate()
    moderators = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=MODERATORS)
        .exclude(email="")
        .select_related("wagtail_userprofile")
        .distinct()
    )
    queued = 0
    with transaction.atomic():
        for user in moderators:
            waiting = waiting_queues(user)
            if not waiting:
                continue
            language = _preferred_language(user)
            notify(
                user.email,
                TEMPLATE,
                _digest_context(user, waiting, language),
                idempotency_key=f"moderator-digest:{today.isoformat()}:{user.pk}",
                language=language,
            )
            queued += 1
    return queued


def _preferred_language(user):
    profile = getattr(user, "wagtail_userprofile", None)
    return (profile.preferred_language if profile else "") or settings.LANGUAGE_CODE


def _digest_context(user, waiting, language):
    with translation.override(language):
        queues = [{"label": str(queue.label), "count": count, "url": queue.url()} for queue, count in waiting]
    return {
        "first_name": user.first_name,
        "queues": queues,
        "total": sum(count for _queue, count in waiting),
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/",
    }
