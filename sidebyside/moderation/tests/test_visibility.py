from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group

import pytest

from sidebyside.core.groups import TRUST_ADMINISTRATORS
from sidebyside.moderation.services import user_organisations, visible_to

from .models import STAFF_ORGANISATIONS, Application

User = get_user_model()


@pytest.fixture(autouse=True)
def organisations(settings, monkeypatch):
    settings.MODERATION_USER_ORGANISATIONS = "sidebyside.moderation.tests.models.organisations_for"
    monkeypatch.setitem(STAFF_ORGANISATIONS, "north_staff", ["north"])
    monkeypatch.setitem(STAFF_ORGANISATIONS, "both_staff", ["north", "south"])


@pytest.fixture
def items(db):
    return {
        "north": Application.objects.create(organisation="north"),
        "south": Application.objects.create(organisation="south"),
    }


def visible(user):
    return {item.organisation for item in visible_to(user, Application.objects.all())}


def test_staff_see_only_their_own_organisations_items(items):
    assert visible(User.objects.create_user("north_staff")) == {"north"}
    assert visible(User.objects.create_user("both_staff")) == {"north", "south"}
    assert visible(User.objects.create_user("no_organisation")) == set()


def test_trust_administrators_and_superusers_see_everything(items):
    trust_admin = User.objects.create_user("trust_admin")
    trust_admin.groups.add(Group.objects.get(name=TRUST_ADMINISTRATORS))

    assert visible(trust_admin) == {"north", "south"}
    assert visible(User.objects.create_superuser("root")) == {"north", "south"}


def test_anonymous_and_inactive_users_see_nothing(items):
    assert visible(AnonymousUser()) == set()
    assert visible(None) == set()
    assert visible(User.objects.create_superuser("gone", is_active=False)) == set()


def test_a_model_without_an_organisation_lookup_shows_staff_nothing(items, monkeypatch):
    monkeypatch.setattr(Application, "ORGANISATION_LOOKUP", None)

    assert visible(User.objects.create_user("north_staff")) == set()
    assert visible(User.objects.create_superuser("root")) == {"north", "south"}


def test_without_the_setting_nobody_has_organisations(settings, db):
    del settings.MODERATION_USER_ORGANISATIONS

    assert user_organisations(User.objects.create_user("north_staff")) == []


def test_scoping_narrows_an_already_filtered_queryset(items):
    user = User.objects.create_user("both_staff")

    assert list(visible_to(user, Application.objects.filter(organisation="south"))) == [items["south"]]
