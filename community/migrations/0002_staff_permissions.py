"""Moderators work event sign-ups (approve, add people who phoned in, check in, export) and read feedback;
editors and moderators manage event series. Editors do not see who signed up."""

from django.db import migrations

from sidebyside.core.migration_helpers import grant_to_group, revoke_from_group

SERIES = ["view_eventseries", "add_eventseries", "change_eventseries"]
SIGNUPS = ["view_signup", "add_signup", "change_signup", "export_signup", "view_eventfeedback"]
PERMISSIONS = {
    "Editors": SERIES,
    "Moderators": [*SERIES, *SIGNUPS],
    "Trust administrators": [*SERIES, *SIGNUPS, "delete_eventseries"],
}


def grant(apps, schema_editor):
    for group, codenames in PERMISSIONS.items():
        grant_to_group(apps, group, "community", codenames)


def revoke(apps, schema_editor):
    for group, codenames in PERMISSIONS.items():
        revoke_from_group(apps, group, "community", codenames)


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0001_initial"),
        ("core", "0002_groups_and_review_workflow"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
