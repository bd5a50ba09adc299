from sidebyside.moderation.forms import BulkMoveForm, TransitionForm, every_target_status, staff_target_statuses

from .models import Application


def test_every_target_status_lists_the_statuses_a_move_can_reach_in_choice_order():
    assert every_target_status(Application) == ["in_review", "accepted", "rejected", "withdrawn"]


def test_each_button_form_has_its_own_ids_and_asks_for_a_reason_only_where_needed():
    item = Application(status="new")
    forms = {to: TransitionForm(item=item, to_status=to) for to in item.allowed_transitions()}

    assert [form.needs_reason for form in forms.values()] == [False, True, False]
    ids = [form[name].id_for_label for form in forms.values() for name in ("to_status", "expected_status", "reason")]
    assert len(ids) == len(set(ids))
    assert forms["rejected"]["expected_status"].value() == "new"


def test_bulk_move_to_a_status_needing_a_reason_is_refused_without_one():
    refused = BulkMoveForm({"to_status": "rejected", "reason": " "}, model=Application)
    accepted = BulkMoveForm({"to_status": "rejected", "reason": "Duplicate"}, model=Application)
    plain = BulkMoveForm({"to_status": "in_review"}, model=Application)

    assert not refused.is_valid()
    assert refused.errors["reason"] == ["Give a reason for moving these items to “Rejected”."]
    assert accepted.is_valid() and plain.is_valid()


def test_bulk_move_offers_only_statuses_a_move_can_reach():
    assert not BulkMoveForm({"to_status": "new"}, model=Application).is_valid()


def test_staff_are_never_offered_a_move_only_the_person_may_make(monkeypatch):
    assert BulkMoveForm({"to_status": "withdrawn"}, model=Application).is_valid()
    monkeypatch.setattr(Application, "PERSON_ONLY", frozenset({"withdrawn"}))
    item = Application(status="new")

    assert "withdrawn" in item.allowed_transitions() and "withdrawn" not in item.staff_transitions()
    assert staff_target_statuses(Application) == ["in_review", "accepted", "rejected"]
    bulk = BulkMoveForm({"to_status": "withdrawn"}, model=Application)
    assert not bulk.is_valid() and "withdrawn" not in dict(bulk.fields["to_status"].choices)
    button = TransitionForm({"to_status": "withdrawn", "expected_status": "new"}, item=item)
    assert not button.is_valid()
    assert button.errors["to_status"] == ["Only the person themselves can move this to “Withdrawn”."]
