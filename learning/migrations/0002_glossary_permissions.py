"""Who may manage the glossary of NHS terms.

Editors (the comms team, who write the pages the terms appear on) and trust administrators add, change
and remove terms; moderators may look at the terms and at the report of abbreviations not in the glossary,
but not change them.
"""

from django.db import migrations

from sidebyside.core.migration_helpers import grant_to_group, revoke_from_group

MANAGE = ["view_glossaryterm", "add_glossaryterm", "change_glossaryterm", "delete_glossaryterm"]
PERMISSIONS = {
    "Editors": MANAGE,
    "Moderators": ["view_glossaryterm"],
    "Trust administrators": MANAGE,
}


def grant(apps, schema_editor):
    for group, codenames in PERMISSIONS.items():
        grant_to_group(apps, group, "learning", codenames)


def revoke(apps, schema_editor):
    for group, codenames in PERMISSIONS.items():
        revoke_from_group(apps, group, "learning", codenames)


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0001_initial"),
        ("core", "0002_groups_and_review_workflow"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
