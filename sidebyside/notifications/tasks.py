"""Work for the django-q2 worker. Schedules for these are created by migrations (see schedules.py)."""

import time

from django.utils import timezone

from . import conf
from .delivery import claim_batch, deliver_batch, fail_abandoned
from .digest import send_moderator_digest


def deliver_due(batch_size=None, *, now=None):
    """Send every message that is due, batch by batch, until none is left or the time budget is spent.

    Run after each transaction that queued mail, and every minute by the sweep schedule, so a lost task
    or a worker that was down only delays messages. `now` lets tests move the clock. Returns how many
    rows were claimed.
    """
    batch_size = batch_size or conf.get("BATCH_SIZE")
    deadline = time.monotonic() + conf.get("TIME_BUDGET_SECONDS")
    fail_abandoned(now or timezone.now())
    claimed = 0
    while time.monotonic() < deadline:
        moment = now or timezone.now()
        batch = claim_batch(batch_size, moment)
        if not batch:
            break
        deliver_batch(batch, moment)
        claimed += len(batch)
    return claimed


__all__ = ["deliver_due", "send_moderator_digest"]
