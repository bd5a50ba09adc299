"""When staff publish a change to an event's time or place, or cancel it, everyone signed up is told, once.

On `page_published` the event is compared with the version that was live before (the revision of the
page's previous publish). Then, under the sign-up service's event lock and in one transaction:

- cancelled: each sign-up still in the running is moved to "cancelled" (reason "event cancelled") and
  sent the cancellation message;
- start, end, venue or mode changed: each active sign-up is sent the new time and place.

"Once" holds across republishing and across the event's language versions (each publishes on its own,
with its own revisions): a person is not told again about the time and place their latest notice already
gave them. The notices' idempotency keys (per sign-up, and per notice for changes) make a repeated or
concurrent run harmless.
"""

import hashlib

from django.db import transaction
from django.dispatch import receiver
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import PageLogEntry
from wagtail.signals import page_published

from community import signups
from community.models import EventPage, SignUp, SignUpStatus
from community.models.signups import ACTIVE
from community.times import event_time_in_words
from sidebyside.moderation import services
from sidebyside.notifications import notify
from sidebyside.notifications.models import OutboxMessage

WATCHED_FIELDS = ("start", "end", "venue_id", "mode")
PUBLISH_ACTIONS = ("wagtail.publish", "wagtail.publish.scheduled", "wagtail.revert")
CANCELLED_REASON = "event cancelled"
# Cancelled in this order, so nobody waiting is moved up into a place that is about to go.
CANCEL_ORDER = (SignUpStatus.PENDING, SignUpStatus.WAITLISTED, SignUpStatus.OFFERED, SignUpStatus.CONFIRMED)


@receiver(page_published, sender=EventPage)
def tell_signups_on_publish(sender, instance, revision, **kwargs):
    before = previous_live_version(instance)
    if before is None:
        return
    if instance.cancelled and not before.cancelled:
        cancel_event(instance)
    elif any(getattr(before, name) != getattr(instance, name) for name in WATCHED_FIELDS):
        tell_of_change(instance)


def previous_live_version(page):
    """The page as it was last published before now (the signal comes before this publish is logged)."""
    entry = (
        PageLogEntry.objects.filter(page_id=page.pk, action__in=PUBLISH_ACTIONS, revision__isnull=False)
        .select_related("revision")
        .order_by("-timestamp", "-pk")
        .first()
    )
    return entry.revision.as_object() if entry else None


# --- cancelled -----------------------------------------------------------------------------------------


def cancel_event(event):
    """Cancel every sign-up still in the running and tell each person, all in one transaction."""
    with transaction.atomic():
        signups.lock_event(event)
        waiting = SignUp.objects.filter(event_key=event.translation_key, status__in=CANCEL_ORDER).select_related(
            "event"
        )
        for signup in sorted(waiting, key=lambda item: (CANCEL_ORDER.index(item.status), item.created_at, item.pk)):
            services.transition(signup, SignUpStatus.CANCELLED, by=None, reason=CANCELLED_REASON)
            notify(
                signup,
                "event_cancelled",
                {**about_event(event, signup), "message": event.cancellation_message},
                idempotency_key=f"event-cancelled:{signup.pk}",
                language=signup.language,
            )


# --- time or place changed -----------------------------------------------------------------------------


def tell_of_change(event):
    """Send each active sign-up the new time and place, unless their latest notice already gave them it."""
    version = version_of(event)
    with transaction.atomic():
        signups.lock_event(event)
        active = SignUp.objects.filter(event_key=event.translation_key, status__in=ACTIVE).select_related("event")
        earlier = earlier_notices(event)
        for signup in active:
            told = earlier.get(signup.pk, [])
            if told and told[-1] == version:
                continue
            context = {
                **about_event(event, signup),
                "cancel_path": signups.cancel_path(signup),
                "signup": signup.pk,
                "event_key": str(event.translation_key),
                "version": version,
            }
            notify(
                signup,
                "event_changed",
                context,
                idempotency_key=f"event-changed:{signup.pk}:{len(told) + 1}",
                language=signup.language,
            )


def version_of(event):
    """A short fingerprint of the event's time and place."""
    values = "|".join(str(getattr(event, name)) for name in WATCHED_FIELDS)
    return hashlib.sha256(values.encode()).hexdigest()[:16]


def earlier_notices(event):
    """{sign-up pk: [version of each change notice sent, oldest first]}, in one query."""
    notices = OutboxMessage.objects.filter(template="event_changed", context__event_key=str(event.translation_key))
    told = {}
    for context in notices.order_by("created_at", "pk").values_list("context", flat=True):
        told.setdefault(context.get("signup"), []).append(context.get("version"))
    return told


# --- what the messages say -----------------------------------------------------------------------------


def about_event(event, signup):
    """The event's title, time and place in the person's language (JSON-serialisable)."""
    page = signup.event if signup.event_id else event
    with translation.override(signup.language):
        return {
            "name": signup.name,
            "event": page.title,
            "when": event_time_in_words(event.start, event.end),
            "where": place_in_words(event),
            "event_url": page.get_full_url() if page.live else "",
        }


def place_in_words(event):
    parts = []
    if event.venue_id:
        venue = event.venue.localized
        parts.append(", ".join(part for part in (venue.name, " ".join(venue.address.split()), venue.postcode) if part))
    if event.mode in ("online", "both"):
        parts.append(str(_("Online")))
    return ". ".join(parts)
