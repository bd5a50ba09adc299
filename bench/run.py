"""Requests per second and latency for the main pages, served by gunicorn on a free loopback port.

    make bench                      # or: .venv/bin/python bench/run.py [--requests 300] [--concurrency 4]

Uses the development settings with DEBUG off (bench/settings.py) on var/bench.sqlite3, or on DATABASE_URL
when that is set. Migrates, loads the demo content, starts gunicorn, sends a fixed number of requests to
each URL after a warm-up, prints a table and stops the server. Only 127.0.0.1 is ever contacted.
See bench/README.md for how to read the figures.
"""

import argparse
import http.client
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
TRIVIAL_URL = "/bench/trivial"
STARTUP_TIMEOUT_SECONDS = 60
REQUEST_TIMEOUT_SECONDS = 30


@dataclass
class Result:
    label: str
    url: str
    requests: int
    errors: int
    seconds: float
    latencies_ms: list

    @property
    def per_second(self):
        return self.requests / self.seconds

    @property
    def mean_ms(self):
        return statistics.fmean(self.latencies_ms)

    @property
    def p95_ms(self):
        return statistics.quantiles(self.latencies_ms, n=20, method="inclusive")[18]


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=300, help="measured requests per URL (default 300)")
    parser.add_argument("--warmup", type=int, default=30, help="unmeasured requests per URL first (default 30)")
    parser.add_argument("--concurrency", type=int, default=4, help="requests in flight at once (default 4)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes (default 2)")
    return parser.parse_args()


def set_up_django():
    sys.path.insert(0, str(REPO))
    os.chdir(REPO)
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    import django

    django.setup()


def prepare_database():
    from django.core.management import call_command, get_commands

    print("Migrating and loading the demo content…", flush=True)
    call_command("migrate", interactive=False, verbosity=0)
    if "load_demo_content" not in get_commands():
        sys.exit("bench: the load_demo_content command is missing, so there is no demo site to measure.")
    call_command("load_demo_content", verbosity=0)


def pages_to_measure():
    """The English home page, the first standard page under it, and the trivial view."""
    from django.db import connections

    from home.models import HomePage, StandardPage

    home = HomePage.objects.live().get(locale__language_code="en")
    standard = StandardPage.objects.live().public().descendant_of(home).order_by("path").first()
    if standard is None:
        sys.exit("bench: the demo content has no live standard page under the English home page.")
    urls = [
        ("home page", home.get_url()),
        (f"standard page ({standard.title})", standard.get_url()),
        ("trivial Django view", TRIVIAL_URL),
    ]
    connections.close_all()
    return urls


def free_port():
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def start_server(port, workers):
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "sidebyside.wsgi:application",
        f"--bind={HOST}:{port}",
        f"--workers={workers}",
        "--log-level=warning",
    ]
    server = subprocess.Popen(command, cwd=REPO, env=os.environ.copy(), stdin=subprocess.DEVNULL)  # noqa: S603
    deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"bench: gunicorn stopped at start-up with exit status {server.returncode}.")
        try:
            if fetch(port, TRIVIAL_URL)[0] == 200:
                return server
        except OSError:
            time.sleep(0.2)  # polling for the port to open, not synchronising with a result
    stop_server(server)
    sys.exit(f"bench: gunicorn did not answer on {HOST}:{port} within {STARTUP_TIMEOUT_SECONDS} seconds.")


def stop_server(server):
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def fetch(port, url):
    """One GET on a new connection; returns (status, milliseconds)."""
    connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT_SECONDS)
    started = time.perf_counter()
    try:
        connection.request("GET", url)
        response = connection.getresponse()
        response.read()
        return response.status, (time.perf_counter() - started) * 1000
    finally:
        connection.close()


def check_answers(port, urls):
    for label, url in urls:
        status = fetch(port, url)[0]
        if status != 200:
            sys.exit(f"bench: {label} at {url} answered {status}, not 200.")


def measure(port, label, url, requests, concurrency):
    def one(_):
        try:
            return fetch(port, url)
        except OSError:
            return None, 0.0

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        outcomes = list(pool.map(one, range(requests)))
    seconds = time.perf_counter() - started
    latencies = [ms for status, ms in outcomes if status == 200]
    errors = requests - len(latencies)
    return Result(label, url, requests, errors, seconds, latencies or [0.0])


def peak_memory_mb(server):
    """Peak resident memory (VmHWM) of the gunicorn master and of its largest worker, in MB, on Linux."""

    def high_water_mark(pid):
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            return None
        return None

    try:
        children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
    except OSError:
        return None, None
    workers = [mb for mb in (high_water_mark(pid) for pid in children) if mb is not None]
    return high_water_mark(server.pid), max(workers, default=None)


def print_table(results, arguments):
    print()
    print(
        f"{arguments.requests} requests per URL after {arguments.warmup} warm-up requests, "
        f"{arguments.concurrency} at a time, gunicorn with {arguments.workers} sync workers, "
        f"database {os.environ.get('DATABASE_URL') and 'from DATABASE_URL' or 'var/bench.sqlite3'}"
    )
    header = f"{'what':<44} {'url':<34} {'req/s':>8} {'mean ms':>8} {'p95 ms':>8} {'errors':>6}"
    print(header)
    print("-" * len(header))
    for result in results:
        print(
            f"{result.label[:44]:<44} {result.url[:34]:<34} {result.per_second:>8.1f} "
            f"{result.mean_ms:>8.1f} {result.p95_ms:>8.1f} {result.errors:>6}"
        )


def main():
    arguments = parse_arguments()
    set_up_django()
    prepare_database()
    urls = pages_to_measure()
    port = free_port()
    print(f"Starting gunicorn on http://{HOST}:{port} …", flush=True)
    server = start_server(port, arguments.workers)
    try:
        check_answers(port, urls)
        results = []
        for label, url in urls:
            measure(port, label, url, arguments.warmup, arguments.concurrency)
            results.append(measure(port, label, url, arguments.requests, arguments.concurrency))
        master_mb, worker_mb = peak_memory_mb(server)
    finally:
        stop_server(server)
    print_table(results, arguments)
    if worker_mb is not None:
        print(f"\npeak resident memory: largest worker {worker_mb:.0f} MB, gunicorn master {master_mb:.0f} MB")
    if any(result.errors for result in results):
        sys.exit("bench: some requests failed (see the errors column).")


if __name__ == "__main__":
    main()
