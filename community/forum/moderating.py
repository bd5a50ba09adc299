"""What forum moderators do, as plain functions the admin views call.

Status changes (approve, reject, hide) go through `sidebyside.moderation.services.transition`, so they are
recorded as ModerationDecisions and run the forum's transition hooks. Everything else a moderator does
(editing a post, locking or moving a topic, suspending, banning or reinstating a member, dismissing
reports) is recorded as a ForumAction about the post, topic or member. Each function does its work in
one transaction: if anything fails, nothing is saved, no log entry is written and no message is queued.

The functions raise `ValidationError` with a message a moderator can read when the action cannot be done.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from community.models import (
    ForumAction,
    ForumCategory,
    ForumFlag,
    ForumPost,
    ForumStanding,
    ForumTopic,
    HoldReason,
    PostStatus,
)
from sidebyside.moderation import services
from sidebyside.notifications import notify

from . import counters, text
from .lifecycle import member_contact
from .posting import display_name

MAX_SUSPENSION_DAYS = 365
MAX_REASON_LENGTH = 2000
# Reports that wait longer than this are escalated in the moderators' daily digest.
REPORTS_ESCALATE_AFTER = datetime.timedelta(hours=48)
POSTS_BEFORE_FOR_CONTEXT = 3


# --- status changes ----------------------------------------------------------------------------------------


def decide(post, to_status, *, by, reason=""):
    """Approve (→ live), reject or hide a post, decided on the status `post` had when the moderator saw it.

    The reports about the post are dealt with by the same decision, and the topic's counts are refreshed."""
    with transaction.atomic():
        decision = services.transition(post, to_status, by=by, reason=reason)
        _resolve_open_flags(post, by=by, now=decision.created_at)
        counters.refresh_topic(post.topic)
    return decision


def approve(post, *, by):
    return decide(post, PostStatus.LIVE, by=by)


def reject(post, *, by, reason):
    return decide(post, PostStatus.REJECTED, by=by, reason=reason)


def hide(post, *, by, reason):
    return decide(post, PostStatus.HIDDEN, by=by, reason=reason)


def _resolve_open_flags(post, *, by, now):
    resolved = ForumFlag.objects.filter(post_id=post.pk, resolved_at__isnull=True).update(
        resolved_at=now, resolved_by=by
    )
    ForumPost.objects.filter(pk=post.pk).update(open_flag_count=0)
    post.open_flag_count = 0
    return resolved


# --- posts -------------------------------------------------------------------------------------------------


def edit_post(post, *, by, body, note):
    """Replace the post's text with `body` (rendered again), marked as edited by a moderator.

    The note and the old text are kept in the ForumAction, so the edit can always be explained and undone."""
    body = text.clean_text(body or "")
    note = _required(note, _("Say why you edited the post. Only staff see this note."))
    if not body:
        raise ValidationError(_("The post cannot be empty. Reject or hide it instead."), code="empty")
    if len(body) > ForumPost._meta.get_field("body").max_length:
        raise ValidationError(
            _("The post can be at most %(max)d characters long.")
            % {"max": ForumPost._meta.get_field("body").max_length},
            code="too_long",
        )
    with transaction.atomic():
        current = ForumPost.objects.select_for_update().get(pk=post.pk)
        if current.body == body:
            raise ValidationError(_("The text is the same as before: nothing was changed."), code="unchanged")
        now = timezone.now()
        old = {"old_body": current.body, "old_body_html": current.body_html}
        current.body, current.body_html = body, text.render(body)
        current.edited_at, current.edited_by_moderator = now, True
        current.save(update_fields=["body", "body_html", "edited_at", "edited_by_moderator"])
        action = log(current, ForumAction.Kind.EDIT, by=by, note=note, detail=old, when=now)
    post.body, post.body_html = current.body, current.body_html
    post.edited_at, post.edited_by_moderator = current.edited_at, True
    return action


