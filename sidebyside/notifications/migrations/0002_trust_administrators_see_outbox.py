"""Trust administrators may see the outbox and resend failed messages; nobody else gets these."""

from django.db import migrations

from sidebyside.core.migration_helpers import grant_to_group, revoke_from_group

GROUP = "Trust administrators"
CODENAMES = ["view_outboxmessage", "resend_outboxmessage"]


def grant(apps, schema_editor):
    grant_to_group(apps, GROUP, "notifications", CODENAMES)


def revoke(apps, schema_editor):
    revoke_from_group(apps, GROUP, "notifications", CODENAMES)


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0001_initial"),
        ("core", "0002_groups_and_review_workflow"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
