"""Query budgets for the forum: the forum home, a category and a topic cost the same number of queries
however many categories, topics and replies there are (see tests/test_query_budgets.py), for a guest and
for a signed-in member (who also has "new since your last visit", following and their visit recorded)."""

import datetime

from django.utils import timezone

import pytest

from community.forum import counters
from community.models import ForumPost, ForumTopic, PostStatus, TopicVisit
from community.tests.forum_public_factories import (
    ForumCategoryFactory,
    ForumIndexPageFactory,
    forum_settings,
    topic_with_opening,
)
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.testing.queries import assert_query_budget

from .test_query_budgets import furnished_site  # noqa: F401  (a fixture)

FORUM_BUDGET = 15
# A signed-in member costs more: their session and user, the visit recorded on a topic page, and (on the
# category page) their visits and new replies for the topics listed.
MEMBER_BUDGET = 20


@pytest.fixture
def forum(home_page, furnished_site):  # noqa: F811
    forum_settings()
    index = ForumIndexPageFactory(parent=home_page)
    category = ForumCategoryFactory(slug="chat")
    return index, category


@pytest.fixture
def member_client(client):
    member = MemberFactory()
    client.force_login(member)
    client.member = member
    return client


def replies_until(topic):
    """grow(total): add live replies by several members until the topic holds `total` more."""
    authors = [MemberFactory() for _n in range(5)]
    added = 0

    def grow(total):
        nonlocal added
        start = timezone.now() - datetime.timedelta(days=2)
        ForumPost.objects.bulk_create(
            ForumPost(
                topic=topic,
                author=authors[n % len(authors)],
                body=f"Reply {n}",
                body_html=f"<p>Reply {n}</p>",
                status=PostStatus.HIDDEN if n % 50 == 7 else PostStatus.LIVE,
                created_at=start + datetime.timedelta(seconds=n),
            )
            for n in range(added, total)
        )
        added = total
        counters.refresh_topic(topic)

    return grow


def topics_until(category):
    author = MemberFactory()
    added = 0

    def grow(total):
        nonlocal added
        now = timezone.now()
        ForumTopic.objects.bulk_create(
            ForumTopic(
                category=category,
                author=author,
                title=f"Topic {n}",
                is_visible=True,
                is_pinned=n % 500 == 3,
                reply_count=n % 7,
                last_post_at=now - datetime.timedelta(minutes=n),
            )
            for n in range(added, total)
        )
        added = total

    return grow


def categories_until():
    added = 0

    def grow(total):
        nonlocal added
        while added < total:
            category = ForumCategoryFactory(slug=f"grown-{added}", name=f"Grown {added}")
            ForumTopic.objects.create(category=category, title="Hello", is_visible=True)
            added += 1

    return grow


def topic_url(index, topic, **query):
    return index.url + f"chat/{topic.pk}/"


@pytest.mark.django_db
@pytest.mark.parametrize("signed_in", [False, True], ids=["guest", "member"])
def test_a_topic_costs_the_same_with_10_or_1000_replies(client, forum, signed_in):
    index, category = forum
    topic = topic_with_opening(category)
    if signed_in:
        member = MemberFactory()
        client.force_login(member)
        TopicVisit.objects.create(topic=topic, member=member, seen_at=timezone.now() - datetime.timedelta(days=1))
    grow = replies_until(topic)
    grow(10)
    url = topic_url(index, topic)
    queries = assert_query_budget(
        lambda: client.get(url, {"page": "last"}),
        MEMBER_BUDGET if signed_in else FORUM_BUDGET,
        grow=grow,
        grow_steps=(1000,),
    )
    print(f"topic page ({'member' if signed_in else 'guest'}): {queries} queries")
    assert queries <= (MEMBER_BUDGET if signed_in else FORUM_BUDGET)


@pytest.mark.django_db
@pytest.mark.parametrize("signed_in", [False, True], ids=["guest", "member"])
def test_a_category_costs_the_same_with_10_or_5000_topics(client, forum, signed_in):
    index, category = forum
    if signed_in:
        client.force_login(MemberFactory())
    grow = topics_until(category)
    grow(10)
    url = index.url + "chat/"
    queries = assert_query_budget(
        lambda: client.get(url, {"page": "2"}),
        MEMBER_BUDGET if signed_in else FORUM_BUDGET,
        grow=grow,
        grow_steps=(5000,),
    )
    print(f"category page ({'member' if signed_in else 'guest'}): {queries} queries")
    assert queries <= (MEMBER_BUDGET if signed_in else FORUM_BUDGET)


@pytest.mark.django_db
@pytest.mark.parametrize("signed_in", [False, True], ids=["guest", "member"])
def test_the_forum_home_costs_the_same_with_many_categories(client, forum, signed_in):
    index, _category = forum
    if signed_in:
        client.force_login(MemberFactory())
    queries = assert_query_budget(
        lambda: client.get(index.url),
        MEMBER_BUDGET if signed_in else FORUM_BUDGET,
        grow=categories_until(),
        grow_steps=(10, 60),
    )
    print(f"forum home ({'member' if signed_in else 'guest'}): {queries} queries")
    assert queries <= (MEMBER_BUDGET if signed_in else FORUM_BUDGET)
