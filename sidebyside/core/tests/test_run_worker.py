"""`manage.py run_worker` stops the django-q2 cluster cleanly when a process manager signals its whole
process group, as honcho (`make run`) and many platforms do."""

import os
import signal
import subprocess
import sys
import time

from django.conf import settings

STARTED = "running."
TIMEOUT = 60


def start_worker(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sidebyside.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'worker.sqlite3'}",
        "Q_WORKERS": "1",
    }
    env.pop("REDIS_URL", None)
    return subprocess.Popen(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, str(settings.BASE_DIR / "manage.py"), "run_worker"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # a process group of its own, as a process manager gives it
    )


def wait_for_line(process, text):
    deadline = time.monotonic() + TIMEOUT
    seen = []
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        seen.append(line)
        if text in line:
            return
        if not line and process.poll() is not None:
            break
    raise AssertionError(f"worker never said {text!r}:\n{''.join(seen)}")


def group_alive(pgid):
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def test_whole_group_sigterm_stops_the_cluster_cleanly(tmp_path):
    process = start_worker(tmp_path)
    try:
        wait_for_line(process, STARTED)

        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=15)
        rest = process.stdout.read()

        assert "has stopped" in rest
        assert not group_alive(process.pid)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
