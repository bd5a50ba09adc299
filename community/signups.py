"""Signing up for events: the one place that decides who gets a place, who waits and who is promoted.

Everything that changes how many places are taken goes through here, inside one transaction that first
locks the event's row (`select_for_update`), so the capacity holds however many requests arrive at once:

    signup, created = sign_up(event, person, by=None)      # staff (or code) adding someone
    signup, outcome = sign_up_from_the_form(event, person)  # the event page's form: tells the visitor nothing
                                                            # of anyone else's sign-up
    cancel(signup, by=None, reason="")                      # frees the place and promotes the next person
    promote_waiting(event)                                  # after capacity is raised or a place is freed
    expire_offers(now=None)                                 # offers not accepted in time go to the next person
    accept_offer(signup)
    decide(signup, to_status, by=staff, reason="")         # a moderator's decision in the admin queue

`person` is a dict of SignUp fields (name, email, phone, preferred_contact, language, access_needs, ...,
answers), plus optionally `user` (the member signing up) and `consent_wording_version`.

Every language version of an event shares one capacity. The lock is taken on one canonical row per event
(the smallest pk among the event's translations, live or not, so that two requests can never pick
different rows), and the event's settings (capacity, waiting list, dates) are read from that locked row.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Case, Q, Value, When
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from community.models import EventIndexPage, EventPage, SignUp, SignUpStatus
from community.models.signups import ENDED, HOLDS_A_PLACE
from community.times import event_time_in_words, moment_in_words
from opportunities.models.interests import normalise_email, normalise_phone
from sidebyside.accounts.consent import record_consent
from sidebyside.accounts.models import ConsentMethod, ConsentTopic
from sidebyside.moderation.models import ModerationDecision
from sidebyside.moderation.services import TransitionNotAllowed, transition
from sidebyside.notifications import notify

# Raise it whenever the consent wording in the sign-up form changes: each consent records the version.
CONSENT_WORDING_VERSION = "event-signup-2026-11"
OFFER_SALT = "community.offer"
OFFER_EXPIRED = "offer expired"
ALERT_THRESHOLDS = (80, 100)

PERSON_FIELDS = [
    "name",
    "preferred_contact",
    "email",
    "phone",
    "language",
    "access_needs",
    "access_needs_details",
    "under_16",
    "guardian_name",
    "guardian_contact",
    "answers",
]


class SignUpRefused(ValidationError):
    """The event cannot take this sign-up (not open, closed, past, cancelled, or full with no waiting list)."""


# --- locking and counting ----------------------------------------------------------------------------


def lock_event(event):
    """Lock and return the event's canonical row: every language version queues on this one row."""
    return (
        EventPage.objects.select_for_update(of=("self",))
        .filter(translation_key=event.translation_key)
        .order_by("pk")
        .first()
    )


def places_held(event_key):
    return SignUp.objects.filter(event_key=event_key, status__in=HOLDS_A_PLACE).count()


def find_existing(event, *, email="", phone="", user=None, name=""):
    """The person's sign-up for this event (in any language) that has not ended, if they have one.

    With `name`, a phone number is the same person only under the same name: people in one household often
    share a phone, and come to an event together."""
    same_person = Q(pk__in=[])
    if normalise_email(email):
        same_person |= Q(email_normalised=normalise_email(email))
    if normalise_phone(phone):
        by_phone = Q(phone_normalised=normalise_phone(phone))
        if " ".join(name.split()):
            by_phone &= Q(name__iexact=" ".join(name.split()))
        same_person |= by_phone
    if user is not None and user.is_authenticated:
        same_person |= Q(user=user)
    return (
        SignUp.objects.filter(same_person, event_key=event.translation_key)
        .exclude(status__in=ENDED)
        .order_by("created_at", "pk")
        .first()
    )


def signup_state(event):
    """Why sign-up is closed ("cancelled", "past", "not_open", "closed"), or "open"."""
    if event.cancelled:
        return "cancelled"
    if event.is_past:
        return "past"
    if event.signup_not_open_yet:
        return "not_open"
    if event.signup_has_closed:
        return "closed"
    return "open"


REFUSALS = {
    "cancelled": _("This event has been cancelled, so you cannot sign up."),
    "past": _("This event has already started or finished, so you cannot sign up."),
    "not_open": _("Sign-up for this event is not open yet."),
    "closed": _("Sign-up for this event has closed."),
    "full": _("This event is full and has no waiting list."),
}


