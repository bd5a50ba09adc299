"""Feedback after an event: who is asked, their private link, saving answers, and the numbers staff see.

    feedback_token(signup) / feedback_path(signup)   # the private link sent in the feedback request
    signup_for_token(token) -> (signup, problem)     # problem is None, "invalid" or "expired"
    save_feedback(signup, form) -> (feedback, changed)
    feedback_visible_to(user)                        # EventFeedback rows of the user's organisations
    event_results(feedback) / summary(feedback)      # numbers for one event, and per event across events

The link carries a signed, timestamped sign-up id (not the sign-up's cancellation token, which must stay
secret), so a forged link fails the signature and an old one expires. Answering again replaces the answer.
"""

import datetime

from django.core import signing
from django.db import transaction
from django.db.models import Avg, Count, Max, Min, Q
from django.urls import reverse
from django.utils import translation

from sidebyside.moderation.services import is_trust_wide, user_organisations

from .models import EventFeedback, SignUp, SignUpStatus

FEEDBACK_SALT = "community.event-feedback"
LINK_VALID_FOR = datetime.timedelta(days=90)
# People who may answer: those marked as attended, and those confirmed when staff did no check-in.
MAY_ANSWER = [SignUpStatus.ATTENDED, SignUpStatus.CONFIRMED]


def feedback_token(signup):
    return signing.dumps(signup.pk, salt=FEEDBACK_SALT, compress=True)


def feedback_path(signup):
    with translation.override(signup.language):
        return reverse("community:event_feedback", args=[feedback_token(signup)])


def signup_for_token(token):
    """The sign-up a feedback link belongs to, or (None, "invalid" | "expired")."""
    try:
        signup_id = signing.loads(token, salt=FEEDBACK_SALT, max_age=LINK_VALID_FOR)
    except signing.SignatureExpired:
        return None, "expired"
    except signing.BadSignature:
        return None, "invalid"
    if not isinstance(signup_id, int) or isinstance(signup_id, bool):
        return None, "invalid"
    signup = SignUp.objects.select_related("event").filter(pk=signup_id, status__in=MAY_ANSWER).first()
    return (signup, None) if signup else (None, "invalid")


def existing_feedback(signup):
    return EventFeedback.objects.filter(signup=signup).first()


def save_feedback(signup, form):
    """Store the answer, replacing an earlier one. Returns (feedback, changed): changed is True when the
    person had answered before. The sign-up row is locked so two quick submissions cannot both insert."""
    with transaction.atomic():
        SignUp.objects.select_for_update().filter(pk=signup.pk).first()
        values = {field: form.cleaned_data[field] for field in form.Meta.fields}
        feedback, created = EventFeedback.objects.update_or_create(signup=signup, defaults=values)
    return feedback, not created


# Staff results ----------------------------------------------------------------------------------------


def feedback_visible_to(user):
    """Feedback on events of the user's organisations (every organisation for trust-wide staff)."""
    queryset = EventFeedback.objects.all()
    if user is None or not user.is_authenticated or not user.is_active:
        return queryset.none()
    if is_trust_wide(user):
        return queryset
    return queryset.filter(signup__organisation__in=list(user_organisations(user)))


def percentage(part, whole):
    return round(100 * part / whole) if whole else None


def rounded(value):
    return round(value, 1) if value is not None else None


def event_results(feedback):
    """Numbers for one event's feedback: responses, average rating, how many gave each rating and each
    "would you come again" answer."""
    totals = feedback.aggregate(responses=Count("pk"), average=Avg("rating"))
    by_rating = dict(feedback.values_list("rating").annotate(count=Count("pk")).order_by())
    by_again = dict(feedback.values_list("come_again").annotate(count=Count("pk")).order_by())
    responses = totals["responses"]
    return {
        "responses": responses,
        "average_rating": rounded(totals["average"]),
        "ratings": [{"rating": rating, "count": by_rating.get(rating, 0)} for rating in range(5, 0, -1)],
        "come_again": [
            {
                "value": value,
                "label": label,
                "count": by_again.get(value, 0),
                "percent": percentage(by_again.get(value, 0), responses),
            }
            for value, label in EventFeedback.Again.choices
        ],
    }


def summary(feedback):
    """One row per event (all its languages together), newest first: title, responses, average rating
    and the share who would come again."""
    rows = (
        feedback.values("signup__event_key")
        .annotate(
            title=Max("signup__event_title"),
            start=Min("signup__event__start"),
            responses=Count("pk"),
            average=Avg("rating"),
            again=Count("pk", filter=Q(come_again=EventFeedback.Again.YES)),
        )
        .order_by("-start", "signup__event_key")
    )
    return [
        {
            "event_key": row["signup__event_key"],
            "title": row["title"],
            "start": row["start"],
            "responses": row["responses"],
            "average_rating": rounded(row["average"]),
            "come_again_percent": percentage(row["again"], row["responses"]),
        }
        for row in rows
    ]
