"""The worker's standing jobs: the outbox sweep every minute and the moderators' digest each morning."""

from django.db import migrations

from sidebyside.notifications.schedules import DAILY, MINUTES, ensure_schedule, next_local_time, remove_schedule

SWEEP = "notifications: deliver due messages"
DIGEST = "notifications: moderators' daily digest"


def create_schedules(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    ensure_schedule(
        Schedule, name=SWEEP, func="sidebyside.notifications.tasks.deliver_due", schedule_type=MINUTES, minutes=1
    )
    ensure_schedule(
        Schedule,
        name=DIGEST,
        func="sidebyside.notifications.tasks.send_moderator_digest",
        schedule_type=DAILY,
        next_run=next_local_time(7),
    )


def remove_schedules(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    for name in (SWEEP, DIGEST):
        remove_schedule(Schedule, name)


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0002_trust_administrators_see_outbox"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create_schedules, remove_schedules)]
