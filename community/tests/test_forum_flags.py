"""Reports about posts: one per member per post, never about your own post, and enough reports from
different members hide a live post until a moderator looks."""

import pytest

from community.forum import posting
from community.models import FlagReason, ForumFlag, HoldReason, PostStatus
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.moderation.models import ModerationDecision

from .forum_public_factories import (
    ForumCategoryFactory,
    ForumIndexPageFactory,
    ForumPostFactory,
    forum_settings,
    topic_with_opening,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def post():
    forum_settings(flags_to_hide=3)
    topic = topic_with_opening(ForumCategoryFactory(slug="chat"))
    return ForumPostFactory(topic=topic, author=MemberFactory(), body="Buy cheap watches here")


def flag(post, member, reason=FlagReason.SPAM):
    return posting.flag_post(post, member=member, reason=reason)


def test_three_different_members_hide_a_live_post(post):
    first, second = MemberFactory(), MemberFactory()
    flag(post, first)
    flag(post, second)
    post.refresh_from_db()
    assert post.status == PostStatus.LIVE and post.open_flag_count == 2
    flag(post, MemberFactory())
    post.refresh_from_db()
    assert post.status == PostStatus.HIDDEN and post.hold_reason == HoldReason.FLAGGED
    assert post.open_flag_count == 3
    decision = ModerationDecision.objects.filter(object_id=post.pk, content_type__model="forumpost").last()
    assert decision.by is None and decision.reason == "Reported by 3 members"
    assert decision.from_status == PostStatus.LIVE and decision.to_status == PostStatus.HIDDEN
    post.topic.refresh_from_db()
    assert post.topic.reply_count == 0


def test_one_member_flagging_three_times_counts_once(post):
    member = MemberFactory()
    _flag, created = flag(post, member)
    assert created
    for reason in (FlagReason.UNKIND, FlagReason.OTHER):
        _again, created = flag(post, member, reason)
        assert not created
    post.refresh_from_db()
    assert post.status == PostStatus.LIVE and post.open_flag_count == 1
    assert ForumFlag.objects.filter(post=post).count() == 1


def test_resolved_reports_do_not_count(post):
    from django.utils import timezone

    for _n in range(2):
        flag(post, MemberFactory())
    ForumFlag.objects.filter(post=post).update(resolved_at=timezone.now())
    flag(post, MemberFactory())
    post.refresh_from_db()
    assert post.status == PostStatus.LIVE and post.open_flag_count == 1


def test_you_cannot_report_your_own_post(post):
    with pytest.raises(posting.PostingError):
        flag(post, post.author)
    assert not ForumFlag.objects.exists()


def test_the_threshold_follows_the_setting(post):
    forum_settings(flags_to_hide=1)
    flag(post, MemberFactory())
    post.refresh_from_db()
    assert post.status == PostStatus.HIDDEN


def test_the_report_form(client, home_page, post):
    index = ForumIndexPageFactory(parent=home_page)
    report_url = index.url + f"posts/{post.pk}/report/"
    assert "Sign in to post" in client.get(report_url).content.decode()
    client.force_login(post.author)
    assert "You cannot report your own post" in client.get(report_url).content.decode()
    member = MemberFactory()
    client.force_login(member)
    response = client.post(report_url, {"reason": "nonsense"})
    assert "Choose what is wrong with this post." in response.content.decode()
    assert not ForumFlag.objects.exists()
    response = client.post(report_url, {"reason": FlagReason.UNKIND, "detail": "Rude to another member"})
    assert response.status_code == 302
    saved = ForumFlag.objects.get()
    assert (saved.member, saved.reason, saved.detail) == (member, FlagReason.UNKIND, "Rude to another member")
