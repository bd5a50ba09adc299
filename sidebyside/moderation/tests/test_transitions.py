from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone, translation

import pytest

from sidebyside.moderation.models import ModerationDecision
from sidebyside.moderation.services import (
    ReasonRequired,
    StatusChanged,
    TransitionNotAllowed,
    check_transition,
    history,
    transition,
)

from .models import Application


def test_an_allowed_transition_moves_the_item_and_logs_who_when_from_to_and_why(application, moderator):
    before = timezone.now()

    decision = transition(application, "in_review", by=moderator, reason="  Looks promising  ")

    application.refresh_from_db()
    assert application.status == "in_review"
    assert application.status_changed_at >= before
    assert decision.by == moderator
    assert (decision.from_status, decision.to_status, decision.reason) == ("new", "in_review", "Looks promising")
    assert decision.created_at == application.status_changed_at
    assert decision.content_type == ContentType.objects.get_for_model(Application)
    assert decision.object_id == application.pk
    assert decision.content_object == application


def test_the_history_lists_every_decision_oldest_first(application, moderator):
    transition(application, "in_review", by=moderator)
    transition(application, "accepted", by=None)

    steps = [(d.from_status, d.to_status, d.by) for d in history(application)]

    assert steps == [("new", "in_review", moderator), ("in_review", "accepted", None)]


def test_history_belongs_to_one_item(application, moderator):
    other = Application.objects.create(email="other@example.org")
    transition(other, "withdrawn", by=moderator)

    assert list(history(application)) == []
    assert len(history(other)) == 1


def test_a_transition_that_is_not_declared_is_refused_with_a_clear_message(application, moderator):
    with pytest.raises(TransitionNotAllowed) as refused:
        transition(application, "accepted", by=moderator)

    assert refused.value.messages == ["An item that is “New” cannot be moved to “Accepted”."]
    application.refresh_from_db()
    assert application.status == "new"
    assert not ModerationDecision.objects.exists()


def test_a_final_status_has_no_way_out(application, moderator):
    transition(application, "withdrawn", by=moderator)

    assert application.allowed_transitions() == []
    with pytest.raises(TransitionNotAllowed):
        transition(application, "in_review", by=moderator)


def test_an_unknown_status_is_refused(application, moderator):
    with pytest.raises(TransitionNotAllowed):
        transition(application, "archived", by=moderator)


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_a_status_that_needs_a_reason_is_refused_without_one(application, moderator, reason):
    with pytest.raises(ReasonRequired) as refused:
        transition(application, "rejected", by=moderator, reason=reason)

    assert refused.value.messages == ["Give a reason for moving this item to “Rejected”."]
    application.refresh_from_db()
    assert application.status == "new"
    assert not ModerationDecision.objects.exists()


def test_a_status_that_needs_a_reason_is_reached_with_one(application, moderator):
    decision = transition(application, "rejected", by=moderator, reason="The role is filled")

    assert decision.reason == "The role is filled"
    assert application.status == "rejected"


def test_check_transition_works_without_an_item():
    check_transition(Application, "new", "in_review")
    with pytest.raises(TransitionNotAllowed):
        check_transition(Application, "rejected", "new")
    with pytest.raises(ReasonRequired):
        check_transition(Application, "in_review", "rejected")


def test_a_decision_on_a_stale_copy_is_refused(application, moderator):
    stale = Application.objects.get(pk=application.pk)
    transition(application, "in_review", by=moderator)

    with pytest.raises(StatusChanged) as refused:
        transition(stale, "rejected", by=moderator, reason="Not suitable")

    assert refused.value.messages == [
        "Someone else has just moved this item to “In review”. Check it again before deciding."
    ]
    assert ModerationDecision.objects.count() == 1


def test_age_is_the_time_waiting_in_the_current_status(application, moderator):
    Application.objects.filter(pk=application.pk).update(status_changed_at=timezone.now() - timedelta(days=3))
    application.refresh_from_db()
    assert timedelta(days=3) <= application.age < timedelta(days=3, minutes=1)

    transition(application, "in_review", by=moderator)

    assert application.age < timedelta(minutes=1)
    application.refresh_from_db()
    assert application.age < timedelta(minutes=1)


def test_allowed_transitions_and_reason_rules_come_from_the_model(application):
    assert application.allowed_transitions() == ["in_review", "rejected", "withdrawn"]
    assert application.reason_required("rejected")
    assert not application.reason_required("in_review")


def test_the_refusal_is_in_the_moderators_language(application, moderator):
    with translation.override("pl"), pytest.raises(ReasonRequired) as refused:
        transition(application, "rejected", by=moderator)

    assert refused.value.messages == ["Podaj powód przeniesienia tej pozycji do statusu „Rejected”."]
