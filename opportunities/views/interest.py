"""The opportunity page with its expression of interest form, the thank-you page, and withdrawing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from opportunities.forms.interest import CONSENT_WORDING_VERSION, InterestForm, WithdrawForm, initial_for_member
from opportunities.models import ExpressionOfInterest, InterestStatus
from opportunities.pipeline import find_existing, receive_interest, tell_asked_again
from sidebyside.core.antispam import rate_limited
from sidebyside.core.receipts import just_submitted, remember_submission, remember_unsaved
from sidebyside.moderation.services import TransitionError, transition

RECEIVED_SESSION_KEY = "opportunities.interest_received"


# --- the opportunity page and its form --------------------------------------------------------------


def opportunity_page(page, request):
    if request.method == "POST":
        return _submit(page, request)
    if _member_applied(page, request.user):
        return _render(page, request, None, already_applied=True)
    form = InterestForm(page=page, initial=initial_for_member(request)) if page.is_open else None
    return _render(page, request, form, already_applied=False)


def _submit(page, request):
    if not page.is_open:
        # Closed or full since the person opened the page: the page says so, and nothing is saved.
        return _render(page, request, None, already_applied=False)
    limited = rate_limited(request, "interest")
    if limited:
        return limited
    form = InterestForm(request.POST, page=page)
    if not form.is_valid():
        return _render(page, request, form, already_applied=False)
    data = form.cleaned_data
    # Only a valid submission counts against the address, so nobody can lock out someone else's.
    limited = rate_limited(request, "interest", email=data["email"], count_ip=False)
    if limited:
        return limited
    if _member_applied(page, request.user):
        # A signed-in member's own interest: theirs to see, as on the page itself.
        return _render(page, request, None, already_applied=True)
    existing = find_existing(page, email=data["email"], phone=data["phone"], name=data["name"])
    if existing is not None:
        return _as_if_received(page, request, data, existing)
    try:
        interest = receive_interest(page, form, user=request.user, wording_version=CONSENT_WORDING_VERSION)
    except IntegrityError:
        # Another submission with the same details won the race for the unique constraint, and is saved.
        if _member_applied(page, request.user):
            return _render(page, request, None, already_applied=True)
        existing = find_existing(page, email=data["email"], phone=data["phone"], name=data["name"])
        return _as_if_received(page, request, data, existing)
    remember_submission(request, RECEIVED_SESSION_KEY, page, interest)
    return HttpResponseRedirect(_thank_you_url(page))


def _as_if_received(page, request, data, existing):
    """Someone's interest already has these details (perhaps the visitor's own, but a visitor who is not
    signed in cannot show that it is theirs). Saying so would tell anyone who types in another person's
    email address what that person applied for. So the visitor is answered exactly as for a new interest,
    from what they typed, nothing is saved, and the person whose interest it is is told instead."""
    if existing is not None:
        tell_asked_again(existing)
    typed = {"opportunity_title": page.title, "email": data["email"], "preferred_contact": data["preferred_contact"]}
    remember_unsaved(request, RECEIVED_SESSION_KEY, page, typed)
    return HttpResponseRedirect(_thank_you_url(page))


def _thank_you_url(page):
    return page.url + page.reverse_subpage("interest_received")


def _render(page, request, form, *, already_applied):
    context = page.get_context(request)
    context.update({"interest_form": form, "already_applied": already_applied})
    return TemplateResponse(request, page.get_template(request), context)


def _member_applied(page, user):
    # A member may have applied as a guest with their email before making an account.
    return user.is_authenticated and find_existing(page, email=user.email, user=user) is not None


# --- the thank-you page -----------------------------------------------------------------------------


def thank_you(page, request):
    interest = just_submitted(request, RECEIVED_SESSION_KEY, page, ExpressionOfInterest.objects)
    if interest is None:
        return HttpResponseRedirect(page.url)
    response = TemplateResponse(
        request,
        "opportunities/thank_you.html",
        {"page": page, "self": page, "interest": interest, "page_title": _("We have your details")},
    )
    add_never_cache_headers(response)  # it shows the person's own details
    return response


# --- withdrawing (members, from "My involvement") ---------------------------------------------------


@never_cache
@login_required
def withdraw(request, pk):
    interest = get_object_or_404(ExpressionOfInterest.objects.select_related("opportunity"), pk=pk, user=request.user)
    if not interest.can_withdraw:
        return _already_ended(request, interest)
    form = WithdrawForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            transition(interest, InterestStatus.WITHDRAWN, by=request.user, reason=form.cleaned_data["reason"])
        except TransitionError:
            interest.refresh_from_db()
            return _already_ended(request, interest)
        messages.success(
            request,
            _("You have withdrawn your interest in %(opportunity)s. We have told the team.")
            % {"opportunity": interest.opportunity_title},
        )
        return HttpResponseRedirect(reverse("accounts:dashboard"))
    return render(
        request,
        "opportunities/withdraw_confirm.html",
        {"interest": interest, "form": form, "page_title": _("Withdraw your interest")},
    )


def _already_ended(request, interest):
    return render(
        request,
        "opportunities/withdraw_ended.html",
        {"interest": interest, "page_title": _("This has already ended")},
    )


urlpatterns = [
    path("interests/<int:pk>/withdraw/", withdraw, name="withdraw_interest"),
]
