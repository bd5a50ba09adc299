"""Attendees give feedback through the private link in their feedback request: the signed link is the key,
so nobody needs to sign in. Sending the form again replaces the earlier answer."""

from django.shortcuts import render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from community.feedback import existing_feedback, save_feedback, signup_for_token
from community.forms.feedback import FeedbackForm
from sidebyside.core.antispam import rate_limited

RATE_LIMIT_SCOPE = "event-feedback"


@never_cache
def event_feedback(request, token):
    signup, problem = signup_for_token(token)
    if problem == "expired":
        return render(
            request, "community/feedback/expired.html", {"page_title": _("This link has expired")}, status=410
        )
    if signup is None:
        context = {"page_title": _("This link does not work")}
        return render(request, "community/feedback/not_found.html", context, status=404)
    previous = existing_feedback(signup)
    if request.method == "POST":
        limited = rate_limited(request, RATE_LIMIT_SCOPE)
        if limited:
            return limited
        form = FeedbackForm(request.POST, instance=previous)
        if form.is_valid():
            _feedback, changed = save_feedback(signup, form)
            context = {"page_title": _("Thank you for your feedback"), "signup": signup, "changed": changed}
            return render(request, "community/feedback/thanks.html", context)
    else:
        form = FeedbackForm(instance=previous)
    context = {
        "page_title": _("Tell us how the event went"),
        "signup": signup,
        "previous": previous,
        "form": form,
        "token": token,
    }
    return render(request, "community/feedback/form.html", context)


urlpatterns = [
    path("feedback/<str:token>/", event_feedback, name="event_feedback"),
]
