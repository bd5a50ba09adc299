"""The check-in page staff use on a phone at the door: find a person by name, mark them attended or not.

Only staff who have used their authenticator app this session, may change sign-ups, and work for the
event's organisation (or trust-wide) reach it. Each mark is a locked moderation transition from the
status the staff member saw, so when two people at the door mark the same person at once, one wins and
the other is shown what is now recorded. Plain forms and redirects: no JavaScript needed.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from community.models import SignUp, SignUpStatus
from community.times import event_time_in_words
from community.viewsets.attendees import access_needs_text, events_visible_to, signups_for
from sidebyside.accounts.staff import has_totp, is_staff_member, passed_mfa
from sidebyside.moderation import services

AT_THE_DOOR = [SignUpStatus.CONFIRMED, SignUpStatus.ATTENDED, SignUpStatus.NO_SHOW]
OUTCOMES = [SignUpStatus.ATTENDED, SignUpStatus.NO_SHOW]
MAX_SEARCH = 100


def checkin(request, event_id):
    refusal = staff_refusal(request)
    if refusal:
        return refusal
    event = get_object_or_404(events_visible_to(request.user), pk=event_id)
    query = (request.POST.get("q") or request.GET.get("q") or "").strip()[:MAX_SEARCH]
    if request.method == "POST":
        mark(request, event, request.POST)
        url = reverse("community:checkin", args=[event.pk])
        return HttpResponseRedirect(f"{url}?{urlencode({'q': query})}" if query else url)
    return TemplateResponse(request, "community/checkin/checkin.html", checkin_context(request, event, query))


def staff_refusal(request):
    """A response for anyone who may not use the page, or None: sign in, then MFA, then the permission."""
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not is_staff_member(user):
        raise PermissionDenied
    if not has_totp(user) or not passed_mfa(request):
        step = "mfa_activate_totp" if not has_totp(user) else "mfa_reauthenticate"
        return HttpResponseRedirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
    if not user.has_perm("community.change_signup"):
        raise PermissionDenied
    return None


def at_the_door(request, event):
    return signups_for(request.user, event).filter(status__in=AT_THE_DOOR)


def checkin_context(request, event, query):
    people = at_the_door(request, event)
    counts = dict(people.values_list("status").annotate(count=Count("pk")).values_list("status", "count"))
    shown = people.filter(name__icontains=query) if query else people
    return {
        "page_title": _("Check-in: %(event)s") % {"event": event.title},
        "event": event,
        "when": event_time_in_words(event.start, event.end),
        "query": query,
        "people": [
            {"signup": signup, "access_needs": access_needs_text(signup)} for signup in shown.order_by("name", "pk")
        ],
        "not_yet": counts.get(SignUpStatus.CONFIRMED, 0),
        "attended": counts.get(SignUpStatus.ATTENDED, 0),
        "no_show": counts.get(SignUpStatus.NO_SHOW, 0),
        "outcomes": [(status, SignUp.status_label(status)) for status in OUTCOMES],
    }


def mark(request, event, data):
    """Record one person's outcome from the status the staff member saw; say what happened, never fail."""
    signup_id, outcome, expected = data.get("signup", ""), data.get("outcome", ""), data.get("expected_status", "")
    if not signup_id.isascii() or not signup_id.isdigit() or outcome not in OUTCOMES or expected not in AT_THE_DOOR:
        messages.error(request, _("That did not work. Find the person again and choose a button."))
        return
    signup = at_the_door(request, event).filter(pk=int(signup_id)).first()
    if signup is None:
        messages.error(request, _("That person is not on the list for this event any more."))
        return
    signup.status = expected
    try:
        with transaction.atomic():
            services.transition(signup, outcome, by=request.user)
            SignUp.objects.filter(pk=signup.pk).update(checked_in_at=timezone.now())
    except services.TransitionError:
        tell_current_state(request, signup, outcome)
        return
    messages.success(
        request, _("%(name)s: %(status)s.") % {"name": signup.name, "status": SignUp.status_label(outcome)}
    )


def tell_current_state(request, signup, outcome):
    current = SignUp.objects.get(pk=signup.pk).status
    labels = {"name": signup.name, "status": SignUp.status_label(current)}
    if current == outcome:
        messages.info(request, _("%(name)s is already marked as “%(status)s”.") % labels)
    else:
        messages.warning(
            request, _("Someone else has just marked %(name)s as “%(status)s”. Check before changing it.") % labels
        )


urlpatterns = [
    path("check-in/<int:event_id>/", checkin, name="checkin"),
]
