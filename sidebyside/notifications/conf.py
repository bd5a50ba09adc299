"""The NOTIFICATIONS setting, with defaults for anything it leaves out."""

from django.conf import settings

DEFAULTS = {
    # Messages one worker claims and sends over one SMTP connection.
    "BATCH_SIZE": 50,
    # A task stops taking new batches after this many seconds, well inside Q_CLUSTER["timeout"].
    "TIME_BUDGET_SECONDS": 40,
    # Attempts before a message that keeps failing for a temporary reason is marked failed.
    "MAX_ATTEMPTS": 8,
    # Wait BACKOFF_BASE_SECONDS * 2 ** (attempts - 1) before the next try, never more than BACKOFF_MAX_SECONDS.
    "BACKOFF_BASE_SECONDS": 60,
    "BACKOFF_MAX_SECONDS": 3600,
    # How long a claimed row belongs to one worker. Longer than a task may live (Q_CLUSTER["timeout"]),
    # so a live worker never loses its rows; a killed worker's rows are due again once it has passed.
    "LEASE_SECONDS": 180,
    # Seconds to wait for the SMTP server before treating it as down for this batch.
    "SMTP_TIMEOUT_SECONDS": 10,
}


def get(name):
    return {**DEFAULTS, **getattr(settings, "NOTIFICATIONS", {})}[name]
