"""Server time of the first page of the opportunity index with 20 and with 2,000 opportunities.

    .venv/bin/python bench/opportunities.py [--requests 200]

Uses bench/settings.py (DEBUG off) on DATABASE_URL (PostgreSQL is what the target is about) or on
var/bench.sqlite3. Builds an index page with 20 opportunities and another with 2,000, then times the
first page of each through Django's test client in this process (server time, no network), and prints
median and 95th percentile side by side. Target: under 50 ms.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.run import set_up_django  # noqa: E402

TARGET_MS = 50
SIZES = (20, 2000)


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=200, help="measured requests per size (default 200)")
    return parser.parse_args()


def build_index(size):
    """An index page at /bench-opportunities-<size>/ holding `size` live opportunities (kept between runs)."""
    from home.models import HomePage
    from opportunities.models import OpportunityIndexPage
    from tests.test_query_budgets import _opportunity_maker  # the same fast way the query-budget test builds them

    home = HomePage.objects.get(locale__language_code="en")
    slug = f"bench-opportunities-{size}"
    index = OpportunityIndexPage.objects.filter(slug=slug).first()
    if index is None:
        index = home.add_child(instance=OpportunityIndexPage(title=f"Bench {size}", slug=slug))
    missing = size - index.get_children().count()
    if missing > 0:
        print(f"Adding {missing} opportunities under {slug}…", flush=True)
        _opportunity_maker(index)(missing)
    return index.url


def time_requests(url, requests):
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    for _ in range(10):
        status = client.get(url).status_code
        if status != 200:
            sys.exit(f"bench: {url} answered {status}, not 200.")
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            sys.exit(f"bench: {url} answered {response.status_code}, not 200.")
    return statistics.median(timings), statistics.quantiles(timings, n=20, method="inclusive")[18]


def main():
    arguments = parse_arguments()
    set_up_django()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", interactive=False, verbosity=0)
    urls = {size: build_index(size) for size in SIZES}
    if connection.vendor == "postgresql":
        # Freshly loaded tables have no planner statistics until autovacuum runs; production has them.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    results = {size: time_requests(url, arguments.requests) for size, url in urls.items()}
    print(f"\nopportunity index, first page, {arguments.requests} requests each, database {connection.vendor}")
    print(f"{'':<14}" + "".join(f"{f'{size} opportunities':>20}" for size in SIZES))
    print(f"{'median ms':<14}" + "".join(f"{results[size][0]:>20.1f}" for size in SIZES))
    print(f"{'p95 ms':<14}" + "".join(f"{results[size][1]:>20.1f}" for size in SIZES))
    slowest = max(median for median, _p95 in results.values())
    print(f"\ntarget: median under {TARGET_MS} ms: {'met' if slowest < TARGET_MS else 'NOT met'}")


if __name__ == "__main__":
    main()
