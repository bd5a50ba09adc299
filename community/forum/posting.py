"""What members do in the forum: start topics, reply, edit and withdraw their posts, report posts, follow
topics, and what each of them sees.

Every service that changes something runs in ONE transaction: the post, its first audit entry, the topic's
counters and any messages are kept together or not at all (the messages through the outbox, see
community/forum/lifecycle.py).

Holding rules (decide_status): a post waits for a moderator ("held") when
- its author has fewer than ForumSettings.first_posts_held LIVE posts (rejected ones do not count), or
- its category is pre-moderated, or
- its title or text contains a watched word, or a phone number or email address when the settings say so.
A post that matches a "worrying" watched word is marked is_worrying, and its author is shown where to get
help now, whether the post is held or not.
"""

import uuid
from dataclasses import dataclass, field

from django.conf import settings as django_settings
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Site

from community.forum import counters, text
from community.models import (
    ForumCategory,
    ForumFlag,
    ForumPost,
    ForumSettings,
    ForumSubscription,
    ForumTopic,
    HoldReason,
    PostStatus,
    TopicVisit,
    WatchedWord,
)
from sidebyside.moderation.models import ModerationDecision
from sidebyside.moderation.services import TransitionError, transition

# Markers kept in watched_words_found for personal details (moderators see them beside watched phrases).
PHONE_NUMBER = "phone number"
EMAIL_ADDRESS = "email address"


class PostingError(Exception):
    """Something a member may not do here (a locked topic, a closed category, their own post...)."""

    def __init__(self, message, code=""):
        super().__init__(message)
        self.message, self.code = message, code


# --- settings and help --------------------------------------------------------------------------------


def forum_settings(request=None):
    """The forum settings of the request's site, or of the default site."""
    if request is not None:
        return ForumSettings.for_request(request)
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return ForumSettings.for_site(site)


# --- holding --------------------------------------------------------------------------------------------


@dataclass
class Decision:
    status: str
    hold_reason: str = HoldReason.NONE
    words_found: list = field(default_factory=list)
    is_worrying: bool = False


def live_post_count(author, exclude=None):
    posts = ForumPost.objects.filter(author=author, status=PostStatus.LIVE)
    if exclude is not None:
        posts = posts.exclude(pk=exclude.pk)
    return posts.count()


def decide_status(*, author, category, title, body, settings, exclude=None):
    """Held or live, and why (see the module's docstring)."""
    words = title + "\n" + body
    found = text.watched_words_in(words, WatchedWord.objects.values_list("phrase", "kind"))
    phrases = [phrase for phrase, _kind in found]
    is_worrying = any(kind == WatchedWord.Kind.WORRYING for _phrase, kind in found)
    if settings.hold_phone_numbers and text.has_phone_number(words):
        phrases.append(PHONE_NUMBER)
    if settings.hold_email_addresses and text.has_email_address(words):
        phrases.append(EMAIL_ADDRESS)
    if phrases:
        reason = HoldReason.WATCHED_WORDS
    elif category.premoderated:
        reason = HoldReason.PREMODERATED
    elif live_post_count(author, exclude=exclude) < settings.first_posts_held:
        reason = HoldReason.NEW_MEMBER
    else:
        return Decision(PostStatus.LIVE, is_worrying=is_worrying)
    return Decision(PostStatus.HELD, reason, phrases, is_worrying)


def record_decision(post, *, by, to_status, from_status="", reason=""):
    """The first entry in the post's audit trail (services.transition writes the later ones)."""
    return ModerationDecision.objects.create(
        content_type=ContentType.objects.get_for_model(ForumPost),
        object_id=post.pk,
        by=by,
        from_status=from_status,
        to_status=to_status,
        reason=reason,
    )


# --- posting --------------------------------------------------------------------------------------------


def already_posted(author, submission_key):
    """The post this member already sent with this form (a second click or a resent request), or None."""
    if not submission_key:
        return None
    return ForumPost.objects.filter(author=author, submission_key=submission_key).select_related("topic").first()


