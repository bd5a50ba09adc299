"""Staff decisions on sign-ups that change who holds a place, made under the sign-up service's event lock.

Approving a pending sign-up takes a place only if one is free (and nobody is already waiting for one);
otherwise the person goes on the waiting list, or, with no waiting list, the approval is refused.
Cancelling goes through `signups.cancel`, which gives the freed place to the next person waiting.
Every other move (reject, waiting list, attended, did not attend) changes no place and is a plain
moderation transition.
"""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from community import signups
from community.models import SignUp, SignUpStatus
from sidebyside.moderation import services


def approve(signup, *, by):
    """Confirm `signup` if the event has a free place, else put it on the waiting list. Returns the new status.

    Raises SignUpRefused when the event is full and has no waiting list; nothing changes then.
    """
    with transaction.atomic():
        event = signups.event_for(signup)
        canonical = signups.lock_event(event) if event is not None else None
        if canonical is None:
            raise signups.SignUpRefused(_("This event no longer exists."), code="gone")
        status = _status_on_approval(canonical)
        services.transition(signup, status, by=by)
        signups.tell_the_person(signup, str(status))
        if status == SignUpStatus.CONFIRMED:
            signups.alert_organisers(canonical)
    return status


def _status_on_approval(canonical):
    key = canonical.translation_key
    someone_waiting = SignUp.objects.filter(event_key=key, status=SignUpStatus.WAITLISTED).exists()
    if signups.places_held(key) < canonical.capacity and not someone_waiting:
        return SignUpStatus.CONFIRMED
    if canonical.waiting_list:
        return SignUpStatus.WAITLISTED
    raise signups.SignUpRefused(
        _("The event is full and has no waiting list, so this person cannot be approved now."), code="full"
    )


def move(signup, to_status, *, by, reason=""):
    """Move `signup` to `to_status` the way that keeps the places right. Returns the status it ended in."""
    if to_status == SignUpStatus.CONFIRMED and signup.status == SignUpStatus.PENDING:
        return approve(signup, by=by)
    if to_status == SignUpStatus.CONFIRMED and signup.status == SignUpStatus.WAITLISTED:
        # Someone waiting is moved up only by the service, in queue order, when a place is free.
        raise services.TransitionNotAllowed(
            _("People on the waiting list get a place by themselves, in turn, when one is free."), code="queue"
        )
    if to_status == SignUpStatus.CANCELLED:
        signups.cancel(signup, by=by, reason=reason)
        return to_status
    services.transition(signup, to_status, by=by, reason=reason)
    return to_status
