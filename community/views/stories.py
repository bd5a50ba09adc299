"""The stories index (listing and topic filter), the share-your-story form and its thank-you page, and
withdrawing a story from My involvement."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from community import stories
from community.forms.stories import CONSENT_WORDING_VERSION, StoryForm, initial_for_member
from community.models import StorySubmission
from community.models.stories import STORIES_PER_PAGE
from sidebyside.core.antispam import rate_limited
from sidebyside.core.models import Topic
from sidebyside.core.receipts import just_submitted, remember_submission
from sidebyside.moderation.services import transition

RATE_LIMIT_SCOPE = "story"
RECEIVED_SESSION_KEY = "community.story_received"


# --- the index -------------------------------------------------------------------------------------


def index_context(page, request):
    """The page of stories to show, filtered by topic when one is chosen (an unknown topic is ignored)."""
    topics = list(Topic.objects.all())
    chosen = next((topic for topic in topics if topic.slug == request.GET.get("topic")), None)
    found = page.stories()
    if chosen is not None:
        found = found.filter(topics=chosen)
    paginator = Paginator(found, STORIES_PER_PAGE)
    return {
        "stories": paginator.get_page(request.GET.get("page")),
        "topics": topics,
        "chosen_topic": chosen,
    }


# --- sharing a story -------------------------------------------------------------------------------


def share(page, request):
    if request.method == "POST":
        return _submit(page, request)
    return _render(page, request, StoryForm(initial=initial_for_member(request)))


def _submit(page, request):
    limited = rate_limited(request, RATE_LIMIT_SCOPE)
    if limited:
        return limited
    form = StoryForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render(page, request, form)
    # Only a valid submission counts against the address, so nobody can lock out someone else's.
    limited = rate_limited(request, RATE_LIMIT_SCOPE, email=form.cleaned_data["email"], count_ip=False)
    if limited:
        return limited
    submission = stories.receive_story(page, form, user=request.user, wording_version=CONSENT_WORDING_VERSION)
    remember_submission(request, RECEIVED_SESSION_KEY, page, submission)
    return HttpResponseRedirect(page.url + page.reverse_subpage("story_received"))


def _render(page, request, form):
    response = TemplateResponse(
        request,
        "community/story_share.html",
        {"page": page, "self": page, "form": form, "page_title": _("Share your story")},
    )
    add_never_cache_headers(response)  # a member's details may be filled in
    return response


def thank_you(page, request):
    submission = just_submitted(request, RECEIVED_SESSION_KEY, page, StorySubmission.objects)
    if submission is None:
        return HttpResponseRedirect(page.url)
    response = TemplateResponse(
        request,
        "community/story_thank_you.html",
        {"page": page, "self": page, "submission": submission, "page_title": _("Thank you for your story")},
    )
    add_never_cache_headers(response)
    return response


# --- withdrawing (members, from "My involvement") ---------------------------------------------------


@never_cache
@login_required
def withdraw(request, pk):
    submission = get_object_or_404(StorySubmission.objects.select_related("story_page"), pk=pk, user=request.user)
    if not submission.can_withdraw:
        return _cannot_withdraw(request, submission)
    if request.method == "POST":
        try:
            transition(submission, "withdrawn", by=request.user)
        except ValidationError:
            # Moved on meanwhile (TransitionError), or published since the page was opened.
            submission.refresh_from_db()
            return _cannot_withdraw(request, submission)
        messages.success(request, _("You have withdrawn your story “%(title)s”.") % {"title": submission.title})
        return HttpResponseRedirect(reverse("accounts:dashboard"))
    return render(
        request,
        "community/story_withdraw_confirm.html",
        {"submission": submission, "page_title": _("Withdraw your story")},
    )


def _cannot_withdraw(request, submission):
    return render(
        request,
        "community/story_withdraw_ended.html",
        {"submission": submission, "page_title": _("You cannot withdraw this story here")},
    )


urlpatterns = [
    path("stories/<int:pk>/withdraw/", withdraw, name="withdraw_story"),
]
