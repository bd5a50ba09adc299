"""Forum categories (a translatable snippet) and watched words in the admin: moderators and trust
administrators manage them, editors and members cannot, and a category can be translated."""

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import Locale

import pytest

from community.models import ForumCategory, WatchedWord
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.testing.accounts import login_with_mfa

from .test_forum_admin import make_category, staff_of

pytestmark = pytest.mark.django_db

CATEGORY_ADD = "wagtailsnippets_community_forumcategory:add"
CATEGORY_LIST = "wagtailsnippets_community_forumcategory:list"
CATEGORY_EDIT = "wagtailsnippets_community_forumcategory:edit"
WORD_ADD = "forum_watched_words:add"
WORD_LIST = "forum_watched_words:index"
WORD_EDIT = "forum_watched_words:edit"


def category_data(**changes):
    return {
        "name": "Reference groups",
        "slug": "reference-groups",
        "description": "Talk about the groups you are part of.",
        "sort_order": "2",
        **changes,
    }


@pytest.fixture
def moderator_client(client, north):
    login_with_mfa(client, staff_of(north))
    return client


@pytest.fixture
def north():
    from sidebyside.core.tests.factories import OrganisationFactory

    return OrganisationFactory(name="North Hospital")


def test_a_moderator_adds_and_edits_a_category(moderator_client):
    response = moderator_client.post(reverse(CATEGORY_ADD) + "?locale=en", category_data())
    assert response.status_code == 302, response.content.decode()[:2000]
    category = ForumCategory.objects.get(slug="reference-groups")
    assert category.locale == Locale.get_default()

    moderator_client.post(reverse(CATEGORY_EDIT, args=[category.pk]), category_data(name="Reference groups chat"))
    category.refresh_from_db()
    assert category.name == "Reference groups chat"
    assert "Reference groups chat" in moderator_client.get(reverse(CATEGORY_LIST)).content.decode()


def test_a_moderator_manages_watched_words(moderator_client):
    response = moderator_client.post(reverse(WORD_ADD), {"phrase": "hurt myself", "kind": "worrying"})
    assert response.status_code == 302
    word = WatchedWord.objects.get(phrase="hurt myself")
    moderator_client.post(reverse(WORD_EDIT, args=[word.pk]), {"phrase": "hurt myself", "kind": "other"})
    word.refresh_from_db()
    assert word.kind == "other"
    assert "hurt myself" in moderator_client.get(reverse(WORD_LIST)).content.decode()


@pytest.mark.parametrize("groups", [("Editors",), ()])
def test_editors_and_members_cannot_manage_categories_or_watched_words(client, north, groups):
    category = make_category("Getting started", organisation=north)
    word = WatchedWord.objects.create(phrase="idiot", kind="unkind")
    user = staff_of(north, groups=groups) if groups else MemberFactory()
    login_with_mfa(client, user) if groups else client.force_login(user)

    for url in (reverse(CATEGORY_LIST), reverse(WORD_LIST), reverse(CATEGORY_EDIT, args=[category.pk])):
        assert client.get(url).status_code in (302, 403)
    client.post(reverse(CATEGORY_ADD) + "?locale=en", category_data())
    client.post(reverse(CATEGORY_EDIT, args=[category.pk]), category_data(name="Changed"))
    client.post(reverse(WORD_ADD), {"phrase": "new word", "kind": "other"})
    client.post(reverse(WORD_EDIT, args=[word.pk]), {"phrase": "changed", "kind": "other"})

    assert ForumCategory.objects.get().name == "Getting started"
    assert list(WatchedWord.objects.values_list("phrase", flat=True)) == ["idiot"]


def test_someone_who_may_only_look_cannot_change_anything(client, north):
    group = Group.objects.create(name="Forum observers")
    group.permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "view_forumcategory", "view_watchedword"])
    )
    user = MemberFactory(groups=["Forum observers"])
    login_with_mfa(client, user)
    word = WatchedWord.objects.create(phrase="idiot", kind="unkind")

    assert client.get(reverse(WORD_LIST)).status_code == 200
    assert client.get(reverse(CATEGORY_LIST)).status_code == 200
    assert client.get(reverse(WORD_ADD)).status_code in (302, 403)
    client.post(reverse(WORD_EDIT, args=[word.pk]), {"phrase": "changed", "kind": "other"})
    client.post(reverse(CATEGORY_ADD) + "?locale=en", category_data())
    assert not ForumCategory.objects.exists() and WatchedWord.objects.get().phrase == "idiot"


def test_only_trust_administrators_delete_categories():
    moderator = MemberFactory(groups=["Moderators"])
    administrator = MemberFactory(groups=["Trust administrators"])
    assert moderator.has_perm("community.change_forumcategory")
    assert not moderator.has_perm("community.delete_forumcategory")
    assert administrator.has_perm("community.delete_forumcategory")


def test_a_category_is_a_translatable_snippet(moderator_client, north):
    category = make_category("Getting started", organisation=north)
    polish = category.copy_for_translation(Locale.objects.get(language_code="pl"))
    polish.name = "Pierwsze kroki"
    polish.save()

    assert ForumCategory.snippet_viewset is not None
    listing = moderator_client.get(reverse(CATEGORY_LIST), {"locale": "pl"}).content.decode()
    assert "Pierwsze kroki" in listing


@pytest.mark.parametrize("slug", ["posts", "unsubscribe"])
def test_a_category_cannot_take_an_address_the_forum_uses(slug):
    from django.core.exceptions import ValidationError

    from community.models import ForumCategory

    category = ForumCategory(name="Posts", slug=slug)
    with pytest.raises(ValidationError) as error:
        category.clean()
    assert "slug" in error.value.message_dict
