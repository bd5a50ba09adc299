"""Benchmark of the email outbox: queue messages with notify(), deliver them with the worker's own
function to a local SMTP sink (aiosmtpd), and print messages per second and the worker's memory.

    .venv/bin/python bench/outbox.py [--messages 10000] [--batch-size 50]

It runs on a throw-away SQLite database (or BENCH_DATABASE_URL, e.g. a scratch PostgreSQL database:
it is migrated and filled, so never point it at real data). Target: at least 200 messages/s, and the
worker's peak memory the same whether the queue holds a thousand messages or ten times as many.
"""

import argparse
import multiprocessing
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def run_sink(port_pipe, received, stop):
    """The SMTP sink in its own process, as a real mail server would be, so it takes no CPU time
    (or memory) from the worker being measured."""
    from sidebyside.notifications.tests.smtp_sink import SmtpSink

    sink = SmtpSink(keep_messages=False)
    original = sink.handler.handle_DATA

    async def count(server, session, envelope):
        reply = await original(server, session, envelope)
        with received.get_lock():
            received.value += 1
        return reply

    sink.handler.handle_DATA = count
    sink.start()
    port_pipe.send(sink.port)
    stop.wait()
    sink.stop()


class SinkProcess:
    def __init__(self):
        context = multiprocessing.get_context("spawn")
        self.received = context.Value("i", 0)
        self._stop = context.Event()
        parent, child = context.Pipe()
        self._process = context.Process(target=run_sink, args=(child, self.received, self._stop), daemon=True)
        self._process.start()
        self.port = parent.recv()

    @property
    def count(self):
        return self.received.value

    def stop(self):
        self._stop.set()
        self._process.join(timeout=10)


def setup_django(database_url):
    os.environ["DJANGO_SETTINGS_MODULE"] = "sidebyside.settings.test"
    os.environ["DATABASE_URL"] = database_url
    import django

    django.setup()
    from django.core.management import call_command

    from django_q.conf import Conf

    # The delivery the benchmark measures is the one it runs itself; queued tasks wait in the broker.
    Conf.SYNC = False
    call_command("migrate", verbosity=0, interactive=False)


def queue(count, start, transaction_size=500):
    from django.db import transaction

    from sidebyside.notifications import notify

    for first in range(start, start + count, transaction_size):
        with transaction.atomic():
            for number in range(first, min(first + transaction_size, start + count)):
                notify(
                    f"person{number}@example.org",
                    "moderator_digest",
                    {"first_name": "Sam", "total": 1, "queues": [{"label": "Stories", "count": 1, "url": "/"}]},
                    idempotency_key=f"bench:{number}",
                )


def drain(batch_size):
    from sidebyside.notifications.tasks import deliver_due

    while deliver_due(batch_size):
        pass


def measured_drain(batch_size, trace):
    if trace:
        tracemalloc.start()
    started, cpu_started = time.perf_counter(), time.process_time()
    drain(batch_size)
    elapsed = time.perf_counter() - started
    measured_drain.cpu_seconds = time.process_time() - cpu_started
    peak = tracemalloc.get_traced_memory()[1] if trace else None
    if trace:
        tracemalloc.stop()
    return elapsed, peak


def rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=50)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        setup_django(os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{scratch}/bench.sqlite3")
        from django.conf import settings

        from sidebyside.notifications.models import OutboxMessage
        from sidebyside.notifications.tests.smtp_sink import HOST

        sink = SinkProcess()
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = HOST, sink.port
        settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
        try:
            report(args, sink, OutboxMessage)
        finally:
            sink.stop()


def report(args, sink, OutboxMessage):
    total = args.messages
    OutboxMessage.objects.all().delete()  # a scratch database: start from an empty outbox
    started = time.perf_counter()
    queue(total, start=0)
    queue_seconds = time.perf_counter() - started
    print(f"queued {total} messages with notify() in {queue_seconds:.1f} s ({total / queue_seconds:.0f} msg/s)")

    rss_before = rss_mib()
    elapsed, _ = measured_drain(args.batch_size, trace=False)
    sent = OutboxMessage.objects.filter(status=OutboxMessage.Status.SENT).count()
    print(f"delivered {sent} of {total} in {elapsed:.1f} s: {sent / elapsed:.0f} msg/s (SMTP sink got {sink.count})")
    cpu = measured_drain.cpu_seconds
    print(f"worker CPU time {cpu:.1f} s: {sent / cpu:.0f} msg/s per fully used core; {os.getloadavg()[0]:.1f} load")
    print(f"worker peak RSS {rss_mib():.0f} MiB (before delivery {rss_before:.0f} MiB)")

    # Memory must not grow with the queue: trace a small and a ten times larger queue.
    small, large = max(total // 10, 1), total
    peaks = {}
    for size, offset in ((small, total), (large, total + small)):
        queue(size, start=offset)
        _elapsed, peaks[size] = measured_drain(args.batch_size, trace=True)
    for size, peak in peaks.items():
        print(f"worker peak traced memory draining {size:>6} queued messages: {peak / 2**20:.1f} MiB")

    assert sent == total == sink.count - small - large, "every message delivered exactly once"


if __name__ == "__main__":
    main()
