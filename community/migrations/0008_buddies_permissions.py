"""Moderators (and trust administrators) work the buddy queues: requests, offers, matches and check-ins.
Safeguarding concerns are seen only by the "Safeguarding" group (view_safeguardingconcern), never by
moderators as such. Trust administrators name the safeguarding lead in the settings. Also the daily
schedule that sends buddy check-ins."""

from django.db import migrations

from sidebyside.core.migration_helpers import grant_to_group, revoke_from_group
from sidebyside.notifications.schedules import DAILY, ensure_schedule, next_local_time, remove_schedule

QUEUES = [
    "view_buddyrequest",
    "change_buddyrequest",
    "view_buddyoffer",
    "change_buddyoffer",
    "view_buddymatch",
    "change_buddymatch",
    "view_buddycheckin",
    "change_buddycheckin",
]
PERMISSIONS = {
    "Moderators": QUEUES,
    "Trust administrators": [*QUEUES, "change_safeguardingsettings"],
    "Safeguarding": ["view_safeguardingconcern"],
}
# Daily at 10:00, so that "how is it going?" arrives at a friendly hour (check-ins are due by the day).
CHECKINS = "community: buddy check-ins"
CHECKINS_HOUR = 10


def grant(apps, schema_editor):
    for group, codenames in PERMISSIONS.items():
        grant_to_group(apps, group, "community", codenames)
    grant_to_group(apps, "Safeguarding", "wagtailadmin", ["access_admin"])
    ensure_schedule(
        apps.get_model("django_q", "Schedule"),
        name=CHECKINS,
        func="community.tasks.send_buddy_checkins",
        schedule_type=DAILY,
        next_run=next_local_time(CHECKINS_HOUR),
    )


def revoke(apps, schema_editor):
    for group, codenames in PERMISSIONS.items():
        revoke_from_group(apps, group, "community", codenames)
    remove_schedule(apps.get_model("django_q", "Schedule"), CHECKINS)


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0007_buddies"),
        ("core", "0002_groups_and_review_workflow"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