# --- signing up --------------------------------------------------------------------------------------


def sign_up(event, person, *, by=None):
    """Give `person` a place, a place on the waiting list, or a pending sign-up. Returns (signup, created).

    Someone already signed up (same email, phone or account) gets their existing sign-up back with
    created=False. Raises SignUpRefused when the event cannot take them; nothing is saved then.
    """
    member = _member(person)
    with transaction.atomic():
        canonical = lock_event(event)
        existing = find_existing(
            event,
            email=person.get("email", ""),
            phone=person.get("phone", ""),
            user=member,
            name=person.get("name", ""),
        )
        if existing:
            return existing, False
        status = _status_for_newcomer(canonical, by=by)
        signup = _create(event, person, member=member, by=by, status=status)
        _after_creating(signup, event, canonical, member=member, by=by)
    return signup, True


# What sign_up_from_the_form did.
CREATED = "created"
THEIRS = "theirs"
ASKED_AGAIN = "asked again"


def sign_up_from_the_form(event, person):
    """Sign a visitor up from the event page's form, without telling them whether anyone else has signed up.

    Returns (signup, outcome):

    - CREATED: a new sign-up, as sign_up makes it.
    - THEIRS: the signed-in member's own sign-up (made with their account or their account's email
      address), which they may see, as the event page shows it to them anyway.
    - ASKED_AGAIN: the details match someone else's sign-up, or a guest's (perhaps the visitor's own, but a
      guest cannot show that it is theirs). Saying so would tell anyone who types in another person's email
      address which events that person signs up for. So nothing is saved, the person whose sign-up it is
      is told (at most once a day), and `signup` is an unsaved SignUp of what the visitor typed, with the
      status a newcomer would get now, so that the visitor sees what a new sign-up shows.

    Raises SignUpRefused when the event cannot take a newcomer, whether or not the details match someone.
    """
    member = _member(person)
    with transaction.atomic():
        canonical = lock_event(event)
        if member is not None:
            theirs = find_existing(event, email=member.email, user=member)
            if theirs is not None:
                return theirs, THEIRS
        existing = find_existing(
            event, email=person.get("email", ""), phone=person.get("phone", ""), name=person.get("name", "")
        )
        status = _status_for_newcomer(canonical, by=None)
        if existing is None:
            signup = _create(event, person, member=member, by=None, status=status)
            _after_creating(signup, event, canonical, member=member, by=None)
            return signup, CREATED
        tell_asked_again(existing)
    return _as_typed(event, person, status), ASKED_AGAIN


def _member(person):
    member = person.get("user")
    return member if member is not None and member.is_authenticated else None


def _after_creating(signup, event, canonical, *, member, by):
    record_decision(signup, by=by or member, to_status=signup.status)
    record_consent(
        ConsentTopic.CONTACT_ABOUT_OPPORTUNITY,
        wording_version=signup.consent_wording_version,
        method=ConsentMethod.PHONE if by is not None else ConsentMethod.WEB_FORM,
        user=member,
        email=signup.email,
        subject=event.title[:200],
    )
    tell_the_person(signup, signup.status)
    if signup.status in HOLDS_A_PLACE:
        alert_organisers(canonical)


def _as_typed(event, person, status):
    """An unsaved sign-up with only what the visitor typed and the status a newcomer would have got."""
    return SignUp(
        event=event,
        event_key=event.translation_key,
        event_title=event.title,
        email=person.get("email", ""),
        preferred_contact=person.get("preferred_contact", ""),
        language=person.get("language") or translation.get_language() or settings.LANGUAGE_CODE,
        status=status,
    )


def _status_for_newcomer(canonical, *, by):
    state = signup_state(canonical)
    # Staff may add someone who phoned in outside the sign-up dates, but not to a past or cancelled event.
    if state in ("cancelled", "past") or (state != "open" and by is None):
        raise SignUpRefused(REFUSALS[state], code=state)
    if canonical.needs_approval:
        return SignUpStatus.PENDING
    queue_exists = SignUp.objects.filter(event_key=canonical.translation_key, status=SignUpStatus.WAITLISTED).exists()
    if places_held(canonical.translation_key) < canonical.capacity and not queue_exists:
        return SignUpStatus.CONFIRMED
    if canonical.waiting_list:
        return SignUpStatus.WAITLISTED
    raise SignUpRefused(REFUSALS["full"], code="full")