def dismiss_reports(post, *, by, note=""):
    """The reports about the post were not a reason to act: close them, and if reports had hidden the post,
    put it back in the forum."""
    with transaction.atomic():
        current = ForumPost.objects.select_for_update().get(pk=post.pk)
        open_flags = ForumFlag.objects.filter(post=current, resolved_at__isnull=True)
        flag_ids = list(open_flags.values_list("pk", flat=True))
        if not flag_ids:
            raise ValidationError(_("There are no open reports about this post."), code="no_reports")
        now = timezone.now()
        restored = current.status == PostStatus.HIDDEN and current.hold_reason == HoldReason.FLAGGED
        _resolve_open_flags(current, by=by, now=now)
        if restored:
            services.transition(current, PostStatus.LIVE, by=by, reason=note.strip())
            counters.refresh_topic(current.topic)
        action = log(
            current,
            ForumAction.Kind.DISMISS_FLAGS,
            by=by,
            note=note,
            detail={"flags": flag_ids, "restored": restored},
            when=now,
        )
    post.status, post.status_changed_at, post.open_flag_count = current.status, current.status_changed_at, 0
    return action


# --- topics ------------------------------------------------------------------------------------------------


def set_locked(topic, locked, *, by, note=""):
    """Lock a topic (no new replies) or unlock it."""
    with transaction.atomic():
        current = ForumTopic.objects.select_for_update().get(pk=topic.pk)
        if current.is_locked == locked:
            message = _("The topic is already locked.") if locked else _("The topic is not locked.")
            raise ValidationError(message, code="unchanged")
        current.is_locked = locked
        current.save(update_fields=["is_locked"])
        action = log(current, ForumAction.Kind.LOCK if locked else ForumAction.Kind.UNLOCK, by=by, note=note)
    topic.is_locked = locked
    return action


def move_topic(topic, category, *, by, note=""):
    """Move a topic, with all its posts, to another category."""
    with transaction.atomic():
        current = ForumTopic.objects.select_for_update().get(pk=topic.pk)
        if category is None or current.category_id == category.pk:
            raise ValidationError(_("Choose a different category to move the topic to."), code="unchanged")
        detail = {
            "from_category": current.category_id,
            "from_name": current.category.name,
            "to_category": category.pk,
            "to_name": category.name,
        }
        current.category = category
        current.save(update_fields=["category"])
        action = log(current, ForumAction.Kind.MOVE, by=by, note=note, detail=detail)
    topic.category = category
    return action


def categories_for_moving(user):
    """The categories `user` may move a topic to: those in the default language whose posts they moderate."""
    from wagtail.models import Locale

    categories = ForumCategory.objects.filter(locale=Locale.get_default())
    if services.is_trust_wide(user):
        return categories
    return categories.filter(organisation__in=list(services.user_organisations(user)))


# --- members -----------------------------------------------------------------------------------------------


def suspend(member, *, by, days, reason):
    """Stop `member` posting for `days` days, and tell them kindly why and until when."""
    reason = _required(reason, _("Give the reason. The member is told it."))
    try:
        days = int(days)
    except (TypeError, ValueError):
        days = 0
    if not 1 <= days <= MAX_SUSPENSION_DAYS:
        raise ValidationError(_("Suspend for between 1 and %(max)d days.") % {"max": MAX_SUSPENSION_DAYS}, code="days")
    with transaction.atomic():
        standing = _standing_for_update(member)
        now = timezone.now()
        standing.suspended_until = now + datetime.timedelta(days=days)
        standing.banned_at = None
        standing.reason = reason
        standing.save()
        action = log(
            member,
            ForumAction.Kind.SUSPEND,
            by=by,
            note=reason,
            detail={"days": days, "until": standing.suspended_until.isoformat()},
            when=now,
        )
        _tell_member(member, "forum_suspended", action, reason=reason, until=standing.suspended_until)
    return action


def ban(member, *, by, reason):
    """Stop `member` posting in the forum until a moderator lifts the ban, and tell them why."""
    reason = _required(reason, _("Give the reason. The member is told it."))
    with transaction.atomic():
        standing = _standing_for_update(member)
        now = timezone.now()
        standing.banned_at, standing.suspended_until, standing.reason = now, None, reason
        standing.save()
        action = log(member, ForumAction.Kind.BAN, by=by, note=reason, when=now)
        _tell_member(member, "forum_banned", action, reason=reason)
    return action


