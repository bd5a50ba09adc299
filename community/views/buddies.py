"""The buddy scheme's public pages: ask for a buddy, offer to be one, raise a concern (routes of
BuddySchemeIndexPage), and a match's page, reached by the signed link in each person's message or by a
member from My involvement, where they accept, decline or end it. Check-ins answer by signed link too."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from community import buddies
from community.forms.buddies import (
    CONSENT_WORDING_VERSION,
    BuddyOfferForm,
    BuddyRequestForm,
    CheckInForm,
    ConcernForm,
    DeclineMatchForm,
    EndMatchForm,
    initial_for_member,
)
from community.models import (
    BuddyMatch,
    BuddyOffer,
    BuddyRequest,
    CheckInStatus,
    MatchStatus,
    SafeguardingConcern,
    SafeguardingSettings,
    Side,
)
from sidebyside.core.antispam import rate_limited
from sidebyside.core.receipts import just_submitted, remember_submission

RATE_LIMIT_SCOPE = "buddy"
REQUEST_SESSION_KEY = "community.buddy_request"
OFFER_SESSION_KEY = "community.buddy_offer"
CONCERN_SESSION_KEY = "community.buddy_concern"


def _page_response(request, page, template, context):
    response = TemplateResponse(
        request,
        template,
        {"page": page, "self": page, "concern_path": page.url + page.reverse_subpage("raise_concern"), **context},
    )
    add_never_cache_headers(response)  # a member's details may be filled in
    return response


def _thank_you_page(request, page, session_key, queryset, template, context_for):
    """The page after a form, about what this browser has just sent from it (see core/receipts.py); anyone
    else is sent to the scheme's page."""
    sent = just_submitted(request, session_key, page, queryset)
    if sent is None:
        return HttpResponseRedirect(page.url)
    return _page_response(request, page, template, context_for(sent))


def _thank_you_url(page, name):
    return page.url + page.reverse_subpage(name)


# --- asking for a buddy ----------------------------------------------------------------------------


def ask(page, request):
    if request.method == "POST":
        limited = rate_limited(request, RATE_LIMIT_SCOPE)
        if limited:
            return limited
        form = BuddyRequestForm(request.POST)
        if form.is_valid():
            email = form.cleaned_data["email"] or form.cleaned_data["phone"]
            limited = rate_limited(request, RATE_LIMIT_SCOPE, email=email, count_ip=False)
            if limited:
                return limited
            buddy_request = buddies.receive_request(
                page, form, user=request.user, wording_version=CONSENT_WORDING_VERSION
            )
            remember_submission(request, REQUEST_SESSION_KEY, page, buddy_request)
            return HttpResponseRedirect(_thank_you_url(page, "request_received"))
    else:
        form = BuddyRequestForm(initial=initial_for_member(request, BuddyRequestForm))
    return _page_response(
        request, page, "community/buddies/ask.html", {"form": form, "page_title": _("Ask for a buddy")}
    )


def ask_thank_you(page, request):
    return _thank_you_page(
        request,
        page,
        REQUEST_SESSION_KEY,
        BuddyRequest.objects,
        "community/buddies/ask_thank_you.html",
        lambda buddy_request: {"buddy_request": buddy_request, "page_title": _("Thank you for asking for a buddy")},
    )


# --- offering to be a buddy (members) ----------------------------------------------------------------


