from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

import pytest

from sidebyside.moderation.filters import ModerationFilterSet, working_days_before

from .models import Application


class ApplicationFilterSet(ModerationFilterSet):
    class Meta:
        model = Application
        fields = []


def filtered(data):
    filterset = ApplicationFilterSet(data, queryset=Application.objects.order_by("pk"))
    assert filterset.is_valid(), filterset.errors
    return list(filterset.qs)


@pytest.mark.parametrize(
    ("days", "expected"),
    [(0, datetime(2026, 11, 23, 10)), (1, datetime(2026, 11, 20, 10)), (5, datetime(2026, 11, 16, 10))],
)
def test_working_days_skip_the_weekend(days, expected):
    monday = datetime(2026, 11, 23, 10)

    assert working_days_before(monday, days) == expected


def test_filter_by_status(db):
    new = Application.objects.create(status="new")
    Application.objects.create(status="accepted")

    assert filtered({"status": "new"}) == [new]


def test_an_unknown_status_is_an_error_not_an_empty_list(db):
    assert not ApplicationFilterSet({"status": "nonsense"}, queryset=Application.objects.all()).is_valid()


def test_filter_by_assignee_offers_only_moderation_staff(db):
    moderator = get_user_model().objects.create_user("mod")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    member = get_user_model().objects.create_user("member")
    mine = Application.objects.create(assignee=moderator)
    Application.objects.create()

    assert filtered({"assignee": moderator.pk}) == [mine]
    choices = ApplicationFilterSet(queryset=Application.objects.all()).form.fields["assignee"].queryset
    assert moderator in choices
    assert member not in choices


def test_filter_items_waiting_longer_than_n_working_days(db):
    old = Application.objects.create(status_changed_at=timezone.now() - timedelta(days=10))
    Application.objects.create()

    assert filtered({"waiting_longer_than": "3"}) == [old]
    assert len(filtered({})) == 2
    assert not ApplicationFilterSet({"waiting_longer_than": "-1"}, queryset=Application.objects.all()).is_valid()