def start_topic(category, *, author, title, body, submission_key=None, subscribe=False, settings=None):
    """Start a topic in `category` with its opening post. Returns (post, created): the first post again when
    the same form was sent twice."""
    if category.is_closed:
        raise PostingError(_("This category is closed to new topics."), code="closed")
    settings = settings or forum_settings()
    title, body = text.clean_text(title), text.clean_text(body)

    def create():
        topic = ForumTopic.objects.create(
            category=category,
            title=title,
            author=author,
            language=translation.get_language() or "en",
        )
        if subscribe:
            ForumSubscription.objects.get_or_create(topic=topic, member=author)
        return _create_post(topic, author=author, title=title, body=body, opening=True, key=submission_key, s=settings)

    return _once(author, submission_key, create)


def reply(topic, *, author, body, submission_key=None, settings=None):
    """Reply in `topic`. Returns (post, created) as start_topic does."""
    if topic.is_locked:
        raise PostingError(_("This topic is locked, so nobody can reply to it."), code="locked")
    if topic.category.is_closed:
        raise PostingError(_("This category is closed, so nobody can reply in it."), code="closed")
    settings = settings or forum_settings()
    body = text.clean_text(body)
    return _once(
        author,
        submission_key,
        lambda: _create_post(topic, author=author, title="", body=body, opening=False, key=submission_key, s=settings),
    )


def _once(author, submission_key, create):
    existing = already_posted(author, submission_key)
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            return create(), True
    except IntegrityError:
        # Another request with the same form won the race (forum_post_submitted_once): show its post.
        existing = already_posted(author, submission_key)
        if existing is None:
            raise
        return existing, False


def _create_post(topic, *, author, title, body, opening, key, s):
    from community.forum import lifecycle

    decision = decide_status(author=author, category=topic.category, title=title, body=body, settings=s)
    post = ForumPost.objects.create(
        topic=topic,
        author=author,
        is_opening=opening,
        body=body,
        body_html=text.render(body),
        status=decision.status,
        hold_reason=decision.hold_reason,
        watched_words_found=decision.words_found,
        is_worrying=decision.is_worrying,
        submission_key=key,
    )
    record_decision(post, by=author, to_status=post.status)
    if post.status == PostStatus.LIVE:
        lifecycle.went_live(post)
    else:
        counters.refresh_topic(topic)
    return post


def edit_post(post, *, author, body, title=None, settings=None):
    """The author changes their post. The same holding rules apply: a live post that would now be held is
    hidden until a moderator looks (a live post cannot go back to "held")."""
    if post.author_id != author.pk:
        raise PostingError(_("You can only change your own posts."), code="not_yours")
    if post.status not in (PostStatus.HELD, PostStatus.LIVE):
        raise PostingError(_("This post can no longer be changed."), code="not_editable")
    settings = settings or forum_settings()
    body = text.clean_text(body)
    with transaction.atomic():
        post = ForumPost.objects.select_for_update().select_related("topic__category").get(pk=post.pk)
        topic = post.topic
        if title is not None and post.is_opening:
            topic.title = text.clean_text(title)
            topic.save(update_fields=["title"])
        decision = decide_status(
            author=author, category=topic.category, title=topic.title, body=body, settings=settings, exclude=post
        )
        post.body, post.body_html, post.edited_at = body, text.render(body), timezone.now()
        post.is_worrying = decision.is_worrying
        post.watched_words_found = decision.words_found
        if decision.status == PostStatus.HELD:
            post.hold_reason = decision.hold_reason
        post.save(
            update_fields=["body", "body_html", "edited_at", "is_worrying", "watched_words_found", "hold_reason"]
        )
        if post.status == PostStatus.LIVE and decision.status == PostStatus.HELD:
            transition(
                post,
                PostStatus.HIDDEN,
                by=author,
                reason=f"Edited by the author; {HoldReason(decision.hold_reason).label}",
            )
    return post


def withdraw_post(post, *, author):
    """The author takes their post down (a topic whose opening post is withdrawn stops showing)."""
    if post.author_id != author.pk:
        raise PostingError(_("You can only delete your own posts."), code="not_yours")
    try:
        transition(post, PostStatus.WITHDRAWN, by=author)
    except TransitionError as error:
        raise PostingError(_("This post can no longer be deleted."), code="not_withdrawable") from error
    return post


# --- reports --------------------------------------------------------------------------------------------


