from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

import pytest

from sidebyside.moderation.filters import ModerationFilterSet, assignable_staff, working_days_before

from .models import STAFF_ORGANISATIONS, Application

User = get_user_model()


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


@pytest.mark.parametrize("days", ["366", "1000000", "1e400", "NaN", "Infinity"])
def test_waiting_longer_than_a_year_or_not_a_number_is_an_error_not_a_crash(db, days):
    Application.objects.create()
    filterset = ApplicationFilterSet({"waiting_longer_than": days}, queryset=Application.objects.all())

    assert not filterset.is_valid()
    assert "waiting_longer_than" in filterset.errors


def test_waiting_longer_than_a_year_is_the_furthest_back_the_filter_goes(db):
    old = Application.objects.create(status_changed_at=timezone.now() - timedelta(days=800))
    Application.objects.create(status_changed_at=timezone.now() - timedelta(days=100))

    assert filtered({"waiting_longer_than": "365"}) == [old]


def staff(username, group="Moderators", **extra):
    user = User.objects.create_user(username, **extra)
    user.groups.add(Group.objects.get(name=group))
    return user


def test_items_can_be_assigned_only_to_staff_who_can_open_them(db, settings, monkeypatch):
    settings.MODERATION_USER_ORGANISATIONS = "sidebyside.moderation.tests.models.organisations_for"
    monkeypatch.setitem(STAFF_ORGANISATIONS, "north_mod", ["north"])
    monkeypatch.setitem(STAFF_ORGANISATIONS, "south_mod", ["south"])
    monkeypatch.setitem(STAFF_ORGANISATIONS, "both_mod", ["north", "south"])
    monkeypatch.setitem(STAFF_ORGANISATIONS, "left_mod", ["north"])
    north_mod, south_mod, both_mod = staff("north_mod"), staff("south_mod"), staff("both_mod")
    staff("left_mod", is_active=False)
    trust_admin = staff("trust_admin", group="Trust administrators")
    superuser = User.objects.create_superuser("root")
    north = Application.objects.create(organisation="north")
    south = Application.objects.create(organisation="south")
    nowhere = Application.objects.create(organisation="")

    def choices(*items):
        return set(assignable_staff(items))

    assert choices(north) == {north_mod, both_mod, trust_admin, superuser}
    assert choices(south) == {south_mod, both_mod, trust_admin, superuser}
    assert choices(north, south) == {both_mod, trust_admin, superuser}
    assert choices(nowhere) == {trust_admin, superuser}