def reinstate(member, *, by, note=""):
    """Lift a suspension or ban, and tell the member they can post again."""
    with transaction.atomic():
        standing = _standing_for_update(member)
        now = timezone.now()
        if standing.can_post(now):
            raise ValidationError(_("This member is not suspended or banned."), code="unchanged")
        detail = {
            "suspended_until": standing.suspended_until.isoformat() if standing.suspended_until else None,
            "banned_at": standing.banned_at.isoformat() if standing.banned_at else None,
            "reason": standing.reason,
        }
        standing.suspended_until, standing.banned_at, standing.reason = None, None, ""
        standing.save()
        action = log(member, ForumAction.Kind.REINSTATE, by=by, note=note, detail=detail, when=now)
        _tell_member(member, "forum_reinstated", action)
    return action


def _standing_for_update(member):
    standing, _created = ForumStanding.objects.get_or_create(member=member)
    return ForumStanding.objects.select_for_update().get(pk=standing.pk)


def _tell_member(member, template, action, *, reason="", until=None):
    """Queue a kind message to the member, in their language, in the transaction of the action."""
    contact = member_contact(member)
    language = contact.language or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {"name": str(display_name(member)), "reason": reason}
        if until is not None:
            context["until"] = date_format(timezone.localtime(until), "DATETIME_FORMAT")
    notify(contact, template, context, idempotency_key=f"{template}:{action.pk}", language=language)


def _required(value, message):
    value = (value or "").strip()
    if not value:
        raise ValidationError(message, code="required")
    if len(value) > MAX_REASON_LENGTH:
        raise ValidationError(
            _("Keep it to %(max)d characters or fewer.") % {"max": MAX_REASON_LENGTH}, code="too_long"
        )
    return value


# --- the record --------------------------------------------------------------------------------------------


def log(subject, kind, *, by, note="", detail=None, when=None):
    return ForumAction.objects.create(
        content_type=ContentType.objects.get_for_model(type(subject)),
        object_id=subject.pk,
        by=by,
        kind=kind,
        note=(note or "").strip(),
        detail=detail or {},
        created_at=when or timezone.now(),
    )


def actions_about(post):
    """The ForumActions about this post, its topic and its author, oldest first."""
    types = ContentType.objects.get_for_models(ForumPost, ForumTopic, get_user_model())
    condition = Q(content_type=types[ForumPost], object_id=post.pk) | Q(
        content_type=types[ForumTopic], object_id=post.topic_id
    )
    if post.author_id:
        condition |= Q(content_type=types[get_user_model()], object_id=post.author_id)
    return ForumAction.objects.filter(condition).select_related("by", "content_type")


def posts_before(post, count=POSTS_BEFORE_FOR_CONTEXT):
    """The few posts in the topic just before this one, whatever their status, oldest first."""
    earlier = (
        ForumPost.objects.filter(topic_id=post.topic_id)
        .filter(Q(created_at__lt=post.created_at) | Q(created_at=post.created_at, pk__lt=post.pk))
        .select_related("author")
        .order_by("-created_at", "-pk")[:count]
    )
    return list(reversed(earlier))


def author_counts(member):
    """{status: how many of the member's posts are in it}, with every status present."""
    counts = dict.fromkeys(PostStatus.values, 0)
    if member is None:
        return counts
    for row in ForumPost.objects.filter(author=member).values("status").annotate(n=Count("pk")):
        counts[row["status"]] = row["n"]
    return counts


def old_open_flags(now=None):
    """Open reports that have waited longer than REPORTS_ESCALATE_AFTER."""
    cutoff = (now or timezone.now()) - REPORTS_ESCALATE_AFTER
    return ForumFlag.objects.filter(resolved_at__isnull=True, created_at__lt=cutoff)


def old_open_flag_count(user, now=None):
    """How many reports about posts `user` may see have waited longer than 48 hours (for the digest)."""
    posts = services.visible_to(user, ForumPost.objects.all())
    return old_open_flags(now).filter(post__in=posts).count()
