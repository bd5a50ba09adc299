"""Only trust administrators add or change contact people.

A contact person's email address receives the details of everyone who registers interest in their
opportunities, so changing it decides who sees those people: that is a trust administrator's decision, as
for organisations. Editors and moderators still choose contact people on pages.
"""

from django.db import migrations

from sidebyside.core.migration_helpers import grant_to_group, revoke_from_group

REVOKED = ["add_contactperson", "change_contactperson"]
GROUPS = ["Editors", "Moderators"]


def revoke(apps, schema_editor):
    for group in GROUPS:
        revoke_from_group(apps, group, "core", REVOKED)


def grant_back(apps, schema_editor):
    for group in GROUPS:
        grant_to_group(apps, group, "core", REVOKED)


class Migration(migrations.Migration):
    dependencies = [("core", "0005_topics_and_snippet_permissions")]

    operations = [migrations.RunPython(revoke, grant_back)]
