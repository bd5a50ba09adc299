"""The forum's public pages: what each person may read, the listings, "new since your last visit", the forms
and who may use them."""

import datetime
import uuid

from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase

import pytest

from community.models import ForumIndexPage, ForumPost, ForumStanding, ForumTopic, PostStatus, TopicVisit
from community.models.forum import POSTS_PER_PAGE, TOPICS_PER_PAGE
from home.models import HomePage
from sidebyside.accounts.models import InvolvementProfile
from sidebyside.accounts.tests.factories import MemberFactory

from .forum_public_factories import (
    ForumCategoryFactory,
    ForumIndexPageFactory,
    ForumPostFactory,
    ForumTopicFactory,
    forum_settings,
    topic_with_opening,
    trusted_member,
)

pytestmark = pytest.mark.django_db


class TestWhereTheForumGoes(WagtailPageTestCase):
    def test_the_forum_goes_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(ForumIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ForumIndexPage, set())


@pytest.fixture
def index(home_page):
    forum_settings()
    return ForumIndexPageFactory(parent=home_page)


@pytest.fixture
def category():
    return ForumCategoryFactory(name="Getting involved", slug="getting-involved", sort_order=1)


@pytest.fixture
def youth():
    group = Group.objects.create(name="Youth forum")
    return ForumCategoryFactory(name="Youth corner", slug="youth", group=group, sort_order=2)


def url(index, *parts):
    return index.url + "".join(f"{part}/" for part in parts)


def test_the_home_lists_readable_categories_with_counts(client, index, category, youth):
    topic_with_opening(category)
    topic_with_opening(category)
    hidden = ForumTopicFactory(category=category, is_visible=False)
    assert hidden
    html = client.get(index.url).content.decode()
    assert "Getting involved" in html and "2 topics" in html
    assert "Youth corner" not in html


def test_a_restricted_category_and_its_topics_are_404_to_others(client, index, youth):
    topic = topic_with_opening(youth)
    member = MemberFactory()
    client.force_login(member)
    assert client.get(url(index, "youth")).status_code == 404
    assert client.get(url(index, "youth", topic.pk)).status_code == 404
    assert client.get(url(index, "youth", "new")).status_code == 404
    post = topic.posts.first()
    assert client.get(url(index, "posts", post.pk, "report")).status_code == 404
    member.groups.add(youth.group)
    assert client.get(url(index, "youth")).status_code == 200
    assert client.get(url(index, "youth", topic.pk)).status_code == 200


def test_a_member_cannot_reach_the_admin_queues(client, index):
    client.force_login(MemberFactory())
    response = client.get("/admin/")
    assert response.status_code in (302, 403)
    assert "login" in response.get("Location", "login")
    for queue in ("/admin/forum_posts/", "/admin/forum_posts/?status=held", "/admin/forum_watched_words/"):
        assert client.get(queue).status_code in (302, 403, 404)


def test_the_category_lists_pinned_topics_first_then_newest(client, index, category):
    now = timezone.now()
    old = topic_with_opening(category, title="Old news")
    newer = topic_with_opening(category, title="Fresh topic")
    pinned = topic_with_opening(category, title="Read this first")
    ForumTopic.objects.filter(pk=old.pk).update(last_post_at=now - datetime.timedelta(days=3))
    ForumTopic.objects.filter(pk=newer.pk).update(last_post_at=now)
    ForumTopic.objects.filter(pk=pinned.pk).update(last_post_at=now - datetime.timedelta(days=9), is_pinned=True)
    html = client.get(url(index, category.slug)).content.decode()
    assert html.index("Read this first") < html.index("Fresh topic") < html.index("Old news")


def test_the_category_is_paginated(client, index, category):
    author = MemberFactory()
    ForumTopic.objects.bulk_create(
        ForumTopicFactory.build(category=category, author=author, title=f"Topic {n:03d}", is_visible=True)
        for n in range(TOPICS_PER_PAGE + 3)
    )
    first = client.get(url(index, category.slug)).content.decode()
    assert first.count('class="sbs-forum-topic"') == TOPICS_PER_PAGE
    second = client.get(url(index, category.slug), {"page": 2}).content.decode()
    assert second.count('class="sbs-forum-topic"') == 3
    assert client.get(url(index, category.slug), {"page": "<x>"}).status_code == 200


