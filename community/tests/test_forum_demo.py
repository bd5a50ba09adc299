"""The demo forum that `load_demo_content` builds: a forum page in every language, categories (one for the
youth group, one translated), posts in every moderation state with their history, watched words, a
suspended member and a subscription; nobody emailed, and loading again adds nothing."""

from io import StringIO

from django.core.management import call_command

import pytest

from community.demo.forum import CATEGORIES, FORUM_KEY, TOPICS, YOUTH_GROUP
from community.models import (
    ForumAction,
    ForumCategory,
    ForumFlag,
    ForumIndexPage,
    ForumPost,
    ForumStanding,
    ForumSubscription,
    ForumTopic,
    HoldReason,
    PostStatus,
    WatchedWord,
)
from sidebyside.moderation.models import ModerationDecision
from sidebyside.notifications.models import OutboxMessage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo_content_once, db):
    """The demo content, loaded once for this module (see the root conftest)."""


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            ForumIndexPage,
            ForumCategory,
            ForumTopic,
            ForumPost,
            ForumFlag,
            ForumSubscription,
            ForumStanding,
            ForumAction,
            WatchedWord,
            ModerationDecision,
        )
    }


def test_there_is_a_forum_page_in_every_language(demo):
    for code in ("en", "pl", "ar"):
        page = ForumIndexPage.objects.get(locale__language_code=code, slug=FORUM_KEY)
        assert page.live and page.get_parent().specific_class.__name__ == "HomePage"


def test_categories_include_a_premoderated_youth_forum_and_a_translation(demo):
    english = ForumCategory.objects.filter(locale__language_code="en")
    assert set(english.values_list("slug", flat=True)) == set(CATEGORIES)
    youth = english.get(slug="youth-forum")
    assert youth.premoderated and youth.group.name == YOUTH_GROUP
    assert youth.group.user_set.filter(username="forum-sky").exists()
    getting_started = english.get(slug="getting-started")
    assert getting_started.get_translation(getting_started.locale.__class__.objects.get(language_code="pl")).name == (
        "Pierwsze kroki"
    )
    assert ForumCategory.objects.filter(locale__language_code="ar", translation_key=getting_started.translation_key)


def test_posts_are_in_every_moderation_state_with_their_history(demo):
    posts = ForumPost.objects.all()
    statuses = set(posts.values_list("status", flat=True))
    assert statuses == {PostStatus.LIVE, PostStatus.HELD, PostStatus.HIDDEN, PostStatus.REJECTED, PostStatus.WITHDRAWN}
    assert posts.filter(status=PostStatus.HELD, hold_reason=HoldReason.NEW_MEMBER).exists()
    assert posts.filter(status=PostStatus.HELD, hold_reason=HoldReason.WATCHED_WORDS, is_worrying=True).exists()
    hidden = posts.get(status=PostStatus.HIDDEN)
    assert hidden.hold_reason == HoldReason.FLAGGED and hidden.open_flag_count == 3 == hidden.flags.count()
    rejected = posts.get(status=PostStatus.REJECTED)
    for post in posts:
        history = ModerationDecision.objects.filter(content_type__model="forumpost", object_id=post.pk)
        assert history.first().from_status == "" and history.last().to_status == post.status
        assert post.body_html.startswith("<p>")
    assert (
        "names a member of staff"
        in (
            ModerationDecision.objects.get(
                content_type__model="forumpost", object_id=rejected.pk, to_status="rejected"
            )
        ).reason
    )
    assert sum(len(topic["posts"]) for topic in TOPICS) == posts.count()


def test_topic_counters_match_the_live_posts(demo):
    for topic in ForumTopic.objects.all():
        live = topic.posts.filter(status=PostStatus.LIVE)
        assert topic.is_visible == live.filter(is_opening=True).exists()
        assert topic.reply_count == live.filter(is_opening=False).count()


def test_a_suspended_member_a_subscription_and_watched_words(demo):
    standing = ForumStanding.objects.get(member__username="forum-lee")
    assert not standing.can_post() and standing.reason
    assert ForumAction.objects.filter(kind=ForumAction.Kind.SUSPEND, object_id=standing.member_id).exists()
    assert ForumSubscription.objects.filter(member__username="forum-kasia").exists()
    assert WatchedWord.objects.filter(kind=WatchedWord.Kind.WORRYING).exists()


def test_nobody_is_emailed_by_the_demo_forum(demo):
    assert not OutboxMessage.objects.filter(template__startswith="forum_").exists()


def test_loading_again_adds_nothing(demo):
    before = counts()
    call_command("load_demo_content", stdout=StringIO())
    assert counts() == before