def offer(page, request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if request.method == "POST":
        limited = rate_limited(request, RATE_LIMIT_SCOPE)
        if limited:
            return limited
        form = BuddyOfferForm(request.POST)
        if form.is_valid():
            buddy_offer = buddies.receive_offer(page, form, user=request.user)
            remember_submission(request, OFFER_SESSION_KEY, page, buddy_offer)
            return HttpResponseRedirect(_thank_you_url(page, "offer_received"))
    else:
        form = BuddyOfferForm(initial=initial_for_member(request, BuddyOfferForm))
    return _page_response(
        request, page, "community/buddies/offer.html", {"form": form, "page_title": _("Offer to be a buddy")}
    )


def offer_thank_you(page, request):
    return _thank_you_page(
        request,
        page,
        OFFER_SESSION_KEY,
        BuddyOffer.objects,
        "community/buddies/offer_thank_you.html",
        lambda buddy_offer: {"buddy_offer": buddy_offer, "page_title": _("Thank you for offering to be a buddy")},
    )


# --- raising a concern -----------------------------------------------------------------------------


def concern(page, request):
    if request.method == "POST":
        limited = rate_limited(request, "buddy_concern")
        if limited:
            return limited
        form = ConcernForm(request.POST)
        if form.is_valid():
            raised = buddies.receive_concern(page, form, user=request.user)
            remember_submission(request, CONCERN_SESSION_KEY, page, raised)
            return HttpResponseRedirect(_thank_you_url(page, "concern_received"))
    else:
        form = ConcernForm()
    return _page_response(
        request,
        page,
        "community/buddies/concern.html",
        {"form": form, "lead": _lead(request), "page_title": _("Raise a concern")},
    )


def concern_thank_you(page, request):
    return _thank_you_page(
        request,
        page,
        CONCERN_SESSION_KEY,
        SafeguardingConcern.objects,
        "community/buddies/concern_thank_you.html",
        lambda _raised: {"lead": _lead(request), "page_title": _("Thank you for telling us")},
    )


def _lead(request):
    return SafeguardingSettings.for_request(request)


# --- a match: by signed link, or from My involvement -------------------------------------------------


@never_cache
def match_by_link(request, token):
    match, side = buddies.match_for_token(token)
    if match is None:
        raise Http404(_("This link does not work."))
    return _match_page(request, match, side, reverse("community:buddy_match_link", args=[token]))


@never_cache
@login_required
def my_match(request, pk):
    match = get_object_or_404(
        buddies.open_match_for(BuddyMatch.objects.select_related("request", "offer"), request.user), pk=pk
    )
    return _match_page(request, match, buddies.side_of(match, request.user), request.path)


def _match_page(request, match, side, here):
    end_form, decline_form = EndMatchForm(), DeclineMatchForm()
    if request.method == "POST":
        action = request.POST.get("action")
        user = request.user if request.user.is_authenticated else None
        try:
            if action == "accept" and match.status == MatchStatus.PROPOSED:
                buddies.accept_match(match, side, by=user)
                messages.success(request, _("Thank you. You have said yes."))
                return HttpResponseRedirect(here)
            if action == "decline" and match.status == MatchStatus.PROPOSED:
                decline_form = DeclineMatchForm(request.POST)
                if decline_form.is_valid():
                    buddies.decline_match(match, side, reason=decline_form.cleaned_data["reason"], by=user)
                    messages.success(request, _("Thank you for letting us know. You have said no."))
                    return HttpResponseRedirect(here)
            if action == "end" and match.is_open:
                end_form = EndMatchForm(request.POST)
                if end_form.is_valid():
                    buddies.end_match(match, side, reason=end_form.cleaned_data["reason"], by=user)
                    messages.success(request, _("The match has ended. Thank you for telling us."))
                    return HttpResponseRedirect(here)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            match.refresh_from_db()
    other_side = Side.BUDDY if side == Side.PERSON else Side.PERSON
    other = match.person_on(other_side)
    return render(
        request,
        "community/buddies/match.html",
        {
            "match": match,
            "side": side,
            "is_buddy": side == Side.BUDDY,
            "other": other,
            "other_first_name": buddies.first_name(other.name),
            "accepted": match.accepted_by(side),
            "other_accepted": match.accepted_by(other_side),
            "end_form": end_form,
            "decline_form": decline_form,
            "concern_path": buddies.concern_path(),
            "page_title": _("Your buddy match"),
        },
    )


# --- check-ins -----------------------------------------------------------------------------------------


@never_cache
def checkin(request, token):
    found = buddies.checkin_for_token(token)
    if found is None:
        raise Http404(_("This link does not work."))
    context = {"checkin": found, "concern_path": buddies.concern_path(), "page_title": _("How is it going?")}
    if found.status != CheckInStatus.ASKED:
        return render(request, "community/buddies/checkin_done.html", context)
    form = CheckInForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            buddies.answer_checkin(found, form.cleaned_data["answer"], form.cleaned_data["comment"])
        except ValidationError:
            found.refresh_from_db()
        return render(request, "community/buddies/checkin_done.html", context)
    return render(request, "community/buddies/checkin.html", {**context, "form": form})


# --- members changing their mind (from My involvement) ----------------------------------------------


@never_cache
@login_required
def cancel_request(request, pk):
    buddy_request = get_object_or_404(BuddyRequest, pk=pk, user=request.user)
    return _change_of_mind(
        request,
        buddy_request,
        allowed=buddies.can_cancel_request,
        act=buddies.cancel_request,
        texts={
            "page_title": _("Cancel your request for a buddy"),
            "explanation": _(
                "If you cancel it, we stop looking for a buddy for you. If we have already put you in touch with "
                "someone, we tell them kindly that you no longer need a buddy. You can ask again at any time."
            ),
            "button": _("Cancel my request"),
            "done": _("You have cancelled your request for a buddy."),
        },
    )


@never_cache
@login_required
def withdraw_offer(request, pk):
    offer = get_object_or_404(BuddyOffer, pk=pk, user=request.user)
    return _change_of_mind(
        request,
        offer,
        allowed=buddies.can_withdraw_offer,
        act=buddies.withdraw_offer,
        texts={
            "page_title": _("Withdraw your offer to be a buddy"),
            "explanation": _(
                "If you withdraw it, we will not suggest you as a buddy again. If you are helping someone now, we "
                "tell them kindly and look for another buddy for them. Thank you for everything you have done."
            ),
            "button": _("Withdraw my offer"),
            "done": _("You have withdrawn your offer to be a buddy."),
        },
    )


def _change_of_mind(request, obj, *, allowed, act, texts):
    """A page that asks "are you sure?", and acts on the POST; back to My involvement either way."""
    dashboard = reverse("accounts:dashboard")
    if not allowed(obj):
        messages.info(request, _("This has already ended, so there is nothing to change."))
        return HttpResponseRedirect(dashboard)
    if request.method == "POST":
        try:
            act(obj, by=request.user)
        except ValidationError:  # changed meanwhile, by staff or in another tab
            messages.info(request, _("This has already ended, so there is nothing to change."))
            return HttpResponseRedirect(dashboard)
        messages.success(request, texts["done"])
        return HttpResponseRedirect(dashboard)
    return render(request, "community/buddies/change_of_mind.html", {**texts, "dashboard_url": dashboard})


urlpatterns = [
    path("buddies/requests/<int:pk>/cancel/", cancel_request, name="cancel_buddy_request"),
    path("buddies/offers/<int:pk>/withdraw/", withdraw_offer, name="withdraw_buddy_offer"),
    path("buddies/match/<str:token>/", match_by_link, name="buddy_match_link"),
    path("buddies/matches/<int:pk>/", my_match, name="buddy_match"),
    path("buddies/check-in/<str:token>/", checkin, name="buddy_checkin"),
]
