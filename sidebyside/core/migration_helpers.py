"""Helpers for data migrations: the staff groups' permissions, and translation keys for existing form questions.

Kept small and stable: migrations import them, so changing what they do changes old migrations too.
"""

import uuid

from django.contrib.auth.management import create_permissions


def ensure_permissions_exist(apps, app_label=None):
    """Create the permissions of one app (or all) now; Django normally does so only after all migrations.

    create_permissions() skips apps whose models_module is unset, as it is on the historical registry;
    it is restored afterwards so that a live registry passed in is left as it was.
    """
    app_configs = [apps.get_app_config(app_label)] if app_label else apps.get_app_configs()
    for app_config in app_configs:
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = True
        try:
            create_permissions(app_config, apps=apps, verbosity=0)
        finally:
            app_config.models_module = models_module


def grant_to_group(apps, group_name, app_label, codenames):
    """Give a group some of an app's model permissions, adding to what it already has."""
    ensure_permissions_exist(apps, app_label)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=group_name)
    group.permissions.add(*Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))


def revoke_from_group(apps, group_name, app_label, codenames):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    for group in Group.objects.filter(name=group_name):
        group.permissions.remove(*permissions)


def bootstrap_form_field_translations(apps, app_label, model_name):
    """Give existing form-builder questions their page's locale and a translation key, the same key for the
    same question (same clean name) on each translation of a page, before the fields become required."""

    model = apps.get_model(app_label, model_name)
    for question in model.objects.filter(translation_key__isnull=True).select_related("page"):
        question.translation_key = uuid.uuid5(question.page.translation_key, question.clean_name or str(question.pk))
        question.locale_id = question.page.locale_id
        question.save(update_fields=["translation_key", "locale"])
