"""Following topics and the forum's messages: one email per follower until they next read the topic, with a
one-click unsubscribe; the author told when their first held post goes live, and kindly when a post is not
approved; nothing when a post is hidden."""

import pytest

from community.forum import posting
from community.models import ForumSubscription, PostStatus
from sidebyside.accounts.models import InvolvementProfile
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.moderation.services import transition
from sidebyside.notifications.models import OutboxMessage

from .forum_public_factories import (
    ForumCategoryFactory,
    ForumIndexPageFactory,
    forum_settings,
    topic_with_opening,
    trusted_member,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    forum_settings()
    return ForumIndexPageFactory(parent=home_page)


@pytest.fixture
def topic(index):
    return topic_with_opening(ForumCategoryFactory(slug="chat"), title="Hospital food")


def replies_to(member):
    return OutboxMessage.objects.filter(template="forum_reply", recipient=member.email)


def test_followers_get_one_email_until_they_next_read_the_topic(client, index, topic):
    follower = MemberFactory()
    posting.subscribe(topic, follower)
    replier = trusted_member()
    posting.reply(topic, author=replier, body="The soup is good.")
    posting.reply(topic, author=replier, body="And the bread.")
    assert replies_to(follower).count() == 1
    message = replies_to(follower).get()
    assert message.context["title"] == "Hospital food"
    subscription = ForumSubscription.objects.get(member=follower)
    assert str(subscription.token) in message.context["unsubscribe_url"]
    assert message.context["url"].endswith(f"/forum/chat/{topic.pk}/")
    client.force_login(follower)
    client.get(index.url + f"chat/{topic.pk}/")
    subscription.refresh_from_db()
    assert subscription.notified_at is None
    posting.reply(topic, author=replier, body="And the pudding.")
    assert replies_to(follower).count() == 2


def test_the_author_of_a_post_is_not_emailed_about_it(index, topic):
    member = trusted_member()
    posting.subscribe(topic, member)
    posting.reply(topic, author=member, body="My own reply.")
    assert not replies_to(member).exists()


def test_held_posts_email_followers_only_when_they_go_live(index, topic):
    follower = MemberFactory()
    posting.subscribe(topic, follower)
    newcomer = MemberFactory()
    post, _ = posting.reply(topic, author=newcomer, body="My first post.")
    assert post.status == PostStatus.HELD and not replies_to(follower).exists()
    transition(post, PostStatus.LIVE, by=None)
    assert replies_to(follower).count() == 1


def test_followers_are_emailed_in_their_language(index, topic):
    follower = MemberFactory()
    InvolvementProfile.objects.create(user=follower, preferred_language="pl", preferred_contact="phone")
    posting.subscribe(topic, follower)
    posting.reply(topic, author=trusted_member(), body="Hello.")
    message = replies_to(follower).get()
    assert message.language == "pl" and message.status == OutboxMessage.Status.QUEUED


def test_the_author_is_told_once_when_a_held_post_goes_live(index, topic):
    author = MemberFactory()
    first, _ = posting.reply(topic, author=author, body="First.")
    second, _ = posting.reply(topic, author=author, body="Second.")
    transition(first, PostStatus.LIVE, by=None)
    transition(second, PostStatus.LIVE, by=None)
    told = OutboxMessage.objects.filter(template="forum_post_live", recipient=author.email)
    assert told.count() == 1


def test_a_rejected_post_is_explained_kindly_and_a_hidden_one_is_not_mentioned(index, topic):
    author = MemberFactory()
    post, _ = posting.reply(topic, author=author, body="Something off topic.")
    transition(post, PostStatus.REJECTED, by=None, reason="Please keep to the topic of hospital food.")
    message = OutboxMessage.objects.get(template="forum_post_rejected", recipient=author.email)
    assert message.context["reason"] == "Please keep to the topic of hospital food."
    live = topic.posts.get(is_opening=True)
    before = OutboxMessage.objects.count()
    transition(live, PostStatus.HIDDEN, by=None, reason="Checking")
    assert OutboxMessage.objects.count() == before


def test_follow_and_unfollow_need_a_post_with_csrf(index, topic):
    from django.test import Client

    member = MemberFactory()
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    follow_url = index.url + f"chat/{topic.pk}/follow/"
    assert client.get(follow_url).status_code == 405
    assert client.post(follow_url, {"follow": "1"}).status_code == 403
    page = client.get(index.url + f"chat/{topic.pk}/")
    token = page.cookies["csrftoken"].value
    client.post(follow_url, {"follow": "1", "csrfmiddlewaretoken": token})
    assert ForumSubscription.objects.filter(topic=topic, member=member).exists()
    client.post(follow_url, {"follow": "0", "csrfmiddlewaretoken": token})
    assert not ForumSubscription.objects.filter(topic=topic, member=member).exists()


def test_one_click_unsubscribe_asks_on_get_and_acts_on_post(client, index, topic):
    subscription = posting.subscribe(topic, MemberFactory())
    unsubscribe_url = index.url + f"unsubscribe/{subscription.token}/"
    page = client.get(unsubscribe_url)
    assert page.status_code == 200 and "Hospital food" in page.content.decode()
    assert ForumSubscription.objects.filter(pk=subscription.pk).exists()
    done = client.post(unsubscribe_url)
    assert done.status_code == 200 and "no more emails" in done.content.decode()
    assert not ForumSubscription.objects.filter(pk=subscription.pk).exists()
    again = client.get(unsubscribe_url)
    assert again.status_code == 200 and "not getting emails" in again.content.decode()
    assert client.get(index.url + "unsubscribe/not-a-token/").status_code == 404
