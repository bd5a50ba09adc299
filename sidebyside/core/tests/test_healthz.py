"""/healthz tells a load balancer whether this instance can reach its database and its cache."""

import logging
from unittest import mock

from django.db import OperationalError, connections
from django.test import override_settings

import pytest

from sidebyside.core.tests.test_settings import load_settings_module

DEAD_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        # Nothing listens on port 1: the connection is refused at once.
        "LOCATION": "redis://127.0.0.1:1/0",
    }
}


@pytest.fixture
def production_settings(monkeypatch):
    return load_settings_module(
        "production",
        monkeypatch,
        SECRET_KEY="a-long-random-value-for-this-test-only-3f8a9c2e7b1d4f6a",
        ALLOWED_HOSTS="testserver",
        DATABASE_URL="sqlite:///unused.sqlite3",
        WAGTAILADMIN_BASE_URL="https://testserver",
    )


@pytest.mark.django_db
def test_healthy_instance_answers_200_with_every_part_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


@pytest.mark.django_db
def test_health_is_never_cached(client):
    cache_control = client.get("/healthz")["Cache-Control"]
    for directive in ("no-cache", "no-store", "must-revalidate", "max-age=0"):
        assert directive in cache_control


@pytest.mark.django_db
def test_unreachable_database_gives_503_naming_the_database(client, caplog):
    refused = OperationalError("connection to server at 127.0.0.1, port 5432 failed: Connection refused")
    with mock.patch.object(connections["default"], "cursor", side_effect=refused):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "fail", "cache": "ok"}
    assert "Health check: database not reachable" in caplog.text
    assert "Connection refused" in caplog.text


@pytest.mark.django_db
def test_failing_cache_gives_503_naming_the_cache(client, caplog):
    caplog.set_level(logging.ERROR, logger="sidebyside.core.views")
    with override_settings(CACHES=DEAD_REDIS):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "ok", "cache": "fail"}
    assert "Health check: cache not reachable" in caplog.text


@pytest.mark.django_db
def test_cache_that_loses_values_counts_as_failing(client):
    with mock.patch("django.core.cache.backends.locmem.LocMemCache.get", return_value=None):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["cache"] == "fail"


@pytest.mark.django_db
def test_production_ssl_redirect_spares_only_the_health_check(client, production_settings):
    # Django matches SECURE_REDIRECT_EXEMPT against the path without its leading slash.
    with override_settings(
        SECURE_SSL_REDIRECT=True,
        SECURE_REDIRECT_EXEMPT=production_settings.SECURE_REDIRECT_EXEMPT,
        SECURE_PROXY_SSL_HEADER=production_settings.SECURE_PROXY_SSL_HEADER,
    ):
        assert client.get("/healthz").status_code == 200
        for path in ("/en/", "/healthz/extra", "/en/healthz"):
            response = client.get(path)
            assert response.status_code == 301, path
            assert response["Location"] == f"https://testserver{path}"
