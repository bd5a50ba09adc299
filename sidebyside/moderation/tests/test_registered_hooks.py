"""Several modules can add hooks to one model's transitions without replacing each other's."""

import pytest

from sidebyside.moderation import services

from .models import Application


@pytest.fixture
def restore_hooks():
    original = Application.ON_TRANSITION
    yield
    Application.ON_TRANSITION = original


@pytest.mark.django_db
def test_registered_hooks_run_beside_the_declared_ones(application, moderator, restore_hooks):
    calls = []

    def first(obj, decision):
        calls.append(("first", decision.to_status))

    def second(obj, decision):
        calls.append(("second", decision.to_status))

    services.register_transition_hook(Application, "in_review", first)
    services.register_transition_hook(Application, "*", second)
    services.register_transition_hook(Application, "in_review", first)  # registering twice runs it once
    services.transition(application, "in_review", by=moderator)
    assert calls == [("first", "in_review"), ("second", "in_review")]
    assert Application.ON_TRANSITION["accepted"], "the model's own hooks are kept"


def test_registering_does_not_change_the_class_dict_other_models_share(restore_hooks):
    declared = Application.ON_TRANSITION
    services.register_transition_hook(Application, "withdrawn", lambda obj, decision: None)
    assert "withdrawn" not in declared
