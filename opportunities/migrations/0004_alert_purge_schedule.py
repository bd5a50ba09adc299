"""A daily job that forgets alert subscriptions never confirmed or stopped long ago (data minimisation)."""

from django.db import migrations

from sidebyside.notifications.schedules import DAILY, ensure_schedule, next_local_time, remove_schedule

PURGE = "opportunities: forget stale alert subscriptions"


def create_schedule(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    ensure_schedule(
        Schedule,
        name=PURGE,
        func="opportunities.tasks.purge_stale_subscriptions",
        schedule_type=DAILY,
        next_run=next_local_time(3),
    )


def remove(apps, schema_editor):
    remove_schedule(apps.get_model("django_q", "Schedule"), PURGE)


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0003_review_reminder_schedule"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create_schedule, remove)]
