"""The fixed list of topics, and who may manage the shared snippets.

Editors and moderators choose organisations, venues and contact people on pages and may add venues and
contact people; only trust administrators add, change or remove organisations (they decide whose staff
see which people's details).
"""

from django.db import migrations

from sidebyside.core.migration_helpers import grant_to_group, revoke_from_group

# A copy of the choices at the time of writing: a migration must not change when later code does.
TOPICS = [
    "mental_health",
    "young_people",
    "maternity",
    "long_term",
    "cancer",
    "learning_disability",
    "older_people",
    "urgent_care",
    "gp",
    "digital",
]
PERMISSIONS = {
    "Editors": [
        "view_organisation",
        "view_venue",
        "add_venue",
        "change_venue",
        "view_contactperson",
        "add_contactperson",
        "change_contactperson",
    ],
    "Moderators": [
        "view_organisation",
        "view_venue",
        "add_venue",
        "change_venue",
        "view_contactperson",
        "add_contactperson",
        "change_contactperson",
    ],
    "Trust administrators": [
        "view_organisation",
        "add_organisation",
        "change_organisation",
        "delete_organisation",
        "view_venue",
        "add_venue",
        "change_venue",
        "delete_venue",
        "view_contactperson",
        "add_contactperson",
        "change_contactperson",
        "delete_contactperson",
    ],
}


def forwards(apps, schema_editor):
    Topic = apps.get_model("core", "Topic")
    for slug in TOPICS:
        Topic.objects.get_or_create(slug=slug)
    for group, codenames in PERMISSIONS.items():
        grant_to_group(apps, group, "core", codenames)


def backwards(apps, schema_editor):
    for group, codenames in PERMISSIONS.items():
        revoke_from_group(apps, group, "core", codenames)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0004_shared_snippets"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