def test_new_marks_and_new_reply_counts_since_the_last_visit(client, index, category):
    forum_settings(first_posts_held=0)
    topic = topic_with_opening(category, title="Visited topic")
    reader = MemberFactory()
    client.force_login(reader)
    assert ">New<" in client.get(url(index, category.slug)).content.decode()
    client.get(url(index, category.slug, topic.pk))
    assert TopicVisit.objects.filter(topic=topic, member=reader).exists()
    assert ">New<" not in client.get(url(index, category.slug)).content.decode()
    TopicVisit.objects.filter(topic=topic, member=reader).update(seen_at=timezone.now() - datetime.timedelta(hours=1))
    topic.posts.update(created_at=timezone.now() - datetime.timedelta(hours=2))
    replies = [ForumPostFactory(topic=topic, author=MemberFactory(), body=f"Reply {n}") for n in range(2)]
    from community.forum import counters

    counters.refresh_topic(topic)
    html = client.get(url(index, category.slug)).content.decode()
    assert ">New<" in html and "2 new replies since your last visit" in html
    page = client.get(url(index, category.slug, topic.pk)).content.decode()
    assert f"#post-{replies[0].pk}" in page and "first new post" in page


def test_the_first_new_post_link_points_at_its_page(client, index, category):
    topic = topic_with_opening(category)
    author = MemberFactory()
    base = timezone.now() - datetime.timedelta(days=1)
    posts = [
        ForumPost(
            topic=topic,
            author=author,
            body="x",
            body_html="<p>x</p>",
            status=PostStatus.LIVE,
            created_at=base + datetime.timedelta(minutes=n),
        )
        for n in range(POSTS_PER_PAGE + 5)
    ]
    ForumPost.objects.bulk_create(posts)
    reader = MemberFactory()
    seen = base + datetime.timedelta(minutes=POSTS_PER_PAGE + 1, seconds=30)
    TopicVisit.objects.create(topic=topic, member=reader, seen_at=seen)
    client.force_login(reader)
    html = client.get(url(index, category.slug, topic.pk)).content.decode()
    first_new = ForumPost.objects.filter(topic=topic, created_at__gt=seen).order_by("created_at").first()
    assert f"?page=2#post-{first_new.pk}" in html


def test_a_held_post_shows_only_to_its_author_and_hidden_posts_as_a_line(client, index, category):
    topic = topic_with_opening(category)
    author = MemberFactory()
    ForumPostFactory(topic=topic, author=author, body="My held words", status=PostStatus.HELD)
    ForumPostFactory(topic=topic, author=MemberFactory(), body="Hidden words", status=PostStatus.HIDDEN)
    ForumPostFactory(topic=topic, author=MemberFactory(), body="Rejected words", status=PostStatus.REJECTED)
    guest = client.get(url(index, category.slug, topic.pk)).content.decode()
    assert "My held words" not in guest and "Hidden words" not in guest and "Rejected words" not in guest
    assert "This post is hidden while a moderator looks at it" in guest
    client.force_login(author)
    mine = client.get(url(index, category.slug, topic.pk)).content.decode()
    assert "My held words" in mine and "Waiting for a moderator" in mine


def test_a_topic_with_a_held_opening_post_shows_only_to_its_author(client, index, category):
    author = MemberFactory()
    topic = ForumTopicFactory(category=category, author=author, is_visible=False)
    ForumPostFactory(topic=topic, author=author, is_opening=True, status=PostStatus.HELD)
    assert client.get(url(index, category.slug, topic.pk)).status_code == 404
    client.force_login(MemberFactory())
    assert client.get(url(index, category.slug, topic.pk)).status_code == 404
    client.force_login(author)
    assert client.get(url(index, category.slug, topic.pk)).status_code == 200


def test_author_names_are_display_names_never_emails(client, index, category):
    named = MemberFactory(first_name="Robin")
    InvolvementProfile.objects.create(user=named, display_name="Robin from Leeds")
    plain = MemberFactory(first_name="Kim")
    topic = topic_with_opening(category, author=named)
    ForumPostFactory(topic=topic, author=plain)
    html = client.get(url(index, category.slug, topic.pk)).content.decode()
    assert "Robin from Leeds" in html and "Kim" in html
    assert named.email not in html and plain.email not in html


def test_a_guest_is_asked_to_sign_in_and_comes_back(client, index, category):
    topic = topic_with_opening(category)
    html = client.get(url(index, category.slug, topic.pk)).content.decode()
    assert "Sign in to post" in html and 'name="body"' not in html
    response = client.get(url(index, category.slug, "new"))
    assert "Sign in to post" in response.content.decode()
    assert "next=%2Fen%2Fforum%2Fgetting-involved%2Fnew%2F" in response.content.decode()
    response = client.post(url(index, category.slug, "new"), {"title": "Hello there", "body": "Hi"})
    assert not ForumTopic.objects.filter(title="Hello there").exists()


def test_a_suspended_member_is_told_why_and_until_when(client, index, category):
    member = MemberFactory()
    until = timezone.now() + datetime.timedelta(days=3)
    ForumStanding.objects.create(member=member, suspended_until=until, reason="Please be kinder to others.")
    client.force_login(member)
    response = client.get(url(index, category.slug, "new"))
    html = response.content.decode()
    assert response.status_code == 403
    assert "Please be kinder to others." in html and timezone.localtime(until).strftime("%Y") in html
    client.post(url(index, category.slug, "new"), {"title": "Sneaky topic", "body": "Hello"})
    assert not ForumTopic.objects.filter(title="Sneaky topic").exists()
    banned = MemberFactory()
    ForumStanding.objects.create(member=banned, banned_at=timezone.now(), reason="Spam")
    client.force_login(banned)
    assert "stopped you posting" in client.get(url(index, category.slug, "new")).content.decode()