def _create(event, person, *, member, by, status):
    fields = {name: person[name] for name in PERSON_FIELDS if name in person}
    fields.setdefault("language", translation.get_language() or settings.LANGUAGE_CODE)
    return SignUp.objects.create(
        event=event,
        event_key=event.translation_key,
        event_title=event.title,
        organisation_id=event.organisation_id,
        user=member,
        added_by=by,
        status=status,
        consent_wording_version=person.get("consent_wording_version", CONSENT_WORDING_VERSION),
        **fields,
    )


def record_decision(signup, *, by, to_status, from_status="", reason=""):
    """The first entry in the sign-up's audit trail (services.transition writes the later ones)."""
    return ModerationDecision.objects.create(
        content_type=ContentType.objects.get_for_model(SignUp),
        object_id=signup.pk,
        by=by,
        from_status=from_status,
        to_status=to_status,
        reason=reason,
    )


# --- cancelling and the waiting list -----------------------------------------------------------------


def cancel(signup, by=None, reason="", *, quiet=False):
    """Cancel `signup` and give any freed place to the next person waiting, in one transaction.
    The person is told unless `quiet` (their offer ran out, or they are deleting their account)."""
    with transaction.atomic():
        canonical = _lock_for(signup)
        decision = transition(signup, SignUpStatus.CANCELLED, by=by, reason=reason)
        if not quiet:
            tell_the_person(signup, "cancelled")
        if canonical is not None:
            promote_waiting(canonical)
    return decision


def promote_waiting(event):
    """While places are free, move the first people waiting up: confirmed at once, or offered the place
    for `offer_hours` hours. Each is told. Returns the sign-ups promoted."""
    promoted = []
    with transaction.atomic():
        canonical = lock_event(event)
        if canonical is None or signup_state(canonical) in ("cancelled", "past"):
            return promoted
        free = canonical.capacity - places_held(canonical.translation_key)
        if free <= 0:
            return promoted
        waiting = SignUp.objects.filter(event_key=canonical.translation_key, status=SignUpStatus.WAITLISTED)
        for signup in waiting.order_by("created_at", "pk")[:free]:
            _promote(signup, canonical)
            promoted.append(signup)
        if promoted:
            alert_organisers(canonical)
    return promoted


def _promote(signup, canonical):
    if canonical.offer_hours > 0:
        transition(signup, SignUpStatus.OFFERED, by=None)
        signup.offer_expires_at = timezone.now() + timedelta(hours=canonical.offer_hours)
        SignUp.objects.filter(pk=signup.pk).update(offer_expires_at=signup.offer_expires_at)
        tell_the_person(signup, "offered")
    else:
        transition(signup, SignUpStatus.CONFIRMED, by=None)
        tell_the_person(signup, "promoted")


def accept_offer(signup):
    """Take up an offered place. Raises SignUpRefused if the offer has ended (an offer found to have run
    out is ended first, and the place offered to the next person, before the refusal is raised)."""
    with transaction.atomic():
        _lock_for(signup)
        signup.refresh_from_db()
        if signup.status == SignUpStatus.CONFIRMED:
            return signup
        refusal = _offer_refusal(signup)
        if refusal is None:
            transition(signup, SignUpStatus.CONFIRMED, by=signup.user)
            SignUp.objects.filter(pk=signup.pk).update(offer_expires_at=None)
            signup.offer_expires_at = None
            tell_the_person(signup, "confirmed")
    if refusal is not None:
        raise refusal
    return signup


def _offer_refusal(signup):
    if signup.status != SignUpStatus.OFFERED:
        return SignUpRefused(_("This offer has ended."), code="ended")
    if offer_has_expired(signup):
        _expire(signup)
        return SignUpRefused(_("This offer has ended, so the place has gone to the next person."), code="expired")
    return None


def offer_has_expired(signup, now=None):
    return bool(signup.offer_expires_at and signup.offer_expires_at <= (now or timezone.now()))


def expire_offers(now=None):
    """Cancel offers not taken up in time, and offer each freed place to the next person. Returns how many
    offers ended. Safe to run late, twice or in parallel: each offer is re-checked under the event's lock."""
    now = now or timezone.now()
    ended = 0
    due = SignUp.objects.filter(status=SignUpStatus.OFFERED, offer_expires_at__lte=now).values_list("pk", flat=True)
    for pk in list(due):
        with transaction.atomic():
            signup = SignUp.objects.filter(pk=pk).first()
            if signup is None:
                continue
            _lock_for(signup)
            signup.refresh_from_db()
            if signup.status == SignUpStatus.OFFERED and signup.offer_expires_at and signup.offer_expires_at <= now:
                _expire(signup)
                ended += 1
    return ended


