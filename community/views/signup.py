"""The event page with its sign-up form, the signed-up page, cancelling by link and accepting an offer.

Cancelling and accepting need no sign-in: the link in the person's message carries their sign-up's secret
token (the accept link a signed copy of it). Members reach the same cancel page from My involvement.
"""

from django.db import IntegrityError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from community import signups
from community.forms.signup import SignUpForm, initial_for_member
from community.models import SignUp, SignUpStatus
from community.models.signups import ENDED
from sidebyside.core.antispam import rate_limited
from sidebyside.core.receipts import just_submitted, remember_submission, remember_unsaved
from sidebyside.core.tokens import is_secret_token, new_token
from sidebyside.moderation.services import TransitionError

SIGNED_UP_SESSION_KEY = "community.signed_up"
RATE_LIMIT_SCOPE = "event_signup"


# --- the event page and its form --------------------------------------------------------------------


def event_page(page, request):
    if request.method == "POST":
        return _submit(page, request)
    existing = _members_signup(page, request.user)
    form = None
    if existing is None and page.signup_is_open and _can_take_more(page):
        form = SignUpForm(page=page, initial=initial_for_member(request))
    return _render(page, request, form, existing=existing)


def _submit(page, request):
    if not page.signup_is_open or not _can_take_more(page):
        # Closed or full since the person opened the page: the page says so, and nothing is saved.
        return _render(page, request, None)
    limited = rate_limited(request, RATE_LIMIT_SCOPE)
    if limited:
        return limited
    form = SignUpForm(request.POST, page=page)
    if not form.is_valid():
        return _render(page, request, form)
    # Only a valid submission counts against the address, so nobody can lock out someone else's.
    limited = rate_limited(request, RATE_LIMIT_SCOPE, email=form.cleaned_data["email"], count_ip=False)
    if limited:
        return limited
    person = {**form.person(), "user": request.user, "language": translation.get_language()}
    try:
        try:
            signup, outcome = signups.sign_up_from_the_form(page, person)
        except IntegrityError:
            # Another submission with the same details won the race for the unique constraint, and is saved
            # now: asking again gives the answer anyone sending those details gets.
            signup, outcome = signups.sign_up_from_the_form(page, person)
    except signups.SignUpRefused as refusal:
        return _render(page, request, None, refusal=refusal.messages[0])
    if outcome == signups.THEIRS:
        return _render(page, request, None, existing=signup)
    if outcome == signups.ASKED_AGAIN:
        # What a new sign-up shows, from what the visitor typed: nothing of the sign-up their details match.
        # Its cancel link carries a fresh random token, like a new sign-up's, that belongs to no sign-up.
        typed = {name: getattr(signup, name) for name in ("email", "preferred_contact", "status", "language")}
        remember_unsaved(request, SIGNED_UP_SESSION_KEY, page, {**typed, "token": new_token()})
    else:
        remember_submission(request, SIGNED_UP_SESSION_KEY, page, signup)
    return HttpResponseRedirect(page.url + page.reverse_subpage("signed_up"))


def _can_take_more(page):
    return page.waiting_list or page.needs_approval or not page.is_full


def _render(page, request, form, *, existing=None, refusal=""):
    context = page.get_context(request)
    context.update(
        {
            "signup_form": form,
            "existing_signup": existing,
            "signup_refusal": refusal,
            "signup_will_wait": form is not None and page.is_full and not page.needs_approval,
        }
    )
    response = TemplateResponse(request, page.get_template(request), context)
    if existing is not None or form is not None and form.is_bound:
        add_never_cache_headers(response)  # it shows the person's own details
    return response


def _members_signup(page, user):
    if not user.is_authenticated:
        return None
    return signups.find_existing(page, email=user.email, user=user)


# --- the signed-up page -----------------------------------------------------------------------------


def signed_up(page, request):
    signup = just_submitted(request, SIGNED_UP_SESSION_KEY, page, SignUp.objects)
    if signup is None:
        return HttpResponseRedirect(page.url)
    response = TemplateResponse(
        request,
        "community/signed_up.html",
        {
            "page": page,
            "self": page,
            "signup": signup,
            "cancel_path": signups.cancel_path(signup),
            "page_title": _signed_up_title(signup),
        },
    )
    add_never_cache_headers(response)
    return response


def _signed_up_title(signup):
    titles = {
        SignUpStatus.CONFIRMED: _("You have a place"),
        SignUpStatus.WAITLISTED: _("You are on the waiting list"),
        SignUpStatus.PENDING: _("We have your sign-up"),
    }
    return titles.get(signup.status, _("Your sign-up"))


# --- cancelling by link (guests) or from My involvement (members) -----------------------------------


@never_cache
def cancel_signup(request, token):
    signup = SignUp.objects.filter(token=token).first() if is_secret_token(token) else None
    if signup is None:
        raise Http404(_("This cancellation link does not work."))
    if request.method == "POST" and signup.status not in (SignUpStatus.CANCELLED, SignUpStatus.REJECTED):
        try:
            signups.cancel(signup, by=signup.user, reason=_("Cancelled by the person"))
        except TransitionError:
            signup.refresh_from_db()
        else:
            return render(request, "community/cancel_done.html", _about(signup, _("Your place is cancelled")))
    if signup.status in (*ENDED, *_PAST_STATUSES):
        return render(request, "community/cancel_ended.html", _about(signup, _("This sign-up has already ended")))
    return render(request, "community/cancel_confirm.html", _about(signup, _("Cancel your place")))


_PAST_STATUSES = (SignUpStatus.ATTENDED, SignUpStatus.NO_SHOW)


def _about(signup, title):
    return {"signup": signup, "event": signups.event_for(signup), "page_title": title}


# --- accepting an offered place ---------------------------------------------------------------------


@never_cache
def accept_offer(request, token):
    signup = signups.signup_for_offer_token(token)
    if signup is None:
        raise Http404(_("This link does not work."))
    if request.method == "POST":
        try:
            signups.accept_offer(signup)
        except signups.SignUpRefused:
            signup.refresh_from_db()
        else:
            return render(request, "community/offer_accepted.html", _about(signup, _("Your place is booked")))
    if signup.status == SignUpStatus.CONFIRMED:
        return render(request, "community/offer_accepted.html", _about(signup, _("Your place is booked")))
    if signup.status != SignUpStatus.OFFERED or signups.offer_has_expired(signup):
        return render(request, "community/offer_ended.html", _about(signup, _("This offer has ended")))
    return render(
        request,
        "community/offer_confirm.html",
        {**_about(signup, _("Accept your place")), "token": token},
    )


urlpatterns = [
    path("cancel/<str:token>/", cancel_signup, name="cancel_signup"),
    path("accept/<str:token>/", accept_offer, name="accept_offer"),
]
