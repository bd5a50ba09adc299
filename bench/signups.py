"""Event sign-ups per second with 50 clients signing up at once, and the p95 latency of one sign-up.

    DATABASE_URL=postgres://… .venv/bin/python bench/signups.py [--clients 50] [--signups 2000]

Uses bench/settings.py (DEBUG off) on DATABASE_URL, which must be a scratch PostgreSQL database (it is
migrated and filled; SQLite takes one writer at a time, so the figure would mean nothing). Each client is
a thread with its own connection calling the sign-up service, as the view does after validating the form:
every sign-up locks the same event row, so this measures the queue on that lock, the counting, the audit
entry, the consent record and the outbox row. A third of the places are confirmed; the rest wait.
"""

import argparse
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.run import set_up_django  # noqa: E402


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=50, help="clients signing up at once (default 50)")
    parser.add_argument("--signups", type=int, default=2000, help="sign-ups in all (default 2000)")
    return parser.parse_args()


def build_event(capacity):
    """A fresh event (so every run starts empty) under an events index below the home page."""
    from django.utils import timezone

    from community.models import EventIndexPage, EventKind, EventMode, EventPage
    from home.models import HomePage
    from sidebyside.core.models import Organisation

    home = HomePage.objects.get(locale__language_code="en")
    index = EventIndexPage.objects.filter(slug="bench-events").first()
    if index is None:
        index = home.add_child(instance=EventIndexPage(title="Bench events", slug="bench-events"))
    start = timezone.now() + timezone.timedelta(days=10)
    return index.add_child(
        instance=EventPage(
            title=f"Bench sprint {uuid.uuid4().hex[:8]}",
            organisation=Organisation.objects.get_or_create(name="Bench trust")[0],
            summary="A benchmark event.",
            kind=EventKind.SPRINT,
            mode=EventMode.ONLINE,
            joining_link="https://meet.example.org/bench",
            start=start,
            end=start + timezone.timedelta(hours=3),
            capacity=capacity,
            waiting_list=True,
        )
    )


def sign_up_all(event, clients, total):
    """Run `total` sign-ups from `clients` threads; returns (seconds, [latency ms])."""
    from django.db import connection

    from community.signups import sign_up

    numbers = iter(range(total))
    take = threading.Lock()
    latencies, errors = [], []
    start = threading.Barrier(clients + 1)

    def client():
        start.wait()
        try:
            while True:
                with take:
                    n = next(numbers, None)
                if n is None:
                    return
                began = time.perf_counter()
                person = {"name": f"Person {n}", "email": f"bench{n}@example.org", "preferred_contact": "email"}
                sign_up(event, person)
                latencies.append((time.perf_counter() - began) * 1000)
        except Exception as error:  # noqa: BLE001 - reported after the run
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    if errors:
        sys.exit(f"bench: {len(errors)} sign-ups failed, the first with {errors[0]!r}")
    return time.perf_counter() - began, latencies


def main():
    arguments = parse_arguments()
    set_up_django()
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor != "postgresql":
        # Not an error, so that `make bench` on SQLite still runs the other benchmarks.
        print("\nevent sign-ups: skipped. Set DATABASE_URL to a scratch PostgreSQL database to measure them.")
        return
    call_command("migrate", interactive=False, verbosity=0)
    event = build_event(capacity=arguments.signups // 3)
    connection.close()  # the clients open their own
    seconds, latencies = sign_up_all(event, arguments.clients, arguments.signups)

    from django.db.models import Count

    from community.models import SignUp

    counts = dict(
        SignUp.objects.filter(event_key=event.translation_key)
        .values_list("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    p95 = statistics.quantiles(latencies, n=20, method="inclusive")[18]
    print(f"\nevent sign-ups, {arguments.signups} by {arguments.clients} clients at once, database postgresql")
    print(f"sign-ups per second: {arguments.signups / seconds:.0f}")
    print(f"latency median ms:   {statistics.median(latencies):.1f}")
    print(f"latency p95 ms:      {p95:.1f}")
    print(f"outcome:             {counts}")


if __name__ == "__main__":
    main()
