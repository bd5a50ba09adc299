from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from allauth.account import forms as allauth_forms

from .consent import record_consent
from .models import (
    AccessNeed,
    AgeBand,
    ConsentMethod,
    ConsentTopic,
    ContactMethod,
    Day,
    InvolvementProfile,
    TimeOfDay,
    Topic,
)

# Raise it whenever the privacy notice's wording changes: each consent records the version agreed to.
PRIVACY_NOTICE_VERSION = getattr(settings, "PRIVACY_NOTICE_VERSION", "privacy-notice-2026-11")

PHONE_CHARACTERS = set("0123456789 +()-")

OVER_16 = (AgeBand.AGE_16_17, AgeBand.AGE_18_24, AgeBand.AGE_25_64, AgeBand.AGE_65_PLUS)


def clean_text(value):
    """Text as typed, without control characters (NUL and friends) that no person means to send."""
    return "".join(ch for ch in value if ch in "\n\t" or ch.isprintable()).strip()


def clean_text_answers(form, cleaned):
    """Every text answer of a public form through clean_text; a required answer that held nothing else
    gets its field's "required" message, as if it had been left empty."""
    for name, value in list(cleaned.items()):
        if isinstance(value, str):
            cleaned[name] = clean_text(value)
            if form.fields[name].required and not cleaned[name] and name not in form.errors:
                form.add_error(name, form.fields[name].error_messages["required"])


class ProfileForm(forms.ModelForm):
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"),
        required=False,
        choices=[("", _("No preference")), *settings.LANGUAGES],
        help_text=_("We use it for emails and, where we can, for the people and papers you meet at events."),
    )
    preferred_contact = forms.ChoiceField(
        label=_("How should we contact you?"),
        choices=ContactMethod.choices,
        widget=forms.RadioSelect,
        help_text=_("We only contact you this way. This is the one thing we need, so that we can reach you."),
    )
    best_days = forms.MultipleChoiceField(
        label=_("Best days"),
        required=False,
        choices=Day.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("So that we suggest events and calls at times that suit you."),
    )
    best_times = forms.MultipleChoiceField(
        label=_("Best times of day"),
        required=False,
        choices=TimeOfDay.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Mornings are before 12 noon and evenings after 5pm. Choose as many as suit you."),
    )
    access_needs = forms.MultipleChoiceField(
        label=_("Access needs and adjustments"),
        required=False,
        choices=AccessNeed.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tell us once and we will arrange these for every event you come to. Choose any that apply."),
    )
    topics = forms.MultipleChoiceField(
        label=_("Topics you care about"),
        required=False,
        choices=Topic.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("So that we can tell you about opportunities on these topics first."),
    )
    age_band = forms.ChoiceField(
        label=_("Your age"),
        required=False,
        choices=[("", _("Not given")), *AgeBand.choices],
        widget=forms.RadioSelect,
        help_text=_(
            "Some activities have extra safeguards for young people. If you are under 16, we also need a parent "
            "or guardian's details."
        ),
    )

    class Meta:
        model = InvolvementProfile
        fields = [
            "display_name",
            "preferred_name",
            "pronouns",
            "preferred_language",
            "preferred_contact",
            "phone",
            "postal_address",
            "best_days",
            "best_times",
            "access_needs",
            "interpreter_language",
            "dietary_needs",
            "other_needs",
            "topics",
            "organisations_near_me",
            "age_band",
            "guardian_name",
            "guardian_contact",
        ]
        labels = {
            "display_name": _("Display name"),
            "preferred_name": _("What should we call you?"),
            "pronouns": _("Pronouns (optional)"),
            "phone": _("Phone number"),
            "postal_address": _("Postal address"),
            "interpreter_language": _("Which language should the interpreter speak?"),
            "dietary_needs": _("Your dietary needs"),
            "other_needs": _("Anything else that would help, in your own words"),
            "organisations_near_me": _("Organisations near you"),
            "guardian_name": _("Parent or guardian's name"),
            "guardian_contact": _("Parent or guardian's email address or phone number"),
        }
        help_texts = {
            "display_name": _("Shown next to anything you post. It does not need to be your real name."),
            "preferred_name": _("So that staff greet you the way you like."),
            "pronouns": _("For example, she/her, he/him or they/them. Only if you want to tell us."),
            "phone": _("Needed if you want us to phone you or send text messages."),
            "postal_address": _("Needed only if you want us to write to you by post."),
            "interpreter_language": _("Only if you need a spoken-language interpreter."),
            "dietary_needs": _("So that food at events is safe for you."),
            "other_needs": _("For example, a quiet room, breaks, or documents sent before the day."),
            "organisations_near_me": _(
                "Hospitals, GP surgeries or community groups near you, so we can show what is happening close by."
            ),
            "guardian_name": _("Needed if you are under 16."),
            "guardian_contact": _("Needed if you are under 16, so that we can ask them before you take part."),
        }
        widgets = {
            "postal_address": forms.Textarea(attrs={"rows": 4}),
            "other_needs": forms.Textarea(attrs={"rows": 4}),
        }

    def clean(self):
        cleaned = super().clean()
        for name, value in list(cleaned.items()):
            if isinstance(value, str):
                cleaned[name] = clean_text(value)
        self._check_contact_details(cleaned)
        self._check_guardian(cleaned)
        self._check_needs_details(cleaned)
        return cleaned

    def clean_phone(self):
        phone = clean_text(self.cleaned_data.get("phone", ""))
        if phone and (not set(phone) <= PHONE_CHARACTERS or sum(ch.isdigit() for ch in phone) < 7):
            raise ValidationError(_("Enter a phone number using numbers only, like 07700 900123."))
        return phone

    def _check_contact_details(self, cleaned):
        method = cleaned.get("preferred_contact")
        if method in (ContactMethod.PHONE, ContactMethod.TEXT) and not cleaned.get("phone"):
            self.add_error("phone", _("Enter a phone number so that we can call or text you."))
        if method == ContactMethod.POST and not cleaned.get("postal_address"):
            self.add_error("postal_address", _("Enter your postal address so that we can write to you."))

    def _check_guardian(self, cleaned):
        if cleaned.get("age_band") in OVER_16:
            # Nobody needs a parent's details once the member is 16 or over: do not keep them.
            cleaned["guardian_name"] = cleaned["guardian_contact"] = ""
            return
        if cleaned.get("age_band") != AgeBand.UNDER_16:
            return
        if not cleaned.get("guardian_name"):
            self.add_error("guardian_name", _("Enter the name of your parent or guardian."))
        contact = cleaned.get("guardian_contact", "")
        if not contact:
            self.add_error(
                "guardian_contact", _("Enter an email address or phone number for your parent or guardian.")
            )
        elif not _is_email_or_phone(contact):
            self.add_error("guardian_contact", _("Enter an email address like name@example.com, or a phone number."))

    def _check_needs_details(self, cleaned):
        needs = cleaned.get("access_needs") or []
        if AccessNeed.SPOKEN_INTERPRETER in needs and not cleaned.get("interpreter_language"):
            self.add_error("interpreter_language", _("Tell us which language the interpreter should speak."))


