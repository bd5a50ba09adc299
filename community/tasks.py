"""django-q2 tasks of the events app (schedules: migrations/0003_event_schedules.py).

`send_event_reminders` (every 15 minutes) tells everyone with a confirmed place about their event twice:
`reminder_days` days before it, and on its morning (from 07:00 London time, until it starts). Each kind
goes at most once per sign-up (idempotency key `event-reminder:<sign-up>:<kind>`), so a run that is late,
repeated or overlapping another sends nothing twice. A run that is so late the morning reminder is due
skips the days-before one: it would only say the same thing again. Someone who signed up after the
days-before reminder was due has just had their confirmation, so they get only the morning one.

`send_feedback_requests` (hourly) asks each attendee of an event that ended (at least FEEDBACK_DELAY ago,
so staff can finish marking who came) for feedback, once (key `event-feedback-request:<sign-up>`).
Attendees are those marked as attended; when nobody was marked at the door, everyone confirmed.
"""

import datetime
import logging

from django.db import transaction
from django.db.models import Exists, Max, OuterRef
from django.utils import timezone, translation

from sidebyside.notifications import notify
from sidebyside.notifications.models import OutboxMessage

from .feedback import feedback_path
from .models import EventMode, EventPage, SignUp, SignUpStatus
from .signups import cancel_path
from .times import event_time_in_words

logger = logging.getLogger(__name__)

BATCH_SIZE = 500
MORNING_HOUR = 7
BEFORE = "before"
MORNING = "morning"
FEEDBACK_DELAY = datetime.timedelta(hours=2)
# Events that ended longer ago than this are not asked about (nor is a backlog sent after an outage).
FEEDBACK_WINDOW = datetime.timedelta(days=7)


# Reminders ----------------------------------------------------------------------------------------------


def send_event_reminders(now=None):
    """Queue the reminders that are due and not yet sent. Returns how many were queued."""
    now = now or timezone.now()
    queued = 0
    for batch in batches(reminder_candidates(now)):
        already_sent = used_keys([reminder_key(signup, kind) for signup in batch for kind in (BEFORE, MORNING)])
        due = [(signup, kind) for signup in batch for kind in due_reminders(signup, now)]
        due = [(signup, kind) for signup, kind in due if reminder_key(signup, kind) not in already_sent]
        with transaction.atomic():
            for signup, kind in due:
                notify(
                    signup,
                    "event_reminder",
                    reminder_context(signup, kind),
                    idempotency_key=reminder_key(signup, kind),
                    language=signup.language,
                )
        queued += len(due)
    logger.info("event reminders queued: %s", queued)
    return queued


def reminder_candidates(now):
    """Confirmed sign-ups of live, not cancelled events that start within the longest reminder period."""
    upcoming = EventPage.objects.live().filter(start__gt=now, cancelled=False)
    longest = upcoming.aggregate(days=Max("reminder_days"))["days"]
    if longest is None:
        return SignUp.objects.none()
    # A cancelled language version cancels the event in every language.
    cancelled = EventPage.objects.filter(translation_key=OuterRef("event_key"), cancelled=True)
    horizon = now + datetime.timedelta(days=max(longest, 1))
    return (
        SignUp.objects.filter(
            status=SignUpStatus.CONFIRMED,
            event__live=True,
            event__cancelled=False,
            event__start__gt=now,
            event__start__lte=horizon,
        )
        .exclude(Exists(cancelled))
        .select_related("event", "event__venue")
        .order_by("pk")
    )


def morning_of(start):
    """07:00 London time on the day the event starts (the right UTC moment in summer and winter)."""
    day = timezone.localtime(start).date()
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(MORNING_HOUR)))


def due_reminders(signup, now):
    event = signup.event
    if now >= event.start:
        return []
    morning = morning_of(event.start)
    if morning <= now:
        return [MORNING]
    before = event.start - datetime.timedelta(days=event.reminder_days)
    if event.reminder_days and before <= now and signup.created_at < before:
        return [BEFORE]
    return []


def reminder_key(signup, kind):
    return f"event-reminder:{signup.pk}:{kind}"


def reminder_context(signup, kind):
    event = signup.event
    with translation.override(signup.language):
        return {
            "name": signup.name,
            "title": event.title,
            "kind": kind,
            "when": event_time_in_words(event.start, event.end),
            "in_person": event.mode in (EventMode.IN_PERSON, EventMode.BOTH),
            "online": event.mode in (EventMode.ONLINE, EventMode.BOTH),
            "venue": venue_details(event.venue),
            "joining_link": event.joining_link if signup.status == SignUpStatus.CONFIRMED else "",
            "cancel_path": cancel_path(signup),
        }


def venue_details(venue):
    if venue is None:
        return None
    return {"name": venue.name, "address": venue.address, "postcode": venue.postcode, "map_url": venue.map_url}


def batches(queryset):
    batch = []
    for item in queryset.iterator(chunk_size=BATCH_SIZE):
        batch.append(item)
        if len(batch) >= BATCH_SIZE:
            yield batch
            batch = []
    if batch:
        yield batch


def used_keys(keys):
    return set(OutboxMessage.objects.filter(idempotency_key__in=keys).values_list("idempotency_key", flat=True))


# Feedback requests -------------------------------------------------------------------------------------


def send_feedback_requests(now=None):
    """Ask each attendee of recently ended events for feedback, once. Returns how many were queued."""
    now = now or timezone.now()
    queued = 0
    for batch in batches(feedback_candidates(now)):
        already_sent = used_keys([feedback_key(signup) for signup in batch])
        due = [signup for signup in batch if feedback_key(signup) not in already_sent]
        with transaction.atomic():
            for signup in due:
                notify(
                    signup,
                    "event_feedback_request",
                    feedback_context(signup),
                    idempotency_key=feedback_key(signup),
                    language=signup.language,
                )
        queued += len(due)
    logger.info("event feedback requests queued: %s", queued)
    return queued


def feedback_candidates(now):
    ended = now - FEEDBACK_DELAY
    marked_at_door = SignUp.objects.filter(
        event_key=OuterRef("event_key"), status__in=[SignUpStatus.ATTENDED, SignUpStatus.NO_SHOW]
    )
    cancelled = EventPage.objects.filter(translation_key=OuterRef("event_key"), cancelled=True)
    signups = SignUp.objects.filter(
        event__end__lte=ended,
        event__end__gt=ended - FEEDBACK_WINDOW,
        status__in=[SignUpStatus.ATTENDED, SignUpStatus.CONFIRMED],
        feedback__isnull=True,
    ).exclude(Exists(cancelled))
    attended = signups.filter(status=SignUpStatus.ATTENDED)
    confirmed_without_check_in = signups.filter(status=SignUpStatus.CONFIRMED).exclude(Exists(marked_at_door))
    return (attended | confirmed_without_check_in).select_related("event").order_by("pk")


def feedback_key(signup):
    return f"event-feedback-request:{signup.pk}"


def feedback_context(signup):
    event = signup.event
    with translation.override(signup.language):
        return {
            "name": signup.name,
            "title": event.title,
            "when": event_time_in_words(event.start, event.end),
            "feedback_path": feedback_path(signup),
        }


# Buddy check-ins (schedule: migrations/0008_buddies_permissions.py) -----------------------------------


def send_buddy_checkins(now=None):
    """Daily at 10:00: ask both people of each buddy match how it is going, two weeks after it started
    and after it ended (community.buddies.send_checkins; each check-in once)."""
    from .buddies import send_checkins

    made = send_checkins(now)
    logger.info("buddy check-ins sent: %s", made)
    return made
