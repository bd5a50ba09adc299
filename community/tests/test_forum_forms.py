"""The forum's public forms take anything without a server error and save nothing when they turn it down
(property-based, through the real views), and posting is rate limited per member."""

import pytest
from hypothesis import given

from community.forms.forum import EditPostForm, FlagForm, ReplyForm, TopicForm
from community.models import ForumFlag, ForumPost, ForumTopic
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.testing.forms import VIEW_FUZZ_SETTINGS, assert_form_handles, assert_view_handles_post, form_data

from .forum_public_factories import (
    ForumCategoryFactory,
    ForumIndexPageFactory,
    ForumPostFactory,
    forum_settings,
    topic_with_opening,
    trusted_member,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def no_rate_limit(settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {
        "forum-post": {"ip": (100000, 3600), "email": (100000, 3600)},
        "forum-report": {"ip": (100000, 3600), "email": (100000, 3600)},
    }


@pytest.fixture
def forum(home_page):
    forum_settings()
    index = ForumIndexPageFactory(parent=home_page)
    category = ForumCategoryFactory(slug="chat")
    topic = topic_with_opening(category)
    return index, category, topic


@given(form_data(TopicForm))
def test_the_topic_form_handles_anything(data):
    assert_form_handles(TopicForm, data)


@given(form_data(ReplyForm))
def test_the_reply_form_handles_anything(data):
    assert_form_handles(ReplyForm, data)


@given(form_data(EditPostForm, with_title=True))
def test_the_edit_form_handles_anything(data):
    assert_form_handles(EditPostForm, data, with_title=True)


@given(form_data(FlagForm))
def test_the_report_form_handles_anything(data):
    assert_form_handles(FlagForm, data)


def test_the_new_topic_view_handles_anything(client, forum, no_rate_limit):
    index, category, _topic = forum
    client.force_login(trusted_member())
    url = index.url + f"{category.slug}/new/"

    @VIEW_FUZZ_SETTINGS
    @given(form_data(TopicForm))
    def post_anything(data):
        assert_view_handles_post(client, url, data, lambda: (ForumTopic.objects.count(), ForumPost.objects.count()))

    post_anything()


def test_the_reply_view_handles_anything(client, forum, no_rate_limit):
    index, category, topic = forum
    client.force_login(trusted_member())
    url = index.url + f"{category.slug}/{topic.pk}/reply/"

    @VIEW_FUZZ_SETTINGS
    @given(form_data(ReplyForm))
    def post_anything(data):
        assert_view_handles_post(client, url, data, ForumPost.objects.count)

    post_anything()


def test_the_edit_view_handles_anything(client, forum, no_rate_limit):
    index, _category, topic = forum
    client.force_login(topic.author)
    post = topic.posts.get(is_opening=True)
    url = index.url + f"posts/{post.pk}/edit/"

    def unchanged():
        return ForumPost.objects.filter(pk=post.pk).values_list("body", "edited_at").get()

    @VIEW_FUZZ_SETTINGS
    @given(form_data(EditPostForm, with_title=True))
    def post_anything(data):
        assert_view_handles_post(client, url, data, unchanged)

    post_anything()


def test_the_report_view_handles_anything(client, forum, no_rate_limit):
    index, _category, topic = forum
    post = ForumPostFactory(topic=topic, author=MemberFactory())
    client.force_login(MemberFactory())
    url = index.url + f"posts/{post.pk}/report/"

    @VIEW_FUZZ_SETTINGS
    @given(form_data(FlagForm))
    def post_anything(data):
        ForumFlag.objects.all().delete()
        assert_view_handles_post(client, url, data, ForumFlag.objects.count)

    post_anything()


def test_the_honeypot_turns_a_bot_away(client, forum):
    index, category, _topic = forum
    client.force_login(trusted_member())
    response = client.post(
        index.url + f"{category.slug}/new/", {"title": "Cheap pills here", "body": "Buy now", "sbs_trap": "x"}
    )
    assert response.status_code == 200 and "We could not accept this form" in response.content.decode()
    assert not ForumTopic.objects.filter(title="Cheap pills here").exists()


def test_posting_is_rate_limited_per_member(client, forum, settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"forum-post": {"ip": (1000, 3600), "email": (2, 3600)}}
    index, category, topic = forum
    member = trusted_member()
    client.force_login(member)
    url = index.url + f"{category.slug}/{topic.pk}/reply/"
    assert client.post(url, {"body": "First reply"}).status_code == 302
    assert client.post(url, {"body": "Second reply"}).status_code == 302
    assert client.post(url, {"body": "Third reply"}).status_code == 429
    assert not ForumPost.objects.filter(body="Third reply").exists()
    # Another member on the same connection is not held back by the first one's posts.
    client.force_login(trusted_member())
    assert client.post(url, {"body": "Someone else"}).status_code == 302


def test_reports_are_rate_limited_per_member(client, forum, settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"forum-report": {"ip": (1000, 3600), "email": (1, 3600)}}
    index, _category, topic = forum
    posts = [ForumPostFactory(topic=topic, author=MemberFactory()) for _n in range(2)]
    client.force_login(MemberFactory())
    assert client.post(index.url + f"posts/{posts[0].pk}/report/", {"reason": "spam"}).status_code == 302
    assert client.post(index.url + f"posts/{posts[1].pk}/report/", {"reason": "spam"}).status_code == 429
    assert ForumFlag.objects.count() == 1


def test_a_resent_form_is_not_counted_against_the_limit(client, forum, settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"forum-post": {"ip": (1000, 3600), "email": (1, 3600)}}
    index, category, topic = forum
    client.force_login(trusted_member())
    url = index.url + f"{category.slug}/{topic.pk}/reply/"
    data = {"body": "Sent on a slow phone", "submission_key": "0b7f6f0e-2f4e-4a77-9d59-2f6f5b0f5a11"}
    assert client.post(url, data).status_code == 302
    assert client.post(url, data).status_code == 302
    assert ForumPost.objects.filter(body="Sent on a slow phone").count() == 1
