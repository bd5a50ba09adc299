"""Reference groups: who is in them, sending a review request to the members, and reminding them.

People join a group when they are placed through the group's recruiting opportunity (in any of its
languages) and leave it when they later withdraw or do not go on. Each member gets a private link
(their response's token) to answer a review request; nobody needs to sign in.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from sidebyside.moderation.services import register_transition_hook, visible_to
from sidebyside.notifications import notify
from sidebyside.notifications.contacts import wants_email

from .models import (
    ExpressionOfInterest,
    InterestStatus,
    ReferenceGroup,
    ReferenceGroupMember,
    ReviewRequest,
    ReviewResponse,
)

# Answers after the due date are still welcome for this long; then the link says the review has closed.
LATE_ANSWER_DAYS = 14


def groups_visible_to(user, queryset=None):
    """The groups a staff member may see: all for trust-wide staff, otherwise their organisations' groups."""
    queryset = ReferenceGroup.objects.all() if queryset is None else queryset
    return visible_to(user, queryset, lookup="organisation")


# Joining and leaving -------------------------------------------------------------------------------


def join_groups_when_placed(interest, decision):
    """Make the person a member of every group that recruits through this opportunity (idempotent)."""
    groups = ReferenceGroup.objects.filter(opportunity__translation_key=interest.opportunity_key)
    for group in groups:
        ReferenceGroupMember.objects.get_or_create(group=group, interest=interest)


def leave_groups(interest, decision):
    """Someone who withdraws or does not go on after being placed is no longer a member."""
    ReferenceGroupMember.objects.filter(interest=interest, left_at__isnull=True).update(left_at=decision.created_at)


register_transition_hook(ExpressionOfInterest, InterestStatus.PLACED, join_groups_when_placed)
register_transition_hook(ExpressionOfInterest, InterestStatus.WITHDRAWN, leave_groups)
register_transition_hook(ExpressionOfInterest, InterestStatus.NOT_PROCEEDING, leave_groups)


def candidates_for(group):
    """Placed applicants of the group's organisation who are not active members yet."""
    active = ReferenceGroupMember.objects.filter(group=group, left_at__isnull=True).values("interest")
    return (
        ExpressionOfInterest.objects.filter(status=InterestStatus.PLACED, organisation=group.organisation)
        .exclude(pk__in=active)
        .order_by("name", "pk")
    )


def add_member(group, interest):
    """Add a placed applicant by hand; someone removed earlier comes back with their history kept."""
    member, created = ReferenceGroupMember.objects.get_or_create(group=group, interest=interest)
    if not created and member.left_at:
        member.left_at = None
        member.joined_at = timezone.now()
        member.save(update_fields=["left_at", "joined_at"])
    return member


def remove_member(member):
    ReferenceGroupMember.objects.filter(pk=member.pk, left_at__isnull=True).update(left_at=timezone.now())


# Sending and answering -----------------------------------------------------------------------------


class NoActiveMembers(Exception):
    """The group has nobody to send the request to; it stays unsent, to be sent once people join."""


def send_review_request(review_request):
    """Give every active member a private answer link and queue the message to them, once.

    Returns how many members it was sent to, 0 if it had already been sent; raises NoActiveMembers (and
    sends nothing) if the group has no active members. The request row is locked, so two staff pressing
    "Send" together send it once.
    """
    with transaction.atomic():
        locked = ReviewRequest.objects.select_for_update().get(pk=review_request.pk)
        if locked.sent_at:
            return 0
        members = list(locked.group.members.filter(left_at__isnull=True))
        if not members:
            raise NoActiveMembers
        ReviewResponse.objects.bulk_create(
            [ReviewResponse(request=locked, member=member) for member in members], ignore_conflicts=True
        )
        for response in responses_to_notify(locked):
            notify_member(response, "review_request", f"review-request:{locked.pk}:{response.member_id}")
        locked.sent_at = timezone.now()
        locked.save(update_fields=["sent_at"])
    review_request.sent_at = locked.sent_at
    return len(members)


def responses_to_notify(review_request):
    return (
        ReviewResponse.objects.filter(request=review_request, member__left_at__isnull=True)
        .select_related("member__interest", "request__group")
        .order_by("pk")
    )


def notify_member(response, template, idempotency_key):
    interest = response.member.interest
    notify(
        interest,
        template,
        message_context(response, interest.language),
        idempotency_key=idempotency_key,
        language=interest.language,
    )


def message_context(response, language):
    """What the messages say, with the date and the link in the member's own language."""
    review_request = response.request
    with translation.override(language):
        return {
            "name": response.member.interest.name,
            "title": review_request.title,
            "group": review_request.group.name,
            "due_date": date_format(review_request.due_date, "DATE_FORMAT"),
            "answer_path": reverse("opportunities:review_answer", args=[response.token]),
        }


def answer_url(response):
    """The member's private answer link, in their language, for staff to pass on to people we do not email."""
    with translation.override(response.member.interest.language):
        path = reverse("opportunities:review_answer", args=[response.token])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def is_emailed(response):
    return wants_email(response.member.interest)


def closes_on(review_request):
    return review_request.due_date + timedelta(days=LATE_ANSWER_DAYS)


def save_answer(response, form):
    """Store the member's answer; True if they had answered before (so the page can say it changed)."""
    answered_before = response.answered_at is not None
    answer = form.save(commit=False)
    answer.answered_at = timezone.now()
    answer.save(update_fields=["clarity", "comments", "answered_at"])
    return answered_before


# Reminders -----------------------------------------------------------------------------------------


def send_review_reminders():
    """Remind members who have not answered a request that is due within the group's reminder days.

    Run daily by the django-q2 schedule; the idempotency key makes each reminder go once, however
    often or late the schedule runs. Returns how many reminders were queued or already on record.
    """
    today = timezone.localdate()
    sent = ReviewRequest.objects.filter(sent_at__isnull=False, due_date__gte=today).select_related("group")
    due_soon = [item.pk for item in sent if (item.due_date - today).days <= item.group.reminder_days]
    waiting = (
        ReviewResponse.objects.filter(request__in=due_soon, answered_at__isnull=True, member__left_at__isnull=True)
        .select_related("member__interest", "request__group")
        .order_by("pk")
    )
    count = 0
    for response in waiting:
        with transaction.atomic():
            notify_member(response, "review_reminder", f"review-reminder:{response.request_id}:{response.member_id}")
        count += 1
    return count
