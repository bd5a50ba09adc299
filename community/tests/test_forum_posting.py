"""Posting in the forum: when a post is held for a moderator, the audit trail, double submits, editing and
withdrawing, and the help shown after a worrying post."""

import uuid

import pytest

from community.forum import posting
from community.models import ForumPost, ForumTopic, HoldReason, PostStatus, WatchedWord
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.moderation.models import ModerationDecision
from sidebyside.moderation.services import transition

from .forum_public_factories import (
    ForumCategoryFactory,
    ForumPostFactory,
    forum_settings,
    topic_with_opening,
    trusted_member,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def settings_():
    return forum_settings()


@pytest.fixture
def category():
    return ForumCategoryFactory(name="Getting involved", slug="getting-involved")


def start(category, member, title="Parking at the hospital", body="Does anyone know where to park?", **kwargs):
    post, _created = posting.start_topic(category, author=member, title=title, body=body, **kwargs)
    return post


def test_a_new_members_first_posts_are_held_until_enough_are_live(category, settings_):
    member = MemberFactory()
    first = start(category, member)
    assert first.status == PostStatus.HELD and first.hold_reason == HoldReason.NEW_MEMBER
    assert not ForumTopic.objects.get(pk=first.topic_id).is_visible
    transition(first, PostStatus.LIVE, by=None)
    for _n in range(2):
        post, _ = posting.reply(first.topic, author=member, body="Another thought from me.")
        assert post.status == PostStatus.HELD
        transition(post, PostStatus.LIVE, by=None)
    fourth, _ = posting.reply(first.topic, author=member, body="Now I am trusted.")
    assert fourth.status == PostStatus.LIVE and fourth.hold_reason == ""


def test_rejected_posts_do_not_count_towards_the_new_member_counter(category, settings_):
    member = MemberFactory()
    topic = topic_with_opening(category)
    for _n in range(3):
        post, _ = posting.reply(topic, author=member, body="Something a moderator will reject.")
        transition(post, PostStatus.REJECTED, by=None, reason="Off topic")
    held, _ = posting.reply(topic, author=member, body="Still new.")
    assert held.status == PostStatus.HELD and held.hold_reason == HoldReason.NEW_MEMBER


def test_the_counter_follows_the_setting(category):
    forum_settings(first_posts_held=0)
    assert start(category, MemberFactory()).status == PostStatus.LIVE


def test_every_post_in_a_premoderated_category_is_held(settings_):
    category = ForumCategoryFactory(premoderated=True)
    post = start(category, trusted_member())
    assert post.status == PostStatus.HELD and post.hold_reason == HoldReason.PREMODERATED


def test_watched_words_hold_a_post_in_its_text_or_title(category, settings_):
    WatchedWord.objects.create(phrase="idiot", kind=WatchedWord.Kind.UNKIND)
    member = trusted_member()
    in_body = start(category, member, body="The manager is an IDIOT, honestly.")
    assert in_body.status == PostStatus.HELD and in_body.hold_reason == HoldReason.WATCHED_WORDS
    assert in_body.watched_words_found == ["idiot"] and not in_body.is_worrying
    in_title = start(category, member, title="What an idiot said", body="Nothing else here.")
    assert in_title.status == PostStatus.HELD
    whole_words_only = start(category, member, body="Idiotic parking signs, though.")
    assert whole_words_only.status == PostStatus.LIVE


def test_a_worrying_word_marks_the_post_and_shows_where_to_get_help(client, home_page, category, settings_):
    from .forum_public_factories import ForumIndexPageFactory

    WatchedWord.objects.create(phrase="hurt myself", kind=WatchedWord.Kind.WORRYING)
    index = ForumIndexPageFactory(parent=home_page)
    member = trusted_member()
    client.force_login(member)
    response = client.post(
        index.url + f"{category.slug}/new/",
        {"title": "A hard week", "body": "Some days I want to hurt   myself.", "submission_key": str(uuid.uuid4())},
        follow=True,
    )
    post = ForumPost.objects.get(topic__title="A hard week")
    assert post.is_worrying and post.status == PostStatus.HELD
    html = response.content.decode()
    assert "NHS 111" in html and "116 123" in html and "85258" in html and "999" in html


def test_phone_numbers_and_email_addresses_are_held_when_the_settings_say_so(category, settings_):
    member = trusted_member()
    phone = start(category, member, body="Ring me on 07700 900123 any time.")
    assert phone.status == PostStatus.HELD and posting.PHONE_NUMBER in phone.watched_words_found
    email = start(category, member, body="Write to sam@example.org please.")
    assert email.status == PostStatus.HELD and posting.EMAIL_ADDRESS in email.watched_words_found
    forum_settings(hold_phone_numbers=False, hold_email_addresses=False)
    assert start(category, member, body="Ring me on 07700 900123 any time.").status == PostStatus.LIVE
    assert start(category, member, body="Write to sam@example.org please.").status == PostStatus.LIVE


def test_each_post_gets_its_first_audit_entry_in_the_same_transaction(category, settings_):
    member = MemberFactory()
    post = start(category, member)
    decision = ModerationDecision.objects.get(object_id=post.pk, content_type__model="forumpost")
    assert (decision.by, decision.from_status, decision.to_status) == (member, "", PostStatus.HELD)


def test_a_live_post_updates_the_topics_counters(category):
    forum_settings(first_posts_held=0)
    topic = topic_with_opening(category)
    post, _ = posting.reply(topic, author=MemberFactory(), body="I agree with this.")
    topic.refresh_from_db()
    assert topic.reply_count == 1 and topic.last_post_at == post.created_at
    transition(post, PostStatus.HIDDEN, by=None, reason="Checking")
    topic.refresh_from_db()
    assert topic.reply_count == 0


def test_the_same_form_sent_twice_makes_one_post(category, settings_):
    member = trusted_member()
    key = uuid.uuid4()
    first, created = posting.start_topic(
        category, author=member, title="Once only", body="Hello there", submission_key=key
    )
    again, created_again = posting.start_topic(
        category, author=member, title="Once only", body="Hello there", submission_key=key
    )
    assert created and not created_again and again.pk == first.pk
    assert ForumTopic.objects.filter(title="Once only").count() == 1
    reply, _ = posting.reply(first.topic, author=member, body="A reply", submission_key=key)
    assert reply.pk == first.pk  # the key belongs to the first form; a reply form has its own


def test_locked_topics_and_closed_categories_take_no_posts(category, settings_):
    topic = topic_with_opening(category)
    topic.is_locked = True
    topic.save()
    with pytest.raises(posting.PostingError):
        posting.reply(topic, author=trusted_member(), body="Can I still reply?")
    closed = ForumCategoryFactory(is_closed=True)
    with pytest.raises(posting.PostingError):
        start(closed, trusted_member())
    assert not ForumPost.objects.filter(body="Can I still reply?").exists()


def test_editing_applies_the_same_rules_and_rerenders(category, settings_):
    WatchedWord.objects.create(phrase="rubbish", kind=WatchedWord.Kind.UNKIND)
    member = trusted_member()
    post = start(category, member, body="A *fine* post.")
    assert post.status == PostStatus.LIVE and "<em>fine</em>" in post.body_html
    posting.edit_post(post, author=member, body="Actually it is **rubbish**.")
    post.refresh_from_db()
    assert post.status == PostStatus.HIDDEN and post.hold_reason == HoldReason.WATCHED_WORDS
    assert post.edited_at is not None and "<strong>rubbish</strong>" in post.body_html


def test_a_member_cannot_edit_or_withdraw_someone_elses_post(category, settings_):
    post = ForumPostFactory(topic=topic_with_opening(category))
    other = MemberFactory()
    with pytest.raises(posting.PostingError):
        posting.edit_post(post, author=other, body="Changed by someone else")
    with pytest.raises(posting.PostingError):
        posting.withdraw_post(post, author=other)
    post.refresh_from_db()
    assert post.body != "Changed by someone else" and post.status == PostStatus.LIVE


def test_withdrawing_the_opening_post_hides_the_topic(category, settings_):
    topic = topic_with_opening(category)
    opening = topic.posts.get(is_opening=True)
    posting.withdraw_post(opening, author=topic.author)
    topic.refresh_from_db()
    assert not topic.is_visible
    opening.refresh_from_db()
    assert opening.status == PostStatus.WITHDRAWN
