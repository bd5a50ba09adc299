"""Reference groups: joining when placed, leaving, sending a review request once, and reminders."""

from datetime import timedelta

from django.utils import timezone

import pytest

from opportunities.models import InterestStatus, ReferenceGroup, ReferenceGroupMember, ReviewRequest, ReviewResponse
from opportunities.reference_groups import NoActiveMembers, send_review_reminders, send_review_request
from sidebyside.moderation.services import transition
from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.tests.factories import UserFactory

from .factories import ExpressionOfInterestFactory, OpportunityIndexPageFactory, OpportunityPageFactory

pytestmark = pytest.mark.django_db


# Builders shared with the other reference group test modules (plain functions, not tests).


def recruiting_group(parent, **fields):
    index = OpportunityIndexPageFactory(parent=parent, slug=f"get-involved-{ReferenceGroup.objects.count()}")
    opportunity = OpportunityPageFactory(parent=index)
    return ReferenceGroup.objects.create(
        name=fields.pop("name", "Leaflet readers"),
        organisation=opportunity.organisation,
        opportunity=opportunity,
        **fields,
    )


def member_of(group, left_at=None, **interest_fields):
    interest_fields.setdefault("status", InterestStatus.PLACED)
    interest = ExpressionOfInterestFactory(opportunity=group.opportunity, **interest_fields)
    return ReferenceGroupMember.objects.create(group=group, interest=interest, left_at=left_at)


def review_request(group, due_in_days=7, **fields):
    fields.setdefault("link", "https://leaflets.example.org/draft")
    return ReviewRequest.objects.create(
        group=group,
        title=fields.pop("title", "Draft leaflet about hip operations"),
        instructions="Read the leaflet and tell us if anything is confusing.",
        due_date=timezone.localdate() + timedelta(days=due_in_days),
        **fields,
    )


def messages_for(template):
    return OutboxMessage.objects.filter(template=template)


@pytest.fixture
def group(home_page):
    return recruiting_group(home_page)


@pytest.fixture
def moderator():
    return UserFactory(groups=["Moderators"])


# Joining and leaving -----------------------------------------------------------------------------------


def test_placing_an_applicant_makes_them_a_member_of_the_recruiting_group(group, moderator):
    interest = ExpressionOfInterestFactory(opportunity=group.opportunity, status=InterestStatus.CONTACTED)

    transition(interest, InterestStatus.PLACED, by=moderator)

    member = ReferenceGroupMember.objects.get(group=group, interest=interest)
    assert member.is_active


def test_placing_through_a_translation_of_the_opportunity_joins_the_same_group(group, moderator):
    """The interest carries the translation key, so any language version of the role counts."""
    other_page = OpportunityPageFactory(parent=group.opportunity.get_parent())
    interest = ExpressionOfInterestFactory(
        opportunity=other_page, opportunity_key=group.opportunity.translation_key, status=InterestStatus.CONTACTED
    )

    transition(interest, InterestStatus.PLACED, by=moderator)

    assert ReferenceGroupMember.objects.filter(group=group, interest=interest).exists()


def test_placing_in_an_unrelated_opportunity_joins_no_group(group, moderator):
    interest = ExpressionOfInterestFactory(status=InterestStatus.CONTACTED)

    transition(interest, InterestStatus.PLACED, by=moderator)

    assert not ReferenceGroupMember.objects.exists()


def test_joining_is_idempotent_when_the_hook_runs_again(group, moderator):
    interest = ExpressionOfInterestFactory(opportunity=group.opportunity, status=InterestStatus.CONTACTED)
    decision = transition(interest, InterestStatus.PLACED, by=moderator)

    for hook in type(interest).ON_TRANSITION[InterestStatus.PLACED]:
        hook(interest, decision)

    assert ReferenceGroupMember.objects.filter(group=group, interest=interest).count() == 1


@pytest.mark.parametrize("ending", [InterestStatus.WITHDRAWN, InterestStatus.NOT_PROCEEDING])
def test_withdrawing_after_being_placed_ends_the_membership(group, moderator, ending):
    interest = ExpressionOfInterestFactory(opportunity=group.opportunity, status=InterestStatus.CONTACTED)
    transition(interest, InterestStatus.PLACED, by=moderator)

    decision = transition(interest, ending, by=moderator, reason="Moved away")

    member = ReferenceGroupMember.objects.get(group=group, interest=interest)
    assert member.left_at == decision.created_at
    assert not member.is_active


# Sending a review request ------------------------------------------------------------------------------


