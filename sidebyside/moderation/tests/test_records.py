from django.contrib import admin
from django.core.exceptions import ValidationError
from django.test import RequestFactory

import pytest

from sidebyside.moderation.models import AppendOnlyError, ModerationDecision, ModerationNote
from sidebyside.moderation.services import add_note, assign, notes, transition

from .models import Application


@pytest.fixture
def decision(application, moderator):
    return transition(application, "rejected", by=moderator, reason="Duplicate")


def test_a_decision_cannot_be_changed(decision):
    decision.reason = "Something kinder"

    with pytest.raises(AppendOnlyError):
        decision.save()

    decision.refresh_from_db()
    assert decision.reason == "Duplicate"


def test_a_decision_cannot_be_deleted(decision):
    with pytest.raises(AppendOnlyError):
        decision.delete()
    with pytest.raises(AppendOnlyError):
        ModerationDecision.objects.all().delete()
    with pytest.raises(AppendOnlyError):
        ModerationDecision.objects.update(reason="")

    assert ModerationDecision.objects.get(pk=decision.pk).reason == "Duplicate"


def test_notes_are_kept_in_order_with_their_author(application, moderator):
    first = add_note(application, author=moderator, text="  Called, no answer  ")
    add_note(application, author=moderator, text="Called again, will write")

    assert [(n.author, n.text) for n in notes(application)] == [
        (moderator, "Called, no answer"),
        (moderator, "Called again, will write"),
    ]
    assert first.created_at is not None
    assert list(notes(Application.objects.create(email="b@example.org"))) == []


def test_an_empty_note_is_refused(application, moderator):
    with pytest.raises(ValidationError) as refused:
        add_note(application, author=moderator, text="   ")

    assert refused.value.messages == ["Write the note before saving it."]
    assert not ModerationNote.objects.exists()


def test_notes_cannot_be_changed_or_deleted(application, moderator):
    note = add_note(application, author=moderator, text="Private")
    note.text = "Changed"

    with pytest.raises(AppendOnlyError):
        note.save()
    with pytest.raises(AppendOnlyError):
        note.delete()
    with pytest.raises(AppendOnlyError):
        ModerationNote.objects.filter(pk=note.pk).update(text="Changed")

    assert ModerationNote.objects.get(pk=note.pk).text == "Private"


def test_deleting_the_moderator_keeps_the_log(decision, moderator):
    moderator.delete()

    decision = ModerationDecision.objects.get(pk=decision.pk)
    assert decision.by is None
    assert decision.reason == "Duplicate"


def test_assigning_an_item(application, moderator):
    assign(application, moderator)

    application.refresh_from_db()
    assert application.assignee == moderator

    assign(application, None)
    application.refresh_from_db()
    assert application.assignee is None


@pytest.mark.parametrize("model", [ModerationDecision, ModerationNote])
def test_the_admin_never_offers_to_add_change_or_delete(admin_user, model, decision):
    request = RequestFactory().get("/")
    request.user = admin_user
    model_admin = admin.site._registry[model]

    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request, decision)
    assert not model_admin.has_delete_permission(request, decision)
