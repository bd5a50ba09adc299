"""Staff groups with least-privilege permissions and the "Review before publishing" workflow.

Editors write and submit pages; Moderators approve and publish them; Trust administrators run the
site (people, groups, settings, redirects, workflows). Running it again changes nothing.
"""

from django.db import migrations

from sidebyside.core.migration_helpers import ensure_permissions_exist

EDITORS = "Editors"
MODERATORS = "Moderators"
TRUST_ADMINISTRATORS = "Trust administrators"
WORKFLOW_NAME = "Review before publishing"
TASK_NAME = "Moderator approval"

PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "lock_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    TRUST_ADMINISTRATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"],
}
MEDIA_PERMISSIONS = {
    EDITORS: ["add", "change", "choose"],
    MODERATORS: ["add", "change", "choose"],
    TRUST_ADMINISTRATORS: ["add", "change", "delete", "choose"],
}
MODEL_PERMISSIONS = {
    EDITORS: [("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation")],
    MODERATORS: [("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation")],
    TRUST_ADMINISTRATORS: [
        ("wagtailadmin", "access_admin"),
        ("wagtail_localize", "submit_translation"),
        ("auth", "add_user"),
        ("auth", "change_user"),
        ("auth", "delete_user"),
        ("auth", "add_group"),
        ("auth", "change_group"),
        ("core", "change_sitesettings"),
        ("core", "change_navigationsettings"),
        ("wagtailredirects", "add_redirect"),
        ("wagtailredirects", "change_redirect"),
        ("wagtailredirects", "delete_redirect"),
        ("wagtailcore", "add_workflow"),
        ("wagtailcore", "change_workflow"),
        ("wagtailcore", "add_task"),
        ("wagtailcore", "change_task"),
        ("wagtailcore", "add_collection"),
        ("wagtailcore", "change_collection"),
    ],
}


def set_group_permissions(apps, schema_editor):
    ensure_permissions_exist(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)

    # Only ever adds: running it again must not take away what later migrations or administrators granted.
    for name in (EDITORS, MODERATORS, TRUST_ADMINISTRATORS):
        group, _ = Group.objects.get_or_create(name=name)

        group.permissions.add(
            *(
                Permission.objects.get(content_type__app_label=app, codename=codename)
                for app, codename in MODEL_PERMISSIONS[name]
            )
        )

        for codename in PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root_page,
                permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
            )

        for app, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
            for action in MEDIA_PERMISSIONS[name]:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=Permission.objects.get(content_type__app_label=app, codename=f"{action}_{model}"),
                )


def set_review_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    task_content_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name__in=[TASK_NAME, "Moderators approval"]).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_content_type, active=True)
    task.name = TASK_NAME
    task.save()
    task.groups.set([Group.objects.get(name=MODERATORS)])

    workflow = Workflow.objects.filter(name__in=[WORKFLOW_NAME, "Moderators approval"]).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    workflow.name = WORKFLOW_NAME
    workflow.active = True
    workflow.save()
    WorkflowTask.objects.filter(workflow=workflow).exclude(task=task).delete()
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    root_page = Page.objects.get(depth=1)
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]
    operations = [
        migrations.RunPython(set_group_permissions, migrations.RunPython.noop),
        migrations.RunPython(set_review_workflow, migrations.RunPython.noop),
    ]
