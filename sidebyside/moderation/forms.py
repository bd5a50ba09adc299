"""The small forms moderators use in a queue: move an item on, assign it, note something about it."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .filters import assignable_staff, moderation_staff


def status_choices(model, statuses):
    return [(status, model.status_label(status)) for status in statuses]


def every_target_status(model):
    """Each status any transition of `model` leads to, in the order the model's choices list them."""
    targets = {to for moves in model.TRANSITIONS.values() for to in moves}
    return [status for status, _label in model._meta.get_field("status").flatchoices if status in targets]


def staff_target_statuses(model):
    """Each status staff may move an item of `model` to: all but those only the person may choose."""
    return [status for status in every_target_status(model) if status not in model.PERSON_ONLY]


class ReasonField(forms.CharField):
    widget = forms.Textarea(attrs={"rows": 3})

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Reason"))
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 2000)
        super().__init__(**kwargs)


class TransitionForm(forms.Form):
    """One button's worth: move this item to `to_status`, with a reason where the move needs one.

    `expected_status` carries the status the moderator saw, so a clash with someone else is caught.
    """

    to_status = forms.ChoiceField(widget=forms.HiddenInput)
    expected_status = forms.CharField(widget=forms.HiddenInput)
    reason = ReasonField()

    def __init__(self, *args, item, to_status=None, **kwargs):
        self.item = item
        if to_status is not None:
            # One form per button on the same page: each needs its own element ids.
            kwargs.setdefault("auto_id", f"id_{to_status}_%s")
        super().__init__(*args, **kwargs)
        model = type(item)
        self.fields["to_status"].choices = status_choices(model, every_target_status(model))
        if to_status is not None:
            self.fields["to_status"].initial = to_status
            self.fields["expected_status"].initial = item.status
            self.label = model.status_label(to_status)
            self.needs_reason = item.reason_required(to_status)
            self.fields["reason"].required = self.needs_reason
            self.fields["reason"].label = _("Why move it to “%(status)s”?") % {"status": self.label}

    def clean_to_status(self):
        to_status = self.cleaned_data["to_status"]
        if to_status in type(self.item).PERSON_ONLY:
            raise forms.ValidationError(
                _("Only the person themselves can move this to “%(status)s”.")
                % {"status": type(self.item).status_label(to_status)}
            )
        return to_status


class AssignForm(forms.Form):
    """Give `items` to someone: only staff who can open every one of them are offered."""

    assignee = forms.ModelChoiceField(
        label=_("Assign to"),
        queryset=moderation_staff(),
        required=False,
        empty_label=_("Nobody"),
    )

    def __init__(self, *args, items=None, **kwargs):
        super().__init__(*args, **kwargs)
        if items is not None:
            self.fields["assignee"].queryset = assignable_staff(items)


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Add a private note"),
        help_text=_("Only staff can read notes. The person this is about never sees them."),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        error_messages={"required": _("Write the note before saving it.")},
    )


class BulkMoveForm(forms.Form):
    to_status = forms.ChoiceField(label=_("Move them to"))
    reason = ReasonField(help_text=_("Needed for some moves. It goes into the history of every item moved."))

    def __init__(self, *args, model, **kwargs):
        self.model = model
        super().__init__(*args, **kwargs)
        self.fields["to_status"].choices = status_choices(model, staff_target_statuses(model))

    def clean(self):
        cleaned = super().clean()
        to_status = cleaned.get("to_status")
        if to_status in self.model.REASON_REQUIRED and not (cleaned.get("reason") or "").strip():
            self.add_error(
                "reason",
                _("Give a reason for moving these items to “%(to)s”.") % {"to": self.model.status_label(to_status)},
            )
        return cleaned


class BulkAssignForm(AssignForm):
    pass
