"""The daily job that reminds reference group members who have not answered a review request yet."""

from django.db import migrations

from sidebyside.notifications.schedules import DAILY, ensure_schedule, next_local_time, remove_schedule

REMINDERS = "opportunities: review request reminders"


def create_schedule(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    ensure_schedule(
        Schedule,
        name=REMINDERS,
        func="opportunities.reference_groups.send_review_reminders",
        schedule_type=DAILY,
        next_run=next_local_time(8),
    )


def remove_schedules(apps, schema_editor):
    remove_schedule(apps.get_model("django_q", "Schedule"), REMINDERS)


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0002_staff_permissions"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create_schedule, remove_schedules)]
