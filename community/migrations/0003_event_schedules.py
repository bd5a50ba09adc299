"""django-q2 schedules for events: reminders, feedback requests after events, and expiring offered places."""

from django.db import migrations

from sidebyside.notifications.schedules import MINUTES, ensure_schedule, remove_schedule

SCHEDULES = [
    ("community: event reminders", "community.tasks.send_event_reminders", 15),
    ("community: feedback requests after events", "community.tasks.send_feedback_requests", 60),
    ("community: expire offered places", "community.signups.expire_offers", 15),
]


def create_schedules(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    for name, func, minutes in SCHEDULES:
        ensure_schedule(Schedule, name=name, func=func, schedule_type=MINUTES, minutes=minutes)


def remove(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    for name, _func, _minutes in SCHEDULES:
        remove_schedule(Schedule, name)


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0002_staff_permissions"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create_schedules, remove)]
