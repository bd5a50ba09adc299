"""Staff groups and the "Review before publishing" workflow that migration 0002 creates.

Editors write and submit; Moderators approve and publish; Trust administrators run the site.
"""

import importlib

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

import pytest

from home.models import StandardPage
from sidebyside.testing.accounts import login_with_mfa

migration = importlib.import_module("sidebyside.core.migrations.0002_groups_and_review_workflow")

pytestmark = pytest.mark.django_db


def make_staff(group_name):
    user = get_user_model().objects.create_user(
        username=group_name.lower().replace(" ", "-"), email=f"{group_name[:4].lower()}@example.nhs.uk"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor():
    return make_staff(migration.EDITORS)


@pytest.fixture
def moderator():
    return make_staff(migration.MODERATORS)


@pytest.fixture
def trust_admin():
    return make_staff(migration.TRUST_ADMINISTRATORS)


@pytest.fixture
def review_workflow():
    return Workflow.objects.get(name=migration.WORKFLOW_NAME)


def settings_edit_url(model_name):
    return reverse("wagtailsettings:edit", args=["core", model_name, Site.objects.get(is_default_site=True).pk])


def test_the_three_staff_groups_exist():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Editors", "Moderators", "Trust administrators"} <= names


def test_editors_can_add_and_edit_pages_but_not_publish(home_page, editor):
    on_home = home_page.permissions_for_user(editor)
    assert on_home.can_add_subpage()
    assert on_home.can_edit()
    assert not on_home.can_publish()
    assert not on_home.can_publish_subpage()
    assert on_home.can_submit_for_moderation()
    assert not on_home.can_unpublish()


def test_editors_reach_the_admin_but_not_settings_or_people(client, editor):
    assert editor.has_perm("wagtailadmin.access_admin")
    for permission in ("core.change_sitesettings", "core.change_navigationsettings", "auth.change_user"):
        assert not editor.has_perm(permission), permission
    assert not editor.has_perm("auth.change_group")

    login_with_mfa(client, editor)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    for url in (settings_edit_url("sitesettings"), reverse("wagtailusers_users:index")):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == reverse("wagtailadmin_home")


def test_moderators_publish_and_are_the_reviewers_of_the_workflow(home_page, moderator, review_workflow):
    assert home_page.permissions_for_user(moderator).can_publish()
    assert home_page.permissions_for_user(moderator).can_publish_subpage()
    assert not moderator.has_perm("auth.change_user")
    assert not moderator.has_perm("core.change_sitesettings")
    [task] = [task.specific for task in review_workflow.tasks]
    assert isinstance(task, GroupApprovalTask)
    assert task.name == migration.TASK_NAME
    assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]


def test_trust_administrators_run_people_settings_and_publishing(client, home_page, trust_admin):
    for permission in (
        "wagtailadmin.access_admin",
        "auth.add_user",
        "auth.change_user",
        "auth.add_group",
        "auth.change_group",
        "core.change_sitesettings",
        "core.change_navigationsettings",
    ):
        assert trust_admin.has_perm(permission), permission
    assert home_page.permissions_for_user(trust_admin).can_publish()

    login_with_mfa(client, trust_admin)
    for url in (
        settings_edit_url("sitesettings"),
        settings_edit_url("navigationsettings"),
        reverse("wagtailusers_users:index"),
    ):
        assert client.get(url).status_code == 200, url


def test_review_workflow_is_active_and_covers_the_whole_tree(home_page, review_workflow):
    assert review_workflow.active
    root = Page.get_first_root_node()
    assert WorkflowPage.objects.get(page=root).workflow == review_workflow
    assert home_page.get_workflow() == review_workflow


def test_editor_submits_a_page_and_a_moderator_approves_it_live(client, home_page, editor, moderator, review_workflow):
    page = StandardPage(title="Join our reading group", slug="reading-group", intro="Talk about leaflets.", live=False)
    home_page.add_child(instance=page)
    revision = page.save_revision(user=editor)

    state = review_workflow.start(page, editor)

    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    task_state = state.current_task_state
    task = task_state.task.specific
    assert task.get_actions(page, editor) == []
    assert "approve" in [action for action, _label, _needs_form in task.get_actions(page, moderator)]
    page.refresh_from_db()
    assert not page.live
    assert client.get("/en/reading-group/").status_code == 404

    task.on_action(task_state, moderator, "approve")

    state.refresh_from_db()
    page.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert page.live
    assert page.live_revision_id == revision.pk
    assert client.get("/en/reading-group/").status_code == 200


def snapshot_of_groups_and_workflow():
    return {
        "groups": sorted(Group.objects.values_list("name", flat=True)),
        "group_permissions": sorted(Group.permissions.through.objects.values_list("group__name", "permission_id")),
        "page_permissions": sorted(
            GroupPagePermission.objects.values_list("group__name", "page_id", "permission__codename")
        ),
        "collection_permissions": sorted(
            GroupCollectionPermission.objects.values_list("group__name", "collection_id", "permission__codename")
        ),
        "workflows": sorted(Workflow.objects.values_list("name", "active")),
        "tasks": sorted(GroupApprovalTask.objects.values_list("name", flat=True)),
        "task_groups": sorted(
            GroupApprovalTask.groups.through.objects.values_list("groupapprovaltask__name", "group__name")
        ),
        "workflow_tasks": sorted(WorkflowTask.objects.values_list("workflow__name", "task__name", "sort_order")),
        "workflow_pages": sorted(WorkflowPage.objects.values_list("page_id", "workflow__name")),
    }


def test_running_the_migration_again_changes_nothing():
    # A permission granted later (by another app's migration or an administrator) must survive a re-run.
    Group.objects.get(name="Trust administrators").permissions.add(
        Permission.objects.get(content_type__app_label="auth", codename="view_group")
    )
    before = snapshot_of_groups_and_workflow()
    models_modules = {config.label: config.models_module for config in apps.get_app_configs()}

    for _ in range(2):
        migration.set_group_permissions(apps, schema_editor=None)
        migration.set_review_workflow(apps, schema_editor=None)

    assert snapshot_of_groups_and_workflow() == before
    # Creating the permissions early must leave the app registry as it found it.
    assert {config.label: config.models_module for config in apps.get_app_configs()} == models_modules
