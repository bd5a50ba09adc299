"""What happens when a forum post changes status. Imported by CommunityConfig.ready().

- Any change: the topic's counters (visible, replies, last post) are worked out again.
- Live after being held: the author is told their post is up, once per member (their first approval only).
- Live (also a post created live): followers of the topic other than the author get one email each until they
  next read the topic (ForumSubscription.notified_at), in their language, with a one-click unsubscribe link.
- Rejected: the author is told kindly, with the moderator's reason.
- Hidden: nothing to the author.

All messages go through the outbox in the transaction of the change.
"""

from django.core.exceptions import ObjectDoesNotExist
from django.utils import timezone, translation

from community.forum import counters
from community.models import ForumIndexPage, ForumPost, ForumSubscription, PostStatus
from sidebyside.accounts.models import preferred_language
from sidebyside.moderation.services import register_transition_hook
from sidebyside.notifications import Contact, notify


def member_contact(user, *, email_only=False):
    """How to reach a member: their account email, in their preferred language. With email_only (something
    they asked to be emailed about, such as a followed topic), their phone/post preference does not apply."""
    profile = user.involvement_profile if _has_profile(user) else None
    preference = "email" if email_only or profile is None else profile.preferred_contact
    return Contact(email=user.email or "", preferred_contact=preference, language=preferred_language(user))


def _has_profile(user):
    try:
        user.involvement_profile  # noqa: B018
    except ObjectDoesNotExist:
        return False
    return True


def forum_index_for(language):
    """The live forum page in `language`, else in any language (the first made)."""
    pages = ForumIndexPage.objects.live().order_by("path")
    return pages.filter(locale__language_code=language).first() or pages.first()


def topic_url(topic, language):
    index = forum_index_for(language)
    if index is None:
        return ""
    with translation.override(language):
        return index.get_full_url() + index.reverse_subpage("topic", args=[topic.category.slug, topic.pk]).lstrip("/")


def unsubscribe_url(subscription, language):
    index = forum_index_for(language)
    if index is None:
        return ""
    with translation.override(language):
        return index.get_full_url() + index.reverse_subpage("unsubscribe", args=[subscription.token]).lstrip("/")


def refresh_counters(post, decision):
    counters.refresh_topic(post.topic)


def on_live(post, decision):
    if decision.from_status == PostStatus.HELD and post.author_id:
        tell_author_post_is_up(post)
    went_live(post, refresh=False)


def went_live(post, refresh=True):
    """The steps for a post that is now live (also one created live, which has no transition)."""
    if refresh:
        counters.refresh_topic(post.topic)
    tell_followers(post)


def tell_author_post_is_up(post):
    author = post.author
    contact = member_contact(author)
    notify(
        contact,
        "forum_post_live",
        {"title": post.topic.title, "url": topic_url(post.topic, contact.language)},
        # Once per member: after their first approval they know how it works.
        idempotency_key=f"forum-post-live:{author.pk}",
        language=contact.language,
    )


def tell_followers(post):
    topic = post.topic
    waiting = (
        ForumSubscription.objects.filter(topic=topic, notified_at__isnull=True)
        .exclude(member_id=post.author_id)
        .select_related("member__involvement_profile", "topic__category")
    )
    told = []
    for subscription in waiting:
        member = subscription.member
        if not member.is_active or not member.email:
            continue
        contact = member_contact(member, email_only=True)
        notify(
            contact,
            "forum_reply",
            {
                "title": topic.title,
                "url": topic_url(topic, contact.language),
                "unsubscribe_url": unsubscribe_url(subscription, contact.language),
            },
            idempotency_key=f"forum-reply:{subscription.pk}:{post.pk}",
            language=contact.language,
        )
        told.append(subscription.pk)
    if told:
        ForumSubscription.objects.filter(pk__in=told).update(notified_at=timezone.now())


def on_rejected(post, decision):
    if not post.author_id:
        return
    contact = member_contact(post.author)
    notify(
        contact,
        "forum_post_rejected",
        {"title": post.topic.title, "reason": decision.reason, "is_opening": post.is_opening},
        idempotency_key=f"forum-post-rejected:{decision.pk}",
        language=contact.language,
    )


def _with_topic(hook):
    def run(post, decision):
        if "topic" not in post._state.fields_cache:
            post = ForumPost.objects.select_related("topic__category", "author").get(pk=post.pk)
        hook(post, decision)

    run.__name__ = hook.__name__
    return run


refresh_counters_hook = register_transition_hook(ForumPost, "*", refresh_counters)
on_live_hook = register_transition_hook(ForumPost, PostStatus.LIVE, _with_topic(on_live))
on_rejected_hook = register_transition_hook(ForumPost, PostStatus.REJECTED, _with_topic(on_rejected))