def test_posting_a_topic_through_the_form(client, index, category):
    member = trusted_member()
    client.force_login(member)
    form_page = client.get(url(index, category.slug, "new")).content.decode()
    assert 'name="submission_key"' in form_page
    key = str(uuid.uuid4())
    data = {
        "title": "Bus times to the hospital",
        "body": "Which bus goes there?",
        "submission_key": key,
        "subscribe": "on",
    }
    response = client.post(url(index, category.slug, "new"), data)
    assert response.status_code == 302
    again = client.post(url(index, category.slug, "new"), data)
    assert again.status_code == 302
    assert ForumTopic.objects.filter(title="Bus times to the hospital").count() == 1
    topic = ForumTopic.objects.get(title="Bus times to the hospital")
    assert topic.is_visible and topic.subscriptions.filter(member=member).exists()
    page = client.get(url(index, category.slug, topic.pk)).content.decode()
    assert "Which bus goes there?" in page


def test_invalid_posts_get_an_error_summary_and_nothing_is_saved(client, index, category):
    client.force_login(trusted_member())
    response = client.post(url(index, category.slug, "new"), {"title": "Hi", "body": "\u200b \u200b"})
    html = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in html
    assert "at least 5 characters" in html and "Write your message." in html
    assert "Error:" in html
    assert not ForumTopic.objects.filter(category=category).exists()
    topic = topic_with_opening(category)
    before = ForumPost.objects.count()
    response = client.post(url(index, category.slug, topic.pk, "reply"), {"body": "x" * 5001})
    assert "5000 characters or fewer" in response.content.decode()
    assert ForumPost.objects.count() == before


def test_replying_through_the_form_and_locked_topics(client, index, category):
    topic = topic_with_opening(category)
    client.force_login(trusted_member())
    response = client.post(url(index, category.slug, topic.pk, "reply"), {"body": "Thanks, very helpful."})
    assert response.status_code == 302 and topic.posts.filter(body="Thanks, very helpful.").exists()
    ForumTopic.objects.filter(pk=topic.pk).update(is_locked=True)
    html = client.get(url(index, category.slug, topic.pk)).content.decode()
    assert "This topic is locked" in html and 'name="body"' not in html
    client.post(url(index, category.slug, topic.pk, "reply"), {"body": "Sneaking in a reply."})
    assert not topic.posts.filter(body="Sneaking in a reply.").exists()


def test_a_member_cannot_edit_or_delete_another_members_post(client, index, category):
    topic = topic_with_opening(category)
    post = topic.posts.get()
    client.force_login(MemberFactory())
    assert client.get(url(index, "posts", post.pk, "edit")).status_code == 404
    assert client.post(url(index, "posts", post.pk, "edit"), {"body": "Defaced"}).status_code == 404
    assert client.post(url(index, "posts", post.pk, "delete")).status_code == 404
    post.refresh_from_db()
    assert post.body != "Defaced" and post.status == PostStatus.LIVE


def test_a_member_edits_and_deletes_their_own_post(client, index, category):
    member = trusted_member()
    topic = topic_with_opening(category, author=member)
    post = topic.posts.get()
    client.force_login(member)
    response = client.post(url(index, "posts", post.pk, "edit"), {"title": "Parking again", "body": "Edited *text*"})
    assert response.status_code == 302
    post.refresh_from_db()
    topic.refresh_from_db()
    assert post.body == "Edited *text*" and "<em>text</em>" in post.body_html and post.edited_at
    assert topic.title == "Parking again"
    client.post(url(index, "posts", post.pk, "delete"))
    post.refresh_from_db()
    assert post.status == PostStatus.WITHDRAWN


def test_categories_show_in_the_active_language_with_the_default_as_fallback(client, index, category):
    polish = Locale.objects.get_or_create(language_code="pl")[0]
    translated = category.copy_for_translation(polish)
    translated.name, translated.description = "Jak się zaangażować", "Opis po polsku"
    translated.save()
    other = ForumCategoryFactory(name="Untranslated", slug="untranslated", sort_order=5)
    topic = topic_with_opening(category)
    from django.utils import translation

    from community.forum.posting import categories_with_activity

    with translation.override("pl"):
        shown = categories_with_activity(MemberFactory())
    assert [(c.pk, c.label) for c in shown] == [(category.pk, "Jak się zaangażować"), (other.pk, "Untranslated")]
    assert shown[0].topic_count == 1  # topics stay with the default-locale category
    assert client.get(url(index, category.slug, topic.pk)).status_code == 200
