"""Double submits under real concurrency (PostgreSQL, real threads, each with its own connection): the same
form sent many times at once makes exactly one post (the forum_post_submitted_once constraint)."""

import uuid

import pytest

from community.forum import posting
from community.models import ForumPost, ForumTopic
from community.tests.test_capacity_concurrency import run_together

from .forum_public_factories import ForumCategoryFactory, forum_settings, topic_with_opening, trusted_member

SENDS = 12


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_same_topic_form_sent_at_once_makes_one_topic_and_one_post(home_page, monkeypatch):
    monkeypatch.setattr("sidebyside.notifications.api._enqueue_delivery_on_commit", lambda: None)
    forum_settings(first_posts_held=0)
    category = ForumCategoryFactory(slug="chat")
    member = trusted_member()
    key = uuid.uuid4()
    results = []

    def send(_n):
        post, created = posting.start_topic(
            category, author=member, title="Clicked twice", body="On a slow phone", submission_key=key
        )
        results.append((post.pk, created))

    assert run_together(send, list(range(SENDS))) == []
    assert len(results) == SENDS
    assert len({pk for pk, _created in results}) == 1
    assert sum(created for _pk, created in results) == 1
    assert ForumTopic.objects.filter(title="Clicked twice").count() == 1
    assert ForumPost.objects.filter(submission_key=key).count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_same_reply_sent_at_once_makes_one_reply(home_page, monkeypatch):
    monkeypatch.setattr("sidebyside.notifications.api._enqueue_delivery_on_commit", lambda: None)
    forum_settings(first_posts_held=0)
    topic = topic_with_opening(ForumCategoryFactory(slug="chat"))
    member = trusted_member()
    key = uuid.uuid4()

    def send(_n):
        posting.reply(topic, author=member, body="Only once please", submission_key=key)

    assert run_together(send, list(range(SENDS))) == []
    assert topic.posts.filter(body="Only once please").count() == 1
    topic.refresh_from_db()
    assert topic.reply_count == 1
