"""The expression of interest form: the core questions every opportunity asks, plus its editors' extra ones."""

import datetime

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.forms.forms import FormBuilder

from opportunities.models import ExpressionOfInterest, HowHeard
from sidebyside.accounts.forms import PHONE_CHARACTERS, clean_text, clean_text_answers
from sidebyside.accounts.models import AccessNeed, ContactMethod
from sidebyside.accounts.prefill import initial_for
from sidebyside.core.antispam import HoneypotMixin

# Raise it whenever the consent wording below changes: each consent records the version agreed to.
CONSENT_WORDING_VERSION = "interest-2026-11"

# An editor's extra question is named `extra_<clean name>` in the form, so it can never clash with a
# core question (an editor may well add a question labelled "Name").
EXTRA_PREFIX = "extra_"
EXTRA_ANSWER_MAX_LENGTH = 3000


def _limit(field_name):
    return ExpressionOfInterest._meta.get_field(field_name).max_length


class PlainTextField(forms.CharField):
    """Text as a person typed it, without control characters (NUL and friends) that nobody means to send.

    Removed before validation, so an answer that was only control characters counts as empty.
    """

    def to_python(self, value):
        value = super().to_python(value)
        return clean_text(value) if isinstance(value, str) else value


class InterestForm(HoneypotMixin, forms.Form):
    name = PlainTextField(
        label=_("Your name"),
        max_length=_limit("name"),
        error_messages={"required": _("Enter your name.")},
    )
    preferred_contact = forms.ChoiceField(
        label=_("How should we contact you?"),
        choices=ContactMethod.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how we should contact you.")},
    )
    email = forms.EmailField(
        label=_("Email address"),
        required=False,
        max_length=_limit("email"),
        help_text=_("Needed if you want us to email you."),
        error_messages={"invalid": _("Enter an email address like name@example.com.")},
    )
    phone = PlainTextField(
        label=_("Phone number"),
        required=False,
        max_length=_limit("phone"),
        help_text=_("Needed if you want us to phone you or send text messages."),
    )
    postal_address = PlainTextField(
        label=_("Postal address"),
        required=False,
        max_length=_limit("postal_address"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Needed only if you want us to write to you by post."),
    )
    access_needs = forms.MultipleChoiceField(
        label=_("Is there anything you need so that you can take part?"),
        required=False,
        choices=AccessNeed.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose any that apply. You can leave this blank."),
    )
    access_needs_details = PlainTextField(
        label=_("Anything else that would help, in your own words (optional)"),
        required=False,
        max_length=_limit("access_needs_details"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example, a quiet room, breaks, or papers sent before a meeting."),
    )
    why_interested = PlainTextField(
        label=_("Why are you interested?"),
        max_length=_limit("why_interested"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("A few sentences is fine. There are no right or wrong answers."),
        error_messages={"required": _("Tell us why you are interested.")},
    )
    how_heard = forms.ChoiceField(
        label=_("How did you hear about this? (optional)"),
        required=False,
        choices=HowHeard.choices,
        widget=forms.RadioSelect,
    )
    how_heard_details = PlainTextField(
        label=_("Where did you hear about it?"),
        required=False,
        max_length=_limit("how_heard_details"),
        help_text=_("Only if you chose 'Somewhere else'."),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the team running this opportunity can keep these details and contact me about it, "
            "in the way I chose."
        ),
        help_text=_("We only use your details for this opportunity. You can ask us to delete them at any time."),
        error_messages={"required": _("Tick the box to agree that we can contact you about this opportunity.")},
    )

    def __init__(self, *args, page=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.extra_labels = {}
        if page is not None:
            self._add_extra_questions(page)

    def _add_extra_questions(self, page):
        for clean_name, field in FormBuilder(page.form_fields.all()).formfields.items():
            if isinstance(field, forms.CharField) and not field.max_length:
                field.max_length = EXTRA_ANSWER_MAX_LENGTH
                field.validators.append(MaxLengthValidator(EXTRA_ANSWER_MAX_LENGTH))
            self.fields[EXTRA_PREFIX + clean_name] = field
            self.extra_labels[clean_name] = field.label

    @property
    def core_fields(self):
        return [self[name] for name in self.fields if not name.startswith(EXTRA_PREFIX) and name != "sbs_trap"]

    @property
    def extra_fields(self):
        return [self[name] for name in self.fields if name.startswith(EXTRA_PREFIX)]

    def clean_phone(self):
        phone = clean_text(self.cleaned_data.get("phone", ""))
        if phone and (not set(phone) <= PHONE_CHARACTERS or sum(ch.isdigit() for ch in phone) < 7):
            raise forms.ValidationError(_("Enter a phone number using numbers only, like 07700 900123."))
        return phone

    def clean(self):
        cleaned = super().clean()
        clean_text_answers(self, cleaned)
        self._check_contact_details(cleaned)
        if cleaned.get("how_heard") != HowHeard.OTHER:
            cleaned["how_heard_details"] = ""
        return cleaned

    def _check_contact_details(self, cleaned):
        method = cleaned.get("preferred_contact")
        needed = {
            ContactMethod.EMAIL: ("email", _("Enter your email address so that we can email you.")),
            ContactMethod.PHONE: ("phone", _("Enter a phone number so that we can call or text you.")),
            ContactMethod.TEXT: ("phone", _("Enter a phone number so that we can call or text you.")),
            ContactMethod.POST: ("postal_address", _("Enter your postal address so that we can write to you.")),
        }
        if method not in needed:
            return
        name, message = needed[method]
        # A detail already turned down (say, an email address that is not one) keeps its own message.
        if not cleaned.get(name) and name not in self.errors:
            self.add_error(name, message)

    def answers(self):
        """The extra questions' answers as {clean_name: {"label": ..., "answer": text}}."""
        return {
            clean_name: {
                "label": str(label),
                "answer": answer_as_text(self.cleaned_data.get(EXTRA_PREFIX + clean_name)),
            }
            for clean_name, label in self.extra_labels.items()
        }

    def interest_fields(self):
        """The core answers, under the names of ExpressionOfInterest's columns."""
        data = self.cleaned_data
        names = [
            "name",
            "preferred_contact",
            "email",
            "phone",
            "postal_address",
            "access_needs",
            "access_needs_details",
            "why_interested",
            "how_heard",
            "how_heard_details",
        ]
        return {name: data.get(name, "") for name in names}


class WithdrawForm(forms.Form):
    reason = PlainTextField(
        label=_("Would you like to tell us why? (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("This helps us make opportunities work better for people. You do not have to say."),
    )


def answer_as_text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, list | tuple):
        return ", ".join(answer_as_text(item) for item in value)
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    return clean_text(str(value))


def initial_for_member(request):
    """A member's details filled in from their involvement profile; a guest gets an empty form."""
    initial = initial_for(request, InterestForm)
    other_needs = initial_for(request, fields=["other_needs"]).get("other_needs")
    if other_needs:
        initial["access_needs_details"] = other_needs
    return initial
