"""Glossary terms go through the same "Review before publishing" workflow as pages, and only the groups
that may publish pages (core/migrations/0002: Moderators and Trust administrators) may publish a term.
Editors keep adding and changing terms (0002), now as drafts they submit for review.

The workflow is found by name, as core/migrations/0002 names it; when it is missing (an administrator
renamed or removed it) nothing is created: assigning a workflow is then left to the administrators.
Running it again changes nothing; reversing it takes away only what it added.
"""

from django.db import migrations

WORKFLOW_NAME = "Review before publishing"
PUBLISHERS = ["Moderators", "Trust administrators"]
PUBLISH = "publish_glossaryterm"


def glossary_term_content_type(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="learning", model="glossaryterm")
    return content_type


def publish_permission(apps):
    """Wagtail adds the publish permission of a snippet after all migrations; it is needed now."""
    Permission = apps.get_model("auth", "Permission")
    permission, _ = Permission.objects.get_or_create(
        content_type=glossary_term_content_type(apps),
        codename=PUBLISH,
        defaults={"name": "Can publish glossary term"},
    )
    return permission


def review_glossary_terms(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    Group = apps.get_model("auth", "Group")

    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is not None:
        # A workflow an administrator already chose for glossary terms is left as it is.
        WorkflowContentType.objects.get_or_create(
            content_type=glossary_term_content_type(apps), defaults={"workflow": workflow}
        )

    permission = publish_permission(apps)
    for group in Group.objects.filter(name__in=PUBLISHERS):
        group.permissions.add(permission)


def stop_reviewing_glossary_terms(apps, schema_editor):
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")

    WorkflowContentType.objects.filter(
        content_type__app_label="learning",
        content_type__model="glossaryterm",
        workflow__name=WORKFLOW_NAME,
    ).delete()
    permissions = Permission.objects.filter(content_type__app_label="learning", codename=PUBLISH)
    for group in Group.objects.filter(name__in=PUBLISHERS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0003_glossary_drafts_and_revisions"),
        ("core", "0002_groups_and_review_workflow"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(review_glossary_terms, stop_reviewing_glossary_terms)]
