"""Run the django-q2 worker (`qcluster`) so that it stops cleanly when its process manager stops it.

Process managers (honcho in `make run`, many platforms in production) send SIGTERM to the worker's whole
process group. django-q2's cluster stops its own children in order when *it* is signalled, but if the
children are killed at the same moment it waits for them forever, until it is killed in turn. This command
starts the cluster in a process group of its own and passes a stop signal to the cluster alone.
"""

import signal
import subprocess
import sys

from django.conf import settings
from django.core.management.base import BaseCommand

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


class Command(BaseCommand):
    help = "Run the background worker (django-q2 qcluster), passing stop signals to the cluster alone."

    def handle(self, *args, **options):
        cluster = subprocess.Popen(  # noqa: S603 - our own interpreter and manage.py, no user input
            [sys.executable, str(settings.BASE_DIR / "manage.py"), "qcluster"], start_new_session=True
        )

        def stop(signum, frame):
            if cluster.poll() is None:
                cluster.send_signal(signal.SIGTERM)

        for signum in STOP_SIGNALS:
            signal.signal(signum, stop)
        sys.exit(cluster.wait())
