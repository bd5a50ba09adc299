"""Factories and helpers for the public forum's tests: the forum page, categories, topics and posts as
members leave them, and a way to set the forum settings."""

from django.db import transaction

from wagtail.models import Locale, Site

import factory
import wagtail_factories

from community.forum import counters, text
from community.models import (
    ForumCategory,
    ForumIndexPage,
    ForumPost,
    ForumSettings,
    ForumTopic,
    PostStatus,
)
from sidebyside.accounts.tests.factories import MemberFactory


class ForumIndexPageFactory(wagtail_factories.PageFactory):
    title = "Forum"
    slug = "forum"
    introduction = "Talk with other people who take part."

    class Meta:
        model = ForumIndexPage


class ForumCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")
    description = "Talk about anything."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = ForumCategory


class ForumTopicFactory(factory.django.DjangoModelFactory):
    category = factory.SubFactory(ForumCategoryFactory)
    title = factory.Sequence(lambda n: f"A topic about parking {n}")
    author = factory.SubFactory(MemberFactory)
    is_visible = True

    class Meta:
        model = ForumTopic


class ForumPostFactory(factory.django.DjangoModelFactory):
    topic = factory.SubFactory(ForumTopicFactory)
    author = factory.SelfAttribute("topic.author")
    body = "Hello everyone, I am new here."
    body_html = factory.LazyAttribute(lambda o: text.render(o.body))
    status = PostStatus.LIVE

    class Meta:
        model = ForumPost


def topic_with_opening(category, author=None, title="Car parking at the hospital", body="Where can I park?"):
    """A visible topic with its live opening post."""
    author = author or MemberFactory()
    topic = ForumTopicFactory(category=category, author=author, title=title)
    ForumPostFactory(topic=topic, author=author, body=body, is_opening=True)
    with transaction.atomic():
        counters.refresh_topic(topic)
    topic.refresh_from_db()
    return topic


def forum_settings(**values):
    """The default site's forum settings, changed to `values`."""
    settings = ForumSettings.for_site(Site.objects.get(is_default_site=True))
    for name, value in values.items():
        setattr(settings, name, value)
    settings.save()
    return settings


def trusted_member(**kwargs):
    """A member past the new-member holding (with the default of 3 posts held)."""
    member = MemberFactory(**kwargs)
    topic = ForumTopicFactory(author=member)
    for _n in range(3):
        ForumPostFactory(topic=topic, author=member)
    return member
