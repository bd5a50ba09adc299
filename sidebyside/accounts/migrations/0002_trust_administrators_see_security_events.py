"""Trust administrators may look at account security events (such as sign-in codes locked after too many
wrong attempts); nobody may add, change or delete them in the admin."""

from django.db import migrations

from sidebyside.core.migration_helpers import grant_to_group, revoke_from_group

GROUP = "Trust administrators"
CODENAMES = ["view_securityevent"]


def grant(apps, schema_editor):
    grant_to_group(apps, GROUP, "accounts", CODENAMES)


def revoke(apps, schema_editor):
    revoke_from_group(apps, GROUP, "accounts", CODENAMES)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("core", "0002_groups_and_review_workflow"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