def _is_email_or_phone(value):
    try:
        validate_email(value)
    except ValidationError:
        return set(value) <= PHONE_CHARACTERS and sum(ch.isdigit() for ch in value) >= 7
    return True


class WithdrawConsentForm(forms.Form):
    consent = forms.IntegerField(widget=forms.HiddenInput, min_value=1, max_value=2**63 - 1)


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand that my account and the details in it will be deleted, and this cannot be undone"),
        error_messages={"required": _("Tick the box to show you understand what will be deleted.")},
    )


class LoginForm(allauth_forms.LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("Email address")
        self.fields["login"].widget.attrs.pop("placeholder", None)
        if "password" in self.fields:
            self.fields["password"].required = False
            self.fields["password"].label = _("Password (if you have one)")
            self.fields["password"].help_text = _("Leave it empty and we will email you a sign-in code instead.")
            self.fields["password"].widget.attrs.pop("placeholder", None)
        if "remember" in self.fields:
            self.fields["remember"].label = _("Keep me signed in on this device")


class SignupForm(allauth_forms.SignupForm):
    privacy_notice = forms.BooleanField(
        label=_("I agree to how Side by Side uses my details, as the privacy notice explains"),
        help_text=_("We use your email address to sign you in and to keep track of what you take part in."),
        error_messages={
            "required": _("Tick the box to agree to the privacy notice, or take part without an account.")
        },
    )

    def save(self, request):
        # The account and its privacy-notice consent are saved together or not at all.
        with transaction.atomic():
            return super().save(request)

    def custom_signup(self, request, user):
        super().custom_signup(request, user)
        record_consent(
            ConsentTopic.PRIVACY_NOTICE,
            wording_version=PRIVACY_NOTICE_VERSION,
            method=ConsentMethod.WEB_FORM,
            user=user,
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("Email address")
        self.fields["email"].help_text = _("We will email you a code to check it is yours.")
        self.fields["email"].widget.attrs.pop("placeholder", None)
        if "password1" in self.fields:
            self.fields["password1"].label = _("Password (optional)")
            self.fields["password1"].help_text = _(
                "You do not need one: without a password, we email you a code each time you sign in. "
                "If you choose one, make it at least 12 characters."
            )
            self.fields["password1"].widget.attrs.pop("placeholder", None)