def test_sending_gives_each_active_member_a_private_link_and_a_message(group):
    first, second = member_of(group), member_of(group, language="pl")
    member_of(group, status=InterestStatus.WITHDRAWN, left_at=timezone.now())
    request = review_request(group)

    assert send_review_request(request) == 2

    responses = ReviewResponse.objects.filter(request=request)
    assert {response.member_id for response in responses} == {first.pk, second.pk}
    assert len({response.token for response in responses}) == 2
    messages = messages_for("review_request").order_by("pk")
    assert [message.recipient for message in messages] == [first.interest.email, second.interest.email]
    assert [message.language for message in messages] == ["en", "pl"]
    token = responses.get(member=second).token
    assert messages[1].context["answer_path"] == f"/pl/involvement/reviews/{token}/"
    request.refresh_from_db()
    assert request.sent_at is not None


def test_sending_twice_sends_nothing_more(group):
    member_of(group)
    member_of(group)
    request = review_request(group)
    send_review_request(request)

    assert send_review_request(ReviewRequest.objects.get(pk=request.pk)) == 0

    assert ReviewResponse.objects.filter(request=request).count() == 2
    assert messages_for("review_request").count() == 2


def test_a_group_without_active_members_is_refused_and_stays_unsent(group):
    member_of(group, status=InterestStatus.WITHDRAWN, left_at=timezone.now())
    request = review_request(group)

    with pytest.raises(NoActiveMembers):
        send_review_request(request)

    request.refresh_from_db()
    assert request.sent_at is None
    assert not ReviewResponse.objects.exists() and not messages_for("review_request").exists()
    member_of(group)
    assert send_review_request(request) == 1


def test_a_phone_only_member_gets_a_link_but_no_email(group):
    member = member_of(group, preferred_contact="phone", email="", phone="07700900123")
    request = review_request(group)

    send_review_request(request)

    assert ReviewResponse.objects.filter(request=request, member=member).exists()
    message = messages_for("review_request").get()
    assert message.status == OutboxMessage.Status.NOT_EMAILED


def test_the_request_message_renders_with_the_link_and_due_date(group):
    from sidebyside.notifications.rendering import render_message, site_context

    member_of(group, name="Ada")
    request = review_request(group, title="Draft leaflet & form")
    send_review_request(request)
    token = ReviewResponse.objects.get(request=request).token

    subject, text, html = render_message(messages_for("review_request").get(), site_context())

    assert "Draft leaflet & form" in subject
    assert "Hello Ada," in text
    assert f"/en/involvement/reviews/{token}/" in text
    assert f"/en/involvement/reviews/{token}/" in html


# Reminders ---------------------------------------------------------------------------------------------


def test_reminders_go_once_to_members_who_have_not_answered(group):
    waiting, answered = member_of(group), member_of(group)
    request = review_request(group, due_in_days=2)
    send_review_request(request)
    ReviewResponse.objects.filter(member=answered).update(clarity="clear", answered_at=timezone.now())

    send_review_reminders()
    send_review_reminders()  # the schedule ran twice

    reminders = messages_for("review_reminder")
    assert [message.recipient for message in reminders] == [waiting.interest.email]


def test_no_reminder_before_the_groups_reminder_window(group):
    member_of(group)
    send_review_request(review_request(group, due_in_days=3))  # the group reminds 2 days before

    send_review_reminders()

    assert not messages_for("review_reminder").exists()


def test_a_late_run_of_the_schedule_still_reminds_on_the_due_date(group):
    member_of(group)
    send_review_request(review_request(group, due_in_days=0))

    send_review_reminders()

    assert messages_for("review_reminder").count() == 1


def test_no_reminder_after_the_due_date_for_unsent_requests_or_for_people_who_left(group):
    still_in, leaver = member_of(group), member_of(group)
    send_review_request(review_request(group, due_in_days=-1, title="Past"))
    review_request(group, due_in_days=1, title="Not sent")
    sent = review_request(group, due_in_days=1, title="Sent")
    send_review_request(sent)
    ReferenceGroupMember.objects.filter(pk=leaver.pk).update(left_at=timezone.now())

    send_review_reminders()

    reminders = messages_for("review_reminder")
    assert [message.recipient for message in reminders] == [still_in.interest.email]
    assert reminders.get().idempotency_key == f"review-reminder:{sent.pk}:{still_in.pk}"


def test_the_reminder_schedule_is_created_by_the_migration():
    from django_q.models import Schedule

    schedule = Schedule.objects.get(func="opportunities.reference_groups.send_review_reminders")
    assert schedule.schedule_type == Schedule.DAILY
    assert timezone.localtime(schedule.next_run).hour == 8
