"""The forum on "My involvement", in the data download, and when a member deletes their account."""

import pytest

from community.forum import involvement, posting
from community.models import ForumFlag, ForumPost, ForumSubscription, ForumTopic, PostStatus, TopicVisit
from sidebyside.accounts.privacy import _data_sections, _erasers
from sidebyside.accounts.tests.factories import MemberFactory

from .forum_public_factories import (
    ForumCategoryFactory,
    ForumIndexPageFactory,
    ForumPostFactory,
    forum_settings,
    topic_with_opening,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def forum(home_page):
    forum_settings()
    index = ForumIndexPageFactory(parent=home_page)
    return index, ForumCategoryFactory(slug="chat")


def test_my_topics_held_posts_and_subscriptions(client, forum):
    index, category = forum
    member = MemberFactory()
    started = topic_with_opening(category, author=member, title="My own topic")
    other = topic_with_opening(category, title="Someone else's topic")
    ForumPostFactory(topic=other, author=member, status=PostStatus.HELD, body="Waiting")
    followed = topic_with_opening(category, title="A topic I follow")
    subscription = posting.subscribe(followed, member)
    topic_with_opening(category, title="Not mine at all")
    items = {item.title: item for item in involvement.dashboard_items(member)}
    assert set(items) == {"My own topic", "Someone else's topic", "A topic I follow"}
    assert items["My own topic"].status == "Showing" and "You started" in items["My own topic"].detail
    assert "1 of your replies is waiting" in items["Someone else's topic"].detail
    assert items["A topic I follow"].action_label == "Stop emails"
    response = client.get(items["A topic I follow"].action_url)
    assert response.status_code == 302 and response["Location"].endswith(f"/forum/unsubscribe/{subscription.token}/")
    response = client.get(items["My own topic"].url)
    assert response.status_code == 302 and response["Location"].endswith(f"/forum/chat/{started.pk}/")


def test_the_section_costs_one_query(django_assert_num_queries, forum):
    _index, category = forum
    member = MemberFactory()
    for n in range(5):
        topic = topic_with_opening(category, author=member, title=f"Topic {n}")
        posting.subscribe(topic, member)
    with django_assert_num_queries(1):
        assert len(involvement.dashboard_items(member)) == 5


def test_the_data_download_has_posts_subscriptions_and_reports(forum):
    _index, category = forum
    member = MemberFactory()
    topic = topic_with_opening(category, author=member, body="My words here")
    other = ForumPostFactory(topic=topic, author=MemberFactory())
    posting.flag_post(other, member=member, reason="spam")
    rows = _data_sections["forum"].rows(member)
    assert any(row.get("Your text") == "My words here" for row in rows)
    assert any("Topic you follow" in row for row in rows) is False
    assert any(row.get("Reason") == "Spam or advertising" for row in rows)


def test_erasing_withdraws_unseen_posts_and_unlinks_live_ones(forum):
    _index, category = forum
    member = MemberFactory()
    topic = topic_with_opening(category, author=member, body="Live words stay")
    held = ForumPostFactory(topic=topic, author=member, status=PostStatus.HELD, body="Held words go")
    other = ForumPostFactory(topic=topic, author=MemberFactory())
    posting.flag_post(other, member=member, reason="spam")
    posting.subscribe(topic, member)
    TopicVisit.objects.create(topic=topic, member=member)
    assert involvement.erase_forum in _erasers
    involvement.erase_forum(member)
    live = topic.posts.get(is_opening=True)
    assert live.author is None and live.body == "Live words stay" and live.status == PostStatus.LIVE
    held.refresh_from_db()
    assert held.status == PostStatus.WITHDRAWN and held.author is None and "Held words" not in held.body_html
    assert ForumTopic.objects.get(pk=topic.pk).author is None
    assert not ForumFlag.objects.filter(member=member).exists()
    assert not ForumSubscription.objects.filter(member=member).exists()
    assert not TopicVisit.objects.filter(member=member).exists()
    assert not ForumPost.objects.filter(author=member).exists()


def test_the_section_shows_on_my_involvement(client, forum):
    _index, category = forum
    member = MemberFactory()
    topic_with_opening(category, author=member, title="Shown on my page")
    client.force_login(member)
    html = client.get("/en/account/involvement/").content.decode()
    assert "My forum topics and subscriptions" in html and "Shown on my page" in html
