"""Reference group members answer a review request through a private link: the token is the key, so
nobody needs to sign in. Answering again replaces the earlier answer."""

from django.shortcuts import render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from opportunities.forms.reviews import ReviewAnswerForm
from opportunities.models import ReviewResponse
from opportunities.reference_groups import closes_on, save_answer
from sidebyside.core.tokens import is_secret_token


def _response_for(token):
    if not is_secret_token(token):
        return None
    responses = ReviewResponse.objects.select_related("request__group", "request__document", "member")
    return responses.filter(token=token).first()


@never_cache
def answer_review(request, token):
    response = _response_for(token)
    if response is None:
        context = {"page_title": _("This link does not work")}
        return render(request, "opportunities/reviews/not_found.html", context, status=404)
    if not response.member.is_active:
        return render(request, "opportunities/reviews/left_group.html", {"page_title": _("You have left this group")})
    review_request = response.request
    closing_date = closes_on(review_request)
    today = timezone.localdate()
    if today > closing_date:
        context = {"page_title": _("This review has closed"), "review": review_request}
        return render(request, "opportunities/reviews/closed.html", context)
    form = ReviewAnswerForm(request.POST if request.method == "POST" else None, instance=response)
    if request.method == "POST" and form.is_valid():
        changed = save_answer(response, form)
        context = {"page_title": _("Thank you for your answer"), "review": review_request, "changed": changed}
        return render(request, "opportunities/reviews/thanks.html", context)
    context = {
        "page_title": review_request.title,
        "review": review_request,
        "response": response,
        "form": form,
        "is_late": today > review_request.due_date,
        "closing_date": closing_date,
    }
    return render(request, "opportunities/reviews/answer.html", context)


urlpatterns = [
    path("reviews/<str:token>/", answer_review, name="review_answer"),
]