def _expire(signup):
    tell_the_person(signup, "offer_expired")
    cancel(signup, by=None, reason=OFFER_EXPIRED, quiet=True)


# --- staff decisions in the admin queue ---------------------------------------------------------------


def decide(signup, to_status, *, by, reason=""):
    """Move `signup` to `to_status` for a moderator, the way that keeps the places right. Returns the status
    it ended in (approving a sign-up when the event is full puts it on the waiting list instead).

    Approving takes a place under the event's lock; cancelling frees one and promotes the next person;
    someone waiting is moved up only by `promote_waiting`, in turn; a pending sign-up put on the waiting list
    is told so. Every other move (not approved, attended, did not attend) changes no place and is a plain
    moderation transition, whose hooks (community/pipeline.py) tell the person and let the waiting list move.
    Raises the moderation errors (TransitionError) or SignUpRefused; nothing changes then.
    """
    if to_status == SignUpStatus.CONFIRMED and signup.status == SignUpStatus.PENDING:
        return approve(signup, by=by)
    if to_status == SignUpStatus.CONFIRMED and signup.status == SignUpStatus.WAITLISTED:
        raise TransitionNotAllowed(
            _("People on the waiting list get a place by themselves, in turn, when one is free."), code="queue"
        )
    if to_status == SignUpStatus.WAITLISTED and signup.status == SignUpStatus.PENDING:
        # The person was told "we will tell you when they have decided": they hear that they are waiting.
        with transaction.atomic():
            canonical = _lock_for(signup)
            if canonical is not None and _has_a_free_place(canonical):
                # Else everyone who signs up after them would queue behind them while places stay empty.
                raise TransitionNotAllowed(
                    _("There is a free place at this event. Approve the sign-up to give it to them instead."),
                    code="free_place",
                )
            transition(signup, to_status, by=by, reason=reason)
            tell_the_person(signup, "waitlisted")
        return to_status
    if to_status == SignUpStatus.CANCELLED:
        cancel(signup, by=by, reason=reason)
        return to_status
    transition(signup, to_status, by=by, reason=reason)
    return to_status


def approve(signup, *, by):
    """Confirm a pending `signup` if the event has a free place (and nobody is already waiting for one),
    else put it on the waiting list; the person is told either way. Returns the new status.

    Raises SignUpRefused when the event is gone, or full with no waiting list; nothing changes then.
    """
    with transaction.atomic():
        event = event_for(signup)
        canonical = lock_event(event) if event is not None else None
        if canonical is None:
            raise SignUpRefused(_("This event no longer exists."), code="gone")
        status = _status_on_approval(canonical)
        transition(signup, status, by=by)
        tell_the_person(signup, str(status))
        if status == SignUpStatus.CONFIRMED:
            alert_organisers(canonical)
    return status


def _has_a_free_place(canonical):
    """A place nobody holds, and nobody on the waiting list to take it first."""
    key = canonical.translation_key
    someone_waiting = SignUp.objects.filter(event_key=key, status=SignUpStatus.WAITLISTED).exists()
    return places_held(key) < canonical.capacity and not someone_waiting


def _status_on_approval(canonical):
    if _has_a_free_place(canonical):
        return SignUpStatus.CONFIRMED
    if canonical.waiting_list:
        return SignUpStatus.WAITLISTED
    raise SignUpRefused(
        _("The event is full and has no waiting list, so this person cannot be approved now."), code="full"
    )


def _lock_for(signup):
    event = EventPage.objects.filter(translation_key=signup.event_key).order_by("pk").first()
    return lock_event(event) if event is not None else None


def event_for(signup):
    """The sign-up's event page (its own language version if it still exists, else the canonical one)."""
    if signup.event_id:
        return signup.event
    return EventPage.objects.filter(translation_key=signup.event_key).order_by("pk").first()


# --- links and messages ------------------------------------------------------------------------------


def cancel_path(signup):
    with translation.override(signup.language):
        return reverse("community:cancel_signup", args=[signup.token])


def offer_token(signup):
    return signing.dumps(signup.token, salt=OFFER_SALT)


def signup_for_offer_token(token):
    try:
        value = signing.loads(token, salt=OFFER_SALT)
    except signing.BadSignature:
        return None
    return SignUp.objects.filter(token=value).first() if isinstance(value, str) else None


