"""Topic alerts: subscribe, confirm, unsubscribe, manage, and "tell me about similar opportunities"."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Exists, OuterRef
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from wagtail.models import PageViewRestriction

from sidebyside.accounts.prefill import initial_for
from sidebyside.core.antispam import rate_limited

from .. import alerts
from ..forms.alerts import ManageAlertsForm, SubscribeForm
from ..models import OpportunityPage, TopicSubscription
from ..models.pages import closed_q, places_filled_expression

SIMILAR_COUNT = 3


@never_cache
def subscribe(request):
    form = SubscribeForm(
        request.POST if request.method == "POST" else None, initial=initial_for(request, SubscribeForm)
    )
    if request.method == "POST":
        limited = rate_limited(request, "alerts")
        if limited:
            return limited
        if form.is_valid():
            # Only a valid request counts against the address, so nobody can lock out someone else's.
            limited = rate_limited(request, "alerts", email=form.cleaned_data["email"], count_ip=False)
            return limited or _subscribed(request, form)
    return render(request, "opportunities/alerts/subscribe.html", _subscribe_context(request, form))


def _subscribe_context(request, form):
    has_alerts = (
        request.user.is_authenticated
        and TopicSubscription.objects.filter(
            user=request.user, confirmed_at__isnull=False, unsubscribed_at__isnull=True
        ).exists()
    )
    return {"page_title": _("Get emails about new opportunities"), "form": form, "has_alerts": has_alerts}


def _subscribed(request, form):
    active_now = alerts.subscribe(
        request,
        email=form.cleaned_data["email"],
        topics=form.cleaned_data["topics"],
        language=translation.get_language(),
    )
    if active_now:
        return render(request, "opportunities/alerts/subscribed.html", {"page_title": _("Your email alerts are on")})
    return render(
        request,
        "opportunities/alerts/check_email.html",
        {"page_title": _("Check your email"), "email": form.cleaned_data["email"]},
    )


@never_cache
def confirm(request, token):
    """The link in the confirmation email: a page with a button, so a mail scanner that opens links
    cannot sign someone up."""
    pending = alerts.pending_confirmation(token)
    if pending is None:
        return _link_invalid(request)
    subscription, topics, language = pending
    if request.method == "POST":
        alerts.confirm(subscription, topics, language or translation.get_language())
        return render(request, "opportunities/alerts/subscribed.html", {"page_title": _("Your email alerts are on")})
    return render(
        request,
        "opportunities/alerts/confirm.html",
        {"page_title": _("Confirm your email alerts"), "topics": topics, "email": subscription.email},
    )


@never_cache
def unsubscribe(request, token):
    """From the link in any alert, without signing in: a page that asks, with a button that stops them (a GET
    must not stop them: mail scanners follow the links in emails), then a button that starts them again."""
    subscription = alerts.subscription_for(token)
    if subscription is None:
        return _link_invalid(request)
    action = request.POST.get("action") if request.method == "POST" else ""
    if action == "undo":
        alerts.undo_unsubscribe(subscription)
        return render(
            request, "opportunities/alerts/resubscribed.html", {"page_title": _("You will get these emails again")}
        )
    if action == "stop":
        alerts.unsubscribe(subscription)
    if subscription.unsubscribed_at is not None:
        return render(
            request,
            "opportunities/alerts/unsubscribed.html",
            {"page_title": _("You will not get these emails any more"), "subscription": subscription},
        )
    return render(
        request,
        "opportunities/alerts/unsubscribe.html",
        {"page_title": _("Stop emails about new opportunities"), "subscription": subscription},
    )


def _link_invalid(request):
    return render(
        request, "opportunities/alerts/link_invalid.html", {"page_title": _("This link does not work")}, status=404
    )


@never_cache
@login_required
def manage(request):
    subscription = (
        TopicSubscription.objects.filter(user=request.user, confirmed_at__isnull=False, unsubscribed_at__isnull=True)
        .prefetch_related("topics")
        .first()
    )
    if subscription is None:
        return HttpResponseRedirect(reverse("opportunities:alerts"))
    if request.method == "POST" and "stop" in request.POST:
        alerts.unsubscribe(subscription)
        messages.success(request, _("You will not get emails about new opportunities any more."))
        return HttpResponseRedirect(reverse("accounts:dashboard"))
    current = [topic.slug for topic in subscription.topics.all()]
    form = ManageAlertsForm(request.POST if request.method == "POST" else None, initial={"topics": current})
    if request.method == "POST" and form.is_valid():
        subscription.topics.set(form.cleaned_data["topics"])
        messages.success(request, _("Your topics have been saved."))
        return HttpResponseRedirect(reverse("opportunities:alerts_manage"))
    return render(
        request,
        "opportunities/alerts/manage.html",
        {"page_title": _("Your email alerts"), "form": form, "subscription": subscription},
    )


# --- "tell me about similar opportunities" -----------------------------------------------------------------


def similar_opportunities(page, request):
    """For a closed or full opportunity: open ones in the same topics, and the alert form."""
    if page.is_open:
        return HttpResponseRedirect(page.get_url(request))
    topics = list(page.topics.all())
    initial = {**initial_for(request, SubscribeForm), "topics": [topic.slug for topic in topics]}
    response = render(
        request,
        "opportunities/alerts/similar.html",
        {
            "page": page,
            "similar": open_opportunities_sharing(page, topics),
            "index": page.get_parent(),
            "form": SubscribeForm(initial=initial),
        },
    )
    add_never_cache_headers(response)  # a member's own email address is in the form
    return response


def open_opportunities_sharing(page, topics):
    if not topics:
        return []
    same_topic = OpportunityPage.topics.through.objects.filter(
        opportunitypage_id=OuterRef("pk"), topic_id__in=[topic.pk for topic in topics]
    )
    return list(
        OpportunityPage.objects.live()
        .filter(Exists(same_topic), locale_id=page.locale_id)
        .exclude(translation_key=page.translation_key)
        .exclude(pk__in=PageViewRestriction.objects.values("page_id"))
        .annotate(places_filled=places_filled_expression())
        .exclude(closed_q())
        .select_related("organisation")
        .order_by("-first_published_at", "-pk")[:SIMILAR_COUNT]
    )


urlpatterns = [
    path("alerts/", subscribe, name="alerts"),
    path("alerts/confirm/<str:token>/", confirm, name="alerts_confirm"),
    path("alerts/unsubscribe/<str:token>/", unsubscribe, name="alerts_unsubscribe"),
    path("alerts/manage/", manage, name="alerts_manage"),
]
