"""Moderators (and trust administrators) read and decide on the stories people send in. Editors work on
story pages through Wagtail's page permissions, which they already hold on the whole page tree."""

from django.db import migrations

from sidebyside.core.migration_helpers import grant_to_group, revoke_from_group

SUBMISSIONS = ["view_storysubmission", "change_storysubmission"]
PERMISSIONS = {
    "Moderators": SUBMISSIONS,
    "Trust administrators": SUBMISSIONS,
}


def grant(apps, schema_editor):
    for group, codenames in PERMISSIONS.items():
        grant_to_group(apps, group, "community", codenames)


def revoke(apps, schema_editor):
    for group, codenames in PERMISSIONS.items():
        revoke_from_group(apps, group, "community", codenames)


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0004_stories"),
        ("core", "0002_groups_and_review_workflow"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
