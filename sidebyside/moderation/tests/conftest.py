from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import connections
from django.db.models.signals import post_migrate

import pytest

from .models import Application


def create_application_table(sender, using="default", **kwargs):
    """Give the test database the test-only Application table as soon as it is migrated.

    Once this module is collected the model is registered for the whole session, so code in other apps
    that follows every relation to a user (deleting one, exporting their data) must find its table too.
    """
    connection = connections[using]
    if sender.label != "moderation" or Application._meta.db_table in connection.introspection.table_names():
        return
    with connection.schema_editor() as editor:
        editor.create_model(Application)


post_migrate.connect(create_application_table, dispatch_uid="moderation-tests-application-table")


@pytest.fixture(autouse=True)
def _forget_application_content_type():
    """Each test makes the Application content type in its own transaction (it is not in the migrated
    data), so the id ContentType caches must not outlive the test. Only this one entry is dropped:
    clearing the whole cache would break the restore after a serialized_rollback test."""
    yield
    cache = ContentType.objects._cache.get("default", {})
    content_type = cache.pop((Application._meta.app_label, Application._meta.model_name), None)
    if content_type is not None:
        cache.pop(content_type.id, None)


@pytest.fixture
def moderator(db):
    return get_user_model().objects.create_user("moderator", "moderator@example.org", "x")


@pytest.fixture
def application(db):
    return Application.objects.create(email="person@example.org", organisation="north")
