from importlib import import_module

from django.apps import apps

import pytest
from django_q.models import Schedule

schedules_migration = import_module("sidebyside.notifications.migrations.0003_schedules")
pytestmark = pytest.mark.django_db


def test_migrations_create_the_sweep_and_the_digest_schedules():
    sweep = Schedule.objects.get(name=schedules_migration.SWEEP)
    digest = Schedule.objects.get(name=schedules_migration.DIGEST)

    assert (sweep.func, sweep.schedule_type, sweep.minutes, sweep.repeats) == (
        "sidebyside.notifications.tasks.deliver_due",
        Schedule.MINUTES,
        1,
        -1,
    )
    assert (digest.func, digest.schedule_type) == ("sidebyside.notifications.tasks.send_moderator_digest", "D")


def test_running_the_schedule_migration_again_changes_nothing():
    before = {s.name: s.next_run for s in Schedule.objects.all()}
    sweep = Schedule.objects.get(name=schedules_migration.SWEEP)
    sweep.minutes = 30  # someone changed it by hand; the migration puts it back
    sweep.save()

    schedules_migration.create_schedules(apps, None)
    schedules_migration.create_schedules(apps, None)

    assert Schedule.objects.filter(name=schedules_migration.SWEEP).count() == 1
    assert Schedule.objects.filter(name=schedules_migration.DIGEST).count() == 1
    assert Schedule.objects.get(name=schedules_migration.SWEEP).minutes == 1
    assert {s.name: s.next_run for s in Schedule.objects.all()} == before


def test_the_scheduled_functions_exist():
    from django.utils.module_loading import import_string

    for schedule in Schedule.objects.filter(name__startswith="notifications:"):
        assert callable(import_string(schedule.func))


def test_worker_settings_never_run_a_delivery_twice_or_replay_missed_schedules(settings):
    from sidebyside.notifications import conf

    cluster = settings.Q_CLUSTER
    assert cluster["timeout"] < cluster["retry"], "a task still running is never handed to a second worker"
    assert cluster["catch_up"] is False, "a worker back from downtime runs each schedule once, not once per miss"
    assert cluster["max_attempts"] > 0
    assert conf.get("TIME_BUDGET_SECONDS") < cluster["timeout"] < conf.get("LEASE_SECONDS"), (
        "a delivery run stops taking batches before it is killed, and is killed before its lease runs out"
    )
