"""An hourly job that sends topic alerts for recently published opportunities whose alert task was lost
(for example because the broker was down when the editor published). Reruns send nothing twice."""

from django.db import migrations

from sidebyside.notifications.schedules import MINUTES, ensure_schedule, remove_schedule

SWEEP = "opportunities: send topic alerts that were missed"


def create_schedule(apps, schema_editor):
    ensure_schedule(
        apps.get_model("django_q", "Schedule"),
        name=SWEEP,
        func="opportunities.tasks.send_recent_topic_alerts",
        schedule_type=MINUTES,
        minutes=60,
    )


def remove(apps, schema_editor):
    remove_schedule(apps.get_model("django_q", "Schedule"), SWEEP)


class Migration(migrations.Migration):
    dependencies = [("opportunities", "0004_alert_purge_schedule")]

    operations = [migrations.RunPython(create_schedule, remove)]
