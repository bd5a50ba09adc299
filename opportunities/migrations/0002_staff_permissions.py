"""Moderators work expressions of interest and reference groups; trust administrators may also export.

Editors get nothing here: they publish opportunity pages (page permissions) but do not see applicants.
"""

from django.db import migrations

from sidebyside.core.migration_helpers import grant_to_group, revoke_from_group

MODERATING = [
    "view_expressionofinterest",
    "change_expressionofinterest",
    "view_referencegroup",
    "add_referencegroup",
    "change_referencegroup",
    "view_referencegroupmember",
    "add_referencegroupmember",
    "change_referencegroupmember",
    "view_reviewrequest",
    "add_reviewrequest",
    "change_reviewrequest",
    "view_reviewresponse",
]
PERMISSIONS = {
    "Moderators": [*MODERATING, "export_expressionofinterest"],
    "Trust administrators": [
        *MODERATING,
        "export_expressionofinterest",
        "view_topicsubscription",
        "delete_referencegroup",
    ],
}


def grant(apps, schema_editor):
    for group, codenames in PERMISSIONS.items():
        grant_to_group(apps, group, "opportunities", codenames)


def revoke(apps, schema_editor):
    for group, codenames in PERMISSIONS.items():
        revoke_from_group(apps, group, "opportunities", codenames)


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0001_initial"),
        ("core", "0002_groups_and_review_workflow"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
