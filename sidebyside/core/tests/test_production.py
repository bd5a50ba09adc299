"""Production settings: refuse to start without their environment, and pass Django's deployment checks.

Every test runs Python in a subprocess with DJANGO_SETTINGS_MODULE=sidebyside.settings.production, as a
server would, so nothing here touches the settings of the test run.
"""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[3]
REQUIRED = ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "WAGTAILADMIN_BASE_URL"]
HOST = "sidebyside.example.nhs.uk"

# Runs inside the subprocess: the settings that matter in production, and what a request over plain
# HTTP (and HTTPS through the proxy) gets back.
INSPECT_PRODUCTION = """
import json, logging, os
import django
django.setup()
from django.conf import settings
from django.test import Client

logging.getLogger("sidebyside").warning("production-log-marker")
client = Client(HTTP_HOST=os.environ["ALLOWED_HOSTS"].split(",")[0])
plain_home = client.get("/en/")
plain_healthz = client.get("/healthz")
secure_healthz = client.get("/healthz", HTTP_X_FORWARDED_PROTO="https")
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "SECURE_SSL_REDIRECT": settings.SECURE_SSL_REDIRECT,
    "plain_home": [plain_home.status_code, plain_home.get("Location")],
    "plain_healthz": plain_healthz.status_code,
    "secure_healthz": [secure_healthz.status_code, secure_healthz.get("Strict-Transport-Security")],
}))
"""


def production_environment(tmp_path, **overrides):
    environ = {key: value for key, value in os.environ.items() if key not in REQUIRED}
    for key in ("REDIS_URL", "MEDIA_S3_BUCKET", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS"):
        environ.pop(key, None)
    environ.update(
        DJANGO_SETTINGS_MODULE="sidebyside.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS=f"{HOST},www.{HOST}",
        DATABASE_URL=f"sqlite:///{tmp_path / 'production.sqlite3'}",
        WAGTAILADMIN_BASE_URL=f"https://{HOST}",
        LOG_LEVEL="INFO",
    )
    environ.update(overrides)
    return environ


def run_python(args, environ):
    return subprocess.run(  # noqa: S603 - our own interpreter with fixed arguments
        [sys.executable, *args], cwd=BASE_DIR, env=environ, capture_output=True, text=True, timeout=120
    )


def without(environ, *names):
    return {key: value for key, value in environ.items() if key not in names}


def test_refuses_to_start_and_names_every_missing_variable(tmp_path):
    result = run_python(["-c", "import django; django.setup()"], without(production_environment(tmp_path), *REQUIRED))
    assert result.returncode != 0
    assert (
        "Side by Side cannot start: set these environment variables first: "
        "SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL, WAGTAILADMIN_BASE_URL"
    ) in result.stderr


@pytest.mark.parametrize("missing", REQUIRED)
def test_names_only_the_variable_that_is_missing(tmp_path, missing):
    result = run_python(["manage.py", "check"], without(production_environment(tmp_path), missing))
    assert result.returncode != 0
    assert f"set these environment variables first: {missing}\n" in result.stderr


def test_a_blank_variable_counts_as_missing(tmp_path):
    result = run_python(["manage.py", "check"], production_environment(tmp_path, SECRET_KEY="   "))
    assert result.returncode != 0
    assert "set these environment variables first: SECRET_KEY\n" in result.stderr


def test_deployment_checks_pass_without_a_single_warning(tmp_path):
    result = run_python(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"], production_environment(tmp_path)
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNING" not in result.stderr


def test_production_redirects_to_https_except_the_health_check_and_logs_to_stdout(tmp_path):
    result = run_python(["-c", INSPECT_PRODUCTION], production_environment(tmp_path))
    assert result.returncode == 0, result.stderr
    stdout_lines = result.stdout.strip().splitlines()
    facts = json.loads(stdout_lines[-1])
    assert facts["DEBUG"] is False
    assert facts["SECURE_SSL_REDIRECT"] is True
    assert facts["plain_home"] == [301, f"https://{HOST}/en/"]
    # The load balancer probes /healthz over plain HTTP inside the network: it must not be redirected.
    assert facts["plain_healthz"] == 200
    status, hsts = facts["secure_healthz"]
    assert status == 200
    assert "max-age=31536000" in hsts and "includeSubDomains" in hsts and "preload" in hsts
    # Container platforms collect stdout; stderr is for the interpreter's own crashes.
    assert any("production-log-marker" in line for line in stdout_lines)
    assert "production-log-marker" not in result.stderr
