from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from sidebyside.moderation.views import queue_counts
from sidebyside.moderation.viewsets import ModerationQueueFilterSet, ModerationViewSet

from .models import STAFF_ORGANISATIONS, Application

User = get_user_model()


class ApplicationFilterSet(ModerationQueueFilterSet):
    class Meta:
        model = Application
        fields = []


class ApplicationViewSet(ModerationViewSet):
    model = Application
    name = "applications"
    filterset_class = ApplicationFilterSet
    waiting_statuses = ["new", "in_review"]
    overdue_after_working_days = 3


@pytest.fixture(autouse=True)
def organisations(settings, monkeypatch):
    settings.MODERATION_USER_ORGANISATIONS = "sidebyside.moderation.tests.models.organisations_for"
    monkeypatch.setitem(STAFF_ORGANISATIONS, "north_staff", ["north"])


def application(organisation, status="new", waited=timedelta(0)):
    return Application.objects.create(
        organisation=organisation, status=status, status_changed_at=timezone.now() - waited
    )


def test_queue_counts_what_waits_and_what_is_overdue_for_the_users_organisations(db):
    application("north")
    application("north", status="in_review", waited=timedelta(days=10))
    application("north", status="accepted", waited=timedelta(days=10))
    application("south", waited=timedelta(days=10))
    trust_admin = User.objects.create_user("trust_admin")
    trust_admin.groups.add(Group.objects.get(name="Trust administrators"))

    assert queue_counts(ApplicationViewSet(), User.objects.create_user("north_staff")) == {"waiting": 2, "overdue": 1}
    assert queue_counts(ApplicationViewSet(), trust_admin) == {"waiting": 3, "overdue": 2}
    assert queue_counts(ApplicationViewSet(), User.objects.create_user("nobody")) == {"waiting": 0, "overdue": 0}


def test_queue_counts_take_the_same_queries_however_many_items_wait(db):
    user = User.objects.create_user("north_staff")
    viewset = ApplicationViewSet()

    def queries_for(count):
        for _ in range(count):
            application("north", waited=timedelta(days=10))
        with CaptureQueriesContext(connection) as captured:
            counts = queue_counts(viewset, user)
        return counts, len(captured)

    few, many = queries_for(1), queries_for(30)

    assert few[0] == {"waiting": 1, "overdue": 1} and many[0] == {"waiting": 31, "overdue": 31}
    assert few[1] == many[1] <= 3


def test_the_waiting_filter_uses_the_queues_own_waiting_statuses(db):
    waiting, accepted = application("north"), application("north", status="accepted")
    filterset_class = ApplicationViewSet().filterset_class

    def filtered(value):
        filterset = filterset_class({"waiting": value}, queryset=Application.objects.order_by("pk"))
        assert filterset.is_valid()
        return list(filterset.qs)

    assert filtered("true") == [waiting]
    assert filtered("false") == [accepted]
    assert filtered("") == [waiting, accepted]


def test_a_queue_has_no_edit_delete_or_add_views_unless_the_model_allows_adding():
    class CreatableViewSet(ApplicationViewSet):
        name = "creatable_applications"
        allow_create = True
        form_fields = ["email", "organisation"]

    names = {pattern.name for pattern in ApplicationViewSet().get_urlpatterns()}
    creatable = {pattern.name for pattern in CreatableViewSet().get_urlpatterns()}

    assert names == {"index", "index_results", "inspect", "transition", "assign", "note"}
    assert creatable == names | {"add"}


def test_the_list_shows_the_item_status_age_and_assignee_oldest_first():
    viewset = ApplicationViewSet()
    labels = [str(getattr(column, "label", column)) for column in viewset.list_display[1:]]

    assert viewset.list_display[0] == "__str__"
    assert labels == ["Status", "Waiting", "Assigned to"]
    assert viewset.ordering == "status_changed_at"


def test_a_queue_without_its_own_filter_set_gets_the_standard_filters_for_its_model(db):
    class PlainViewSet(ModerationViewSet):
        model = Application
        name = "plain_applications"
        waiting_statuses = ["new"]

    new, accepted = application("north"), application("north", status="accepted")
    filterset = PlainViewSet().filterset_class({"status": "accepted"}, queryset=Application.objects.all())

    assert set(filterset.form.fields) == {"status", "assignee", "waiting_longer_than", "waiting"}
    assert filterset.is_valid() and list(filterset.qs) == [accepted]
    assert new not in filterset.qs
