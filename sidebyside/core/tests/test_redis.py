"""Redis as the cache and as django-q2's broker, against a real server at TEST_REDIS_URL.

Skipped with the reason when no Redis answers there, except in CI (REQUIRE_POSTGRES=1), where it fails.
"""

import os
import uuid

from django.core.cache import cache
from django.test import override_settings

import pytest
import redis
from django_q.brokers.redis_broker import Redis as RedisBroker
from django_q.conf import Conf
from django_q.models import Success
from django_q.tasks import async_task

from sidebyside.core.tests.test_task_backend import run_cluster_once

TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def add_numbers(first, second):
    return first + second


@pytest.fixture
def redis_client():
    client = redis.Redis.from_url(TEST_REDIS_URL, socket_connect_timeout=2, socket_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:
        reason = f"no Redis answers at TEST_REDIS_URL={TEST_REDIS_URL} ({error})"
        if os.environ.get("REQUIRE_POSTGRES") == "1":
            pytest.fail(f"{reason}; CI (REQUIRE_POSTGRES=1) must test against Redis")
        pytest.skip(reason)
    yield client
    client.close()


@pytest.fixture
def unique_prefix(redis_client):
    """A key prefix of this test's own, removed afterwards, so parallel runs never see each other's keys."""
    prefix = f"sbs-test-{uuid.uuid4().hex}"
    yield prefix
    for key in redis_client.scan_iter(match=f"*{prefix}*"):
        redis_client.delete(key)


@pytest.fixture
def redis_cache(unique_prefix):
    caches = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": TEST_REDIS_URL,
            "KEY_PREFIX": unique_prefix,
        }
    }
    with override_settings(CACHES=caches):
        yield cache


def test_values_go_to_redis_and_come_back(redis_cache, redis_client):
    redis_cache.set("opportunity:42", {"title": "Patient panel", "places": 6}, timeout=60)
    assert redis_cache.get("opportunity:42") == {"title": "Patient panel", "places": 6}
    assert redis_client.exists(redis_cache.make_key("opportunity:42")) == 1
    assert 0 < redis_client.ttl(redis_cache.make_key("opportunity:42")) <= 60

    redis_cache.delete("opportunity:42")
    assert redis_cache.get("opportunity:42") is None


@pytest.mark.django_db
def test_health_check_reports_ok_with_redis_as_the_cache(client, redis_cache, redis_client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert redis_client.exists(redis_cache.make_key("healthz")) == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_worker_runs_a_job_from_the_redis_broker(monkeypatch, unique_prefix):
    monkeypatch.setattr(Conf, "REDIS", TEST_REDIS_URL)
    monkeypatch.setattr(Conf, "SYNC", False)
    broker = RedisBroker(list_key=unique_prefix)

    task_id = async_task(add_numbers, 20, 22, broker=broker, task_name="add")
    assert broker.queue_size() == 1

    run_cluster_once(broker)

    assert broker.queue_size() == 0
    assert Success.objects.get(id=task_id).result == 42
