"""Forms people fill in inside learning modules: the PDSA planner and quiz questions. Both work without
JavaScript and without an account; only members can save a planner."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from sidebyside.core.antispam import HoneypotMixin

PLANNER_MAX_LENGTH = 4000
PLANNER_STEPS = ("plan", "do", "study", "act")


class PlannerAction:
    """The button a person pressed; it is not a field, so a problem with it is a message for the whole form."""

    PRINT = "print"
    DOWNLOAD = "download"
    SAVE = "save"
    ALL = (PRINT, DOWNLOAD, SAVE)


def _planner_field(label):
    return forms.CharField(
        label=label,
        required=False,
        max_length=PLANNER_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
    )


def _too_long_message(label):
    message = gettext(
        "%(field)s must be %(limit_value)s characters or fewer. You have written %(show_value)s characters."
    )
    return message % {"field": label, "limit_value": "%(limit_value)s", "show_value": "%(show_value)s"}


class PlannerForm(HoneypotMixin, forms.Form):
    """Plan, do, study, act: four boxes with the hints the editor wrote, and what to do with them."""

    plan = _planner_field(_("Plan"))
    do = _planner_field(_("Do"))
    study = _planner_field(_("Study"))
    act = _planner_field(_("Act"))

    def __init__(self, *args, hints=None, can_save=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.can_save = can_save
        for step in PLANNER_STEPS:
            field = self.fields[step]
            field.help_text = (hints or {}).get(f"{step}_hint", "")
            # Name the box: the error summary lists the message away from it. The validator fills in the numbers.
            field.error_messages = {**field.error_messages, "max_length": _too_long_message(field.label)}

    @staticmethod
    def initial_from(saved):
        if saved is None:
            return {}
        return {step: getattr(saved, step) for step in PLANNER_STEPS}

    def answers(self):
        """[(label, hint, text)] for each step, from a valid form."""
        return [
            (self.fields[step].label, self.fields[step].help_text, self.cleaned_data.get(step, ""))
            for step in PLANNER_STEPS
        ]

    @property
    def action_name(self):
        return self.add_prefix("action")

    def clean(self):
        cleaned = super().clean()
        action = self.data.get(self.action_name)
        if action not in PlannerAction.ALL:
            raise forms.ValidationError(_("Choose whether to print, download or save your plan."), code="action")
        cleaned["action"] = action
        if action == PlannerAction.SAVE:
            if not self.can_save:
                raise forms.ValidationError(_("Sign in to save your plan to your account."), code="sign_in")
            if not any(cleaned.get(step) for step in PLANNER_STEPS) and not self.errors:
                raise forms.ValidationError(_("Write something in at least one box before you save your plan."))
        return cleaned


class QuizForm(HoneypotMixin, forms.Form):
    """One quiz question: radio buttons when one answer is right, checkboxes when several are."""

    def __init__(self, *args, question, **kwargs):
        super().__init__(*args, **kwargs)
        self.question = question
        self.choices = list(question["choices"])
        self.right = {str(i) for i, choice in enumerate(self.choices) if choice["correct"]}
        options = [(str(i), choice["text"]) for i, choice in enumerate(self.choices)]
        if self.several_right:
            self.fields["answer"] = forms.MultipleChoiceField(
                label=question["question"],
                choices=options,
                widget=forms.CheckboxSelectMultiple,
                help_text=_("Select all the right answers."),
                error_messages={
                    "required": _("Select at least one answer."),
                    "invalid_choice": _("Select answers from the list."),
                    "invalid_list": _("Select answers from the list."),
                },
            )
        else:
            self.fields["answer"] = forms.ChoiceField(
                label=question["question"],
                choices=options,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Select an answer."),
                    "invalid_choice": _("Select an answer from the list."),
                },
            )
        self.order_fields(["answer"])

    @property
    def several_right(self):
        return len(self.right) > 1

    def chosen(self):
        answer = self.cleaned_data["answer"]
        return {answer} if isinstance(answer, str) else set(answer)

    def is_right(self):
        return self.chosen() == self.right

    def feedback(self):
        """[(choice, was chosen)] for each answer, to show the feedback of what the person chose."""
        chosen = self.chosen()
        return [(choice, str(i) in chosen) for i, choice in enumerate(self.choices)]