def accept_path(signup):
    with translation.override(signup.language):
        return reverse("community:accept_offer", args=[offer_token(signup)])


def tell_the_person(signup, kind):
    """A message in the person's language: confirmed, waitlisted, pending, promoted, offered, offer_expired,
    cancelled. The confirmation of a place carries the event's calendar file."""
    event = event_for(signup)
    with translation.override(signup.language):
        context = {
            "kind": str(kind),
            "name": signup.name,
            "event": signup.event_title,
            "when": event_time_in_words(event.start, event.end) if event else "",
            "event_url": event.get_full_url() if event and event.live else "",
            "cancel_path": cancel_path(signup),
            "accept_path": accept_path(signup) if kind == "offered" else "",
            "offer_expires_at": _local_text(signup.offer_expires_at) if kind == "offered" else "",
            "joining_link": event.joining_link if event and kind in ("confirmed", "promoted") else "",
            "is_member": signup.user_id is not None,
        }
    attachments = []
    if kind in ("confirmed", "promoted"):
        attachments.append(
            {
                "builder": "community.calendar.event_ics_for_signup",
                "args": {"signup_id": signup.pk},
                "filename": "event.ics",
                "mimetype": "text/calendar",
            }
        )
    notify(
        signup,
        "event_signup",
        context,
        idempotency_key=f"event-signup:{signup.pk}:{kind}:{signup.status_changed_at or signup.created_at}",
        language=signup.language,
        attachments=attachments,
    )


def tell_asked_again(signup):
    """Tell the person that someone (perhaps them) used their details to sign up for the event again: the
    visitor was shown what a new sign-up shows, so the person hears it here instead, in their language and
    the way they chose, at most once a day. Call it only for a sign-up already saved (committed)."""
    notify(
        signup,
        "event_signup_asked_again",
        {"name": signup.name, "event": signup.event_title},
        idempotency_key=f"event-signup-again:{signup.pk}:{timezone.localdate().isoformat()}",
        language=signup.language,
    )


def tell_not_approved(signup, decision):
    """Tell the person, kindly and in their language, that their sign-up was not approved, and where to find
    other events. Staff's reason stays in the sign-up's history, as it does when an expression of interest
    does not proceed: it is written for colleagues, in their language, not for the person."""
    event = event_for(signup)
    with translation.override(signup.language):
        context = {
            "name": signup.name,
            "event": signup.event_title,
            "when": event_time_in_words(event.start, event.end) if event else "",
            "events_url": other_events_url(signup, event),
        }
    notify(
        signup,
        "event_signup_rejected",
        context,
        idempotency_key=f"event-signup:{signup.pk}:rejected:{decision.pk}",
        language=signup.language,
    )


def other_events_url(signup, event=None):
    """A live, public events listing to find another event in: the listing of the person's event (in their
    own language if it has one), else another listing, in their language first. "" if there is none."""
    listings = EventIndexPage.objects.live().public()
    parent = event.get_parent() if event is not None else None
    same_listing = Value(1)
    if parent is not None:
        same_listing = Case(When(translation_key=parent.translation_key, then=Value(0)), default=Value(1))
    their_language = Case(When(locale__language_code=signup.language, then=Value(0)), default=Value(1))
    listing = (
        listings.annotate(sbs_same=same_listing, sbs_language=their_language)
        .order_by("sbs_same", "sbs_language", "path")
        .first()
    )
    return listing.get_full_url() if listing is not None else ""


def _local_text(moment):
    return moment_in_words(moment) if moment else ""


def organiser_address(event):
    from opportunities.pipeline import staff_address

    return staff_address(event)


def alert_organisers(canonical):
    """Tell the organisers once when places held reach 80% and once when they reach 100%."""
    if not canonical.capacity:
        return
    held = places_held(canonical.translation_key)
    address = organiser_address(canonical)
    if not address:
        return
    for threshold in ALERT_THRESHOLDS:
        if held * 100 >= threshold * canonical.capacity:
            notify(
                address,
                "event_places_alert",
                {
                    "event": canonical.title,
                    "threshold": threshold,
                    "held": held,
                    "capacity": canonical.capacity,
                    "admin_path": reverse("wagtailadmin_pages:edit", args=[canonical.pk]),
                },
                idempotency_key=f"event-places:{canonical.translation_key}:{threshold}",
                language=settings.LANGUAGE_CODE,
            )