def flag_post(post, *, member, reason, detail="", settings=None):
    """Report a post. Returns (flag, created); one report per member per post. When reports from
    `flags_to_hide` different members are open on a live post, it is hidden until a moderator looks."""
    if post.author_id == member.pk:
        raise PostingError(_("You cannot report your own post."), code="own_post")
    settings = settings or forum_settings()
    try:
        with transaction.atomic():
            locked = ForumPost.objects.select_for_update().get(pk=post.pk)
            flag = ForumFlag.objects.create(post=locked, member=member, reason=reason, detail=detail.strip())
            count = ForumFlag.objects.filter(post=locked, resolved_at__isnull=True).values("member").distinct().count()
            ForumPost.objects.filter(pk=locked.pk).update(open_flag_count=count)
            locked.open_flag_count = count
            if locked.status == PostStatus.LIVE and count >= settings.flags_to_hide:
                ForumPost.objects.filter(pk=locked.pk).update(hold_reason=HoldReason.FLAGGED)
                locked.hold_reason = HoldReason.FLAGGED
                transition(locked, PostStatus.HIDDEN, by=None, reason=f"Reported by {count} members")
    except IntegrityError:
        return ForumFlag.objects.get(post=post, member=member), False
    post.status, post.open_flag_count = locked.status, locked.open_flag_count
    return flag, True


# --- following topics and visits -------------------------------------------------------------------------


def subscribe(topic, member):
    subscription, _created = ForumSubscription.objects.get_or_create(topic=topic, member=member)
    return subscription


def unsubscribe(topic, member):
    return ForumSubscription.objects.filter(topic=topic, member=member).delete()[0] > 0


def subscription_by_token(token):
    try:
        token = uuid.UUID(str(token))
    except ValueError:
        return None
    return ForumSubscription.objects.filter(token=token).select_related("topic__category").first()


def record_visit(topic, member, *, visited=None, notified=True):
    """Remember when the member read the topic; their next reply email may be sent again.

    `visited` (whether a visit is on record) and `notified` (whether their subscription was emailed) save
    the queries when the caller already knows."""
    now = timezone.now()
    updated = TopicVisit.objects.filter(topic=topic, member=member).update(seen_at=now) if visited is not False else 0
    if not updated:
        try:
            with transaction.atomic():
                TopicVisit.objects.create(topic=topic, member=member, seen_at=now)
        except IntegrityError:
            TopicVisit.objects.filter(topic=topic, member=member).update(seen_at=now)
    if notified:
        ForumSubscription.objects.filter(topic=topic, member=member, notified_at__isnull=False).update(
            notified_at=None
        )


# --- what people see -------------------------------------------------------------------------------------


def default_language():
    """The language code of the default locale, the one topics' categories are in."""
    return get_supported_content_language_variant(django_settings.LANGUAGE_CODE)


def localise(categories):
    """Give each category (default-locale rows) `label` and `blurb` in the active language: its translation
    in the current locale, else its own. One query for the whole list."""
    categories = list(categories)
    current = get_supported_content_language_variant(translation.get_language() or django_settings.LANGUAGE_CODE)
    by_key = {}
    if categories and current != default_language():
        translated = ForumCategory.objects.filter(
            locale__language_code=current, translation_key__in=[c.translation_key for c in categories]
        ).only("translation_key", "name", "description")
        by_key = {row.translation_key: row for row in translated}
    for category in categories:
        shown = by_key.get(category.translation_key, category)
        category.label, category.blurb = shown.name, shown.description
    return categories


def categories_with_activity(user):
    """The default-locale categories `user` may read, in order, with their visible topic count and latest
    activity, named in the active language."""
    from community.forum.access import categories_visible_to

    visible = Q(topics__is_visible=True)
    categories = (
        categories_visible_to(user, ForumCategory.objects.filter(locale__language_code=default_language()))
        .annotate(topic_count=Count("topics", filter=visible), latest=Max("topics__last_post_at", filter=visible))
        .order_by("sort_order", "name")
    )
    return localise(categories)


def display_name(user):
    """How a member is named in the forum: their display name, else their first name; never their email."""
    if user is None:
        return _("A former member")
    try:
        profile = user.involvement_profile
    except Exception:  # noqa: BLE001 - RelatedObjectDoesNotExist: no profile yet
        profile = None
    name = (profile.display_name if profile is not None else "") or user.first_name
    return name.strip() or _("A member")
