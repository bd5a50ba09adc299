"""The moderation API other apps call: transitions, notes, history, scoping and the digest."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from sidebyside.core.groups import TRUST_ADMINISTRATORS
from sidebyside.notifications.digest import register_digest_queue

from .models import ModerationDecision, ModerationNote


class TransitionError(ValidationError):
    """A transition that cannot happen; a ValidationError so a form can show it as it is."""


class TransitionNotAllowed(TransitionError):
    pass


class ReasonRequired(TransitionError):
    pass


class StatusChanged(TransitionError):
    """Someone else moved the item since it was loaded: the decision was made on stale information."""


def check_transition(model, from_status, to_status, reason=""):
    """Raise a TransitionError unless `model` may go from `from_status` to `to_status` with `reason`."""
    labels = {"from": model.status_label(from_status), "to": model.status_label(to_status)}
    if to_status not in model.TRANSITIONS.get(from_status, []):
        raise TransitionNotAllowed(
            _("An item that is “%(from)s” cannot be moved to “%(to)s”.") % labels, code="not_allowed"
        )
    if to_status in model.REASON_REQUIRED and not (reason or "").strip():
        raise ReasonRequired(_("Give a reason for moving this item to “%(to)s”.") % labels, code="reason_required")


def transition(obj, to_status, *, by, reason=""):
    """Move `obj` to `to_status`, record the decision and run the model's hooks, all in one transaction.

    The row is locked first, so of two moderators acting on the same item at once exactly one wins: the
    other gets StatusChanged because the status they saw is no longer the current one.
    """
    model = type(obj)
    reason = (reason or "").strip()
    with transaction.atomic():
        current = model._default_manager.select_for_update().only("status").get(pk=obj.pk)
        if current.status != obj.status:
            raise StatusChanged(
                _("Someone else has just moved this item to “%(status)s”. Check it again before deciding.")
                % {"status": model.status_label(current.status)},
                code="status_changed",
            )
        check_transition(model, current.status, to_status, reason)
        now = timezone.now()
        model._default_manager.filter(pk=obj.pk).update(status=to_status, status_changed_at=now)
        decision = ModerationDecision.objects.create(
            content_type=ContentType.objects.get_for_model(model),
            object_id=obj.pk,
            by=by,
            from_status=current.status,
            to_status=to_status,
            reason=reason,
            created_at=now,
        )
        obj.status, obj.status_changed_at = to_status, now
        for hook in _hooks(model, to_status):
            hook(obj, decision)
    return decision


def register_transition_hook(model, to_status, hook):
    """Run `hook(obj, decision)` whenever `model` moves to `to_status` ("*" for every move).

    Use this from other modules instead of assigning ON_TRANSITION, so that several apps can each add
    their own hooks to the same model without replacing one another's.
    """
    hooks = dict(model.ON_TRANSITION)
    current = list(hooks.get(to_status, []))
    if hook not in current:
        current.append(hook)
    hooks[to_status] = current
    model.ON_TRANSITION = hooks
    return hook


def _hooks(model, to_status):
    return [*model.ON_TRANSITION.get(to_status, []), *model.ON_TRANSITION.get("*", [])]


def assign(obj, user):
    """Give the item to a moderator (or to nobody with None)."""
    type(obj)._default_manager.filter(pk=obj.pk).update(assignee=user)
    obj.assignee = user


def add_note(obj, *, author, text):
    text = (text or "").strip()
    if not text:
        raise ValidationError(_("Write the note before saving it."), code="empty_note")
    return ModerationNote.objects.create(
        content_type=ContentType.objects.get_for_model(type(obj)), object_id=obj.pk, author=author, text=text
    )


def history(obj):
    """The item's decisions, oldest first."""
    return _about(ModerationDecision, obj).select_related("by")


def notes(obj):
    """The item's private staff notes, oldest first."""
    return _about(ModerationNote, obj).select_related("author")


def _about(record_model, obj):
    content_type = ContentType.objects.get_for_model(type(obj))
    return record_model.objects.filter(content_type=content_type, object_id=obj.pk)


def is_trust_wide(user):
    """Superusers and trust administrators see every organisation's items."""
    if user.is_superuser:
        return True
    return Group.objects.filter(name=TRUST_ADMINISTRATORS, user=user).exists()


def user_organisations(user):
    """The organisations a staff member works for, from the function named in MODERATION_USER_ORGANISATIONS.

    Organisations belong to another app; until it sets the setting, a user has none.
    """
    path = getattr(settings, "MODERATION_USER_ORGANISATIONS", None)
    return import_string(path)(user) if path else []


def visible_to(user, queryset, lookup=None):
    """The part of `queryset` that `user` may see: everything for trust-wide staff, otherwise only the
    items of their own organisations, found through `lookup` (by default the model's ORGANISATION_LOOKUP).
    Without a lookup, nothing shows to them."""
    if user is None or not user.is_authenticated or not user.is_active:
        return queryset.none()
    if is_trust_wide(user):
        return queryset
    lookup = lookup or getattr(queryset.model, "ORGANISATION_LOOKUP", None)
    if not lookup:
        return queryset.none()
    return queryset.filter(**{f"{lookup}__in": list(user_organisations(user))})


def register_moderation_queue(name, *, model, label, waiting_statuses, admin_url):
    """List a moderated model in the moderators' daily digest: each moderator is told how many of the items
    they may see are in `waiting_statuses`."""
    statuses = list(waiting_statuses)

    def count(user):
        return visible_to(user, model._default_manager.filter(status__in=statuses)).count()

    register_digest_queue(name, label=label, count=count, admin_url=admin_url)
