from django.db import transaction

import pytest

from sidebyside.moderation.models import ModerationDecision
from sidebyside.moderation.services import transition
from sidebyside.notifications.models import OutboxMessage

from .models import Application


@pytest.fixture
def in_review(application, moderator):
    transition(application, "in_review", by=moderator)
    return application


def test_a_transition_queues_its_declared_message(in_review, moderator):
    decision = transition(in_review, "accepted", by=moderator)

    message = OutboxMessage.objects.get()
    assert message.recipient == "person@example.org"
    assert message.template == "application_accepted"
    assert message.context == {"from": "in_review", "to": "accepted"}
    assert message.idempotency_key == f"test-application-accepted:{decision.pk}"


def test_transitions_without_hooks_queue_nothing(application, moderator):
    transition(application, "in_review", by=moderator)

    assert not OutboxMessage.objects.exists()


def test_a_rolled_back_transition_queues_nothing_and_logs_nothing(in_review, moderator):
    with pytest.raises(RuntimeError), transaction.atomic():
        transition(in_review, "accepted", by=moderator)
        raise RuntimeError("the caller's next step failed")

    assert not OutboxMessage.objects.exists()
    assert ModerationDecision.objects.filter(to_status="accepted").count() == 0
    assert Application.objects.get(pk=in_review.pk).status == "in_review"


def test_a_failing_hook_undoes_the_whole_transition(in_review, moderator, monkeypatch):
    calls = []

    def broken(obj, decision):
        calls.append((obj.status, decision.to_status))
        raise RuntimeError("hook failed")

    monkeypatch.setattr(Application, "ON_TRANSITION", {"accepted": [Application.ON_TRANSITION["accepted"][0], broken]})

    with pytest.raises(RuntimeError):
        transition(in_review, "accepted", by=moderator)

    assert calls == [("accepted", "accepted")]
    assert not OutboxMessage.objects.exists()
    assert not ModerationDecision.objects.filter(to_status="accepted").exists()
    assert Application.objects.get(pk=in_review.pk).status == "in_review"


def test_hooks_for_every_transition_run_after_the_specific_ones(application, moderator, monkeypatch):
    calls = []
    monkeypatch.setattr(
        Application,
        "ON_TRANSITION",
        {"in_review": [lambda obj, d: calls.append("specific")], "*": [lambda obj, d: calls.append(d.to_status)]},
    )

    transition(application, "in_review", by=moderator)
    transition(application, "withdrawn", by=moderator)

    assert calls == ["specific", "in_review", "withdrawn"]
