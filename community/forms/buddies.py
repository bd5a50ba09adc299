"""The buddy scheme's public forms: ask for a buddy (guests and members), offer to be a buddy (members),
raise a concern, answer a check-in, and end or decline a match."""

import contextlib

from django import forms
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _

from community.models import (
    BuddyMode,
    BuddyOffer,
    BuddyRequest,
    CheckInStatus,
    Gender,
    SafeguardingConcern,
    SupportArea,
)
from community.models.buddies import MAX_CAPACITY
from opportunities.forms.interest import PlainTextField
from opportunities.models import OpportunityPage
from sidebyside.accounts.forms import PHONE_CHARACTERS, clean_text, clean_text_answers
from sidebyside.accounts.models import AccessNeed, AgeBand, ContactMethod, Day, InvolvementProfile, TimeOfDay, Topic
from sidebyside.accounts.prefill import initial_for
from sidebyside.core.antispam import HoneypotMixin

# Raise it whenever the consent wording below changes: each request records the version agreed to.
CONSENT_WORDING_VERSION = "buddy-2026-12"
# A buddy is reached by email, phone call or text message: not by post.
CONTACT_CHOICES = [choice for choice in ContactMethod.choices if choice[0] != ContactMethod.POST]
NO_PREFERENCE = [("", _("No preference"))]


def _limit(model, field_name):
    return model._meta.get_field(field_name).max_length


class OpportunityChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class ContactDetailsMixin(forms.Form):
    """Email OR phone is enough: the one needed is the one the person chose."""

    def clean_phone(self):
        phone = clean_text(self.cleaned_data.get("phone", ""))
        if phone and (not set(phone) <= PHONE_CHARACTERS or sum(ch.isdigit() for ch in phone) < 7):
            raise forms.ValidationError(_("Enter a phone number using numbers only, like 07700 900123."))
        return phone

    def check_contact_details(self, cleaned):
        method = cleaned.get("preferred_contact")
        needed = {
            ContactMethod.EMAIL: ("email", _("Enter your email address so that we can email you.")),
            ContactMethod.PHONE: ("phone", _("Enter a phone number so that we can call or text you.")),
            ContactMethod.TEXT: ("phone", _("Enter a phone number so that we can call or text you.")),
        }
        if method not in needed:
            return
        name, message = needed[method]
        if not cleaned.get(name) and name not in self.errors:
            self.add_error(name, message)


def _contact_fields(model):
    return {
        "preferred_contact": forms.ChoiceField(
            label=_("How should we contact you?"),
            choices=CONTACT_CHOICES,
            widget=forms.RadioSelect,
            help_text=_("An email address or a phone number is enough."),
            error_messages={"required": _("Choose how we should contact you.")},
        ),
        "email": forms.EmailField(
            label=_("Email address"),
            required=False,
            max_length=_limit(model, "email"),
            help_text=_("Needed if you want us to email you."),
            error_messages={"invalid": _("Enter an email address like name@example.com.")},
        ),
        "phone": PlainTextField(
            label=_("Phone number"),
            required=False,
            max_length=_limit(model, "phone"),
            help_text=_("Needed if you want us to phone you or send text messages."),
        ),
    }


def _opportunity_field(help_text):
    return OpportunityChoiceField(
        label=_("Which opportunity or group is it for? (optional)"),
        queryset=OpportunityPage.objects.none(),
        required=False,
        empty_label=_("Not sure, or not listed"),
        help_text=help_text,
        error_messages={"invalid_choice": _("Choose an opportunity from the list.")},
    )


def _choices_field(label, choices, *, required=False, help_text="", message=""):
    return forms.MultipleChoiceField(
        label=label,
        choices=choices,
        required=required,
        widget=forms.CheckboxSelectMultiple,
        help_text=help_text,
        error_messages={"required": message} if message else {},
    )


def live_opportunities():
    """The live, public opportunities in the language of the page the form is on."""
    return (
        OpportunityPage.objects.live()
        .public()
        .filter(locale__language_code=get_language())
        .order_by("title")
        .only("id", "title", "organisation_id")
    )


class BuddyRequestForm(HoneypotMixin, ContactDetailsMixin, forms.Form):
    name = PlainTextField(
        label=_("Your name"),
        max_length=_limit(BuddyRequest, "name"),
        error_messages={"required": _("Enter your name.")},
    )
    preferred_contact, email, phone = _contact_fields(BuddyRequest).values()
    support_areas = _choices_field(
        _("What would you like support with?"),
        SupportArea.choices,
        required=True,
        help_text=_("Choose all that apply."),
        message=_("Choose at least one thing you would like support with."),
    )
    support_other = PlainTextField(
        label=_("Tell us what else you would like support with"),
        required=False,
        max_length=_limit(BuddyRequest, "support_other"),
        help_text=_("Only if you chose 'Something else'."),
    )
    opportunity = _opportunity_field(_("If you are joining something, we can find a buddy who knows it."))
    opportunity_text = PlainTextField(
        label=_("Or tell us the name of the group (optional)"),
        required=False,
        max_length=_limit(BuddyRequest, "opportunity_text"),
    )
    preferred_language = PlainTextField(
        label=_("Which language would you like to speak with your buddy? (optional)"),
        required=False,
        max_length=_limit(BuddyRequest, "preferred_language"),
        help_text=_("For example, English, Polish or Arabic."),
    )
    gender = forms.ChoiceField(
        label=_("Your gender (optional)"),
        choices=Gender.choices,
        required=False,
        widget=forms.RadioSelect,
        help_text=_("We only ask so that we can find a buddy of the same gender if you would like one."),
    )
    same_gender = forms.BooleanField(label=_("I would like a buddy of the same gender as me"), required=False)
    age_band = forms.ChoiceField(
        label=_("Your age (optional)"),
        choices=AgeBand.choices,
        required=False,
        widget=forms.RadioSelect,
    )
    modes = _choices_field(
        _("How would you like to meet or talk?"),
        BuddyMode.choices,
        required=True,
        help_text=_("Choose all that suit you."),
        message=_("Choose at least one way to meet or talk."),
    )
    days = _choices_field(_("Which days suit you? (optional)"), Day.choices)
    times = _choices_field(_("Which times of day suit you? (optional)"), TimeOfDay.choices)
    topics = _choices_field(
        _("Which health topics matter to you? (optional)"),
        Topic.choices,
        help_text=_("A buddy who cares about the same things can be easier to talk to."),
    )
    access_needs = _choices_field(
        _("Is there anything you need so that you can take part?"),
        AccessNeed.choices,
        help_text=_("Choose any that apply. You can leave this blank."),
    )
    access_needs_details = PlainTextField(
        label=_("Anything else that would help, in your own words (optional)"),
        required=False,
        max_length=_limit(BuddyRequest, "access_needs_details"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    anything_else = PlainTextField(
        label=_("Is there anything else you would like us to know? (optional)"),
        required=False,
        max_length=_limit(BuddyRequest, "anything_else"),
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the buddy scheme team can keep these details, contact me in the way I chose, and "
            "share my name and contact details with a buddy once we have both said yes."
        ),
        help_text=_("We never share your details before you say yes. You can ask us to delete them at any time."),
        error_messages={"required": _("Tick the box to agree so that we can find you a buddy.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["opportunity"].queryset = live_opportunities()

    def clean(self):
        cleaned = super().clean()
        clean_text_answers(self, cleaned)
        self.check_contact_details(cleaned)
        if SupportArea.OTHER in (cleaned.get("support_areas") or []):
            if not cleaned.get("support_other") and "support_other" not in self.errors:
                self.add_error("support_other", _("Tell us what else you would like support with."))
        else:
            cleaned["support_other"] = ""
        if cleaned.get("same_gender") and not cleaned.get("gender") and "gender" not in self.errors:
            self.add_error("gender", _("Choose your gender so that we can find a buddy of the same gender."))
        return cleaned

    def request_fields(self):
        data = self.cleaned_data
        names = [
            "name",
            "preferred_contact",
            "email",
            "phone",
            "support_areas",
            "support_other",
            "opportunity",
            "opportunity_text",
            "preferred_language",
            "gender",
            "same_gender",
            "age_band",
            "modes",
            "days",
            "times",
            "topics",
            "access_needs",
            "access_needs_details",
            "anything_else",
        ]
        return {name: data.get(name) if data.get(name) is not None else "" for name in names} | {
            "opportunity": data.get("opportunity")
        }


class BuddyOfferForm(HoneypotMixin, ContactDetailsMixin, forms.Form):
    name = PlainTextField(
        label=_("Your name"),
        max_length=_limit(BuddyOffer, "name"),
        error_messages={"required": _("Enter your name.")},
    )
    preferred_contact, email, phone = _contact_fields(BuddyOffer).values()
    help_with = PlainTextField(
        label=_("What could you help with?"),
        max_length=_limit(BuddyOffer, "help_with"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("For example: 'I have sat on the patient panel for two years and remember my first meeting.'"),
        error_messages={"required": _("Tell us what you could help with.")},
    )
    support_areas = _choices_field(
        _("Which of these could you help with?"),
        SupportArea.choices,
        required=True,
        message=_("Choose at least one thing you could help with."),
    )
    languages = PlainTextField(
        label=_("Which languages do you speak?"),
        max_length=300,
        help_text=_("Separate them with commas, for example: English, Polish."),
        error_messages={"required": _("Tell us which languages you speak.")},
    )
    modes = _choices_field(
        _("How could you meet or talk?"),
        BuddyMode.choices,
        required=True,
        message=_("Choose at least one way to meet or talk."),
    )
    days = _choices_field(
        _("Which days are you usually free?"), Day.choices, required=True, message=_("Choose at least one day.")
    )
    times = _choices_field(
        _("Which times of day are you usually free?"),
        TimeOfDay.choices,
        required=True,
        message=_("Choose at least one time of day."),
    )
    topics = _choices_field(_("Which health topics do you know about? (optional)"), Topic.choices)
    gender = forms.ChoiceField(
        label=_("Your gender (optional)"),
        choices=Gender.choices,
        required=False,
        widget=forms.RadioSelect,
        help_text=_("Some people would like a buddy of the same gender."),
    )
    age_band = forms.ChoiceField(
        label=_("Your age (optional)"), choices=AgeBand.choices, required=False, widget=forms.RadioSelect
    )
    capacity = forms.TypedChoiceField(
        label=_("How many people could you buddy at once?"),
        choices=[(str(number), str(number)) for number in range(1, MAX_CAPACITY + 1)],
        coerce=int,
        initial="1",
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how many people you could buddy at once.")},
    )
    opportunity = _opportunity_field(_("If you know one group well, choose it."))
    consent = forms.BooleanField(
        label=_(
            "I agree that the buddy scheme team can keep these details, and share my name and contact details "
            "with a person I agree to buddy."
        ),
        help_text=_("We check every offer first. We never share your details before you say yes."),
        error_messages={"required": _("Tick the box to agree so that we can consider your offer.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["opportunity"].queryset = live_opportunities()

    def clean_languages(self):
        languages = split_languages(self.cleaned_data.get("languages", ""))
        if not languages:
            raise forms.ValidationError(_("Tell us which languages you speak."))
        return languages

    def clean(self):
        cleaned = super().clean()
        clean_text_answers(self, cleaned)
        self.check_contact_details(cleaned)
        return cleaned

    def offer_fields(self):
        data = self.cleaned_data
        names = [
            "name",
            "preferred_contact",
            "email",
            "phone",
            "help_with",
            "support_areas",
            "languages",
            "modes",
            "days",
            "times",
            "topics",
            "gender",
            "age_band",
            "capacity",
        ]
        return {name: data.get(name) if data.get(name) is not None else "" for name in names} | {
            "opportunity": data.get("opportunity")
        }


def split_languages(text):
    seen, languages = set(), []
    for part in (text or "").replace(";", ",").replace("/", ",").split(","):
        language = " ".join(part.split())[:40]
        if language and language.casefold() not in seen:
            seen.add(language.casefold())
            languages.append(language)
    return languages[:10]


class ConcernForm(HoneypotMixin, forms.Form):
    concern = PlainTextField(
        label=_("What are you worried about?"),
        max_length=_limit(SafeguardingConcern, "concern"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Tell us what happened or what worries you, in your own words. You do not need proof."),
        error_messages={"required": _("Tell us what you are worried about.")},
    )
    name = PlainTextField(
        label=_("Your name (optional)"), required=False, max_length=_limit(SafeguardingConcern, "name")
    )
    email = forms.EmailField(
        label=_("Email address (optional)"),
        required=False,
        max_length=_limit(SafeguardingConcern, "email"),
        error_messages={"invalid": _("Enter an email address like name@example.com.")},
    )
    phone = PlainTextField(
        label=_("Phone number (optional)"),
        required=False,
        max_length=_limit(SafeguardingConcern, "phone"),
        help_text=_("Leave a way to reach you if you would like the safeguarding lead to get back to you."),
    )

    def clean(self):
        cleaned = super().clean()
        clean_text_answers(self, cleaned)
        return cleaned

    def concern_fields(self):
        return {name: self.cleaned_data.get(name) or "" for name in ("concern", "name", "email", "phone")}


class CheckInForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("How is it going?"),
        choices=[
            (CheckInStatus.FINE, _("It is going fine")),
            (CheckInStatus.COULD_BE_BETTER, _("It could be better")),
            (CheckInStatus.NEEDS_HELP, _("I need help")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how it is going.")},
    )
    comment = PlainTextField(
        label=_("Anything you would like to tell us? (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class EndMatchForm(forms.Form):
    reason = PlainTextField(
        label=_("Why would you like to end it?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only the buddy scheme team sees this. We tell the other person kindly, without your reason."),
        error_messages={"required": _("Tell us briefly why, so that we can learn and help.")},
    )


class DeclineMatchForm(forms.Form):
    reason = PlainTextField(
        label=_("Would you like to tell us why? (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def initial_for_member(request, form_class):
    """The member's details, plus their profile's days and times and language where the form asks."""
    initial = initial_for(request, form_class)
    if initial.get("preferred_contact") == ContactMethod.POST:
        initial.pop("preferred_contact")
    if not request.user.is_authenticated:
        return initial
    profile = InvolvementProfile.objects.filter(user=request.user).first()
    if profile is not None:
        if profile.best_days:
            initial.setdefault("days", list(profile.best_days))
        if profile.best_times:
            initial.setdefault("times", list(profile.best_times))
        if profile.preferred_language and "preferred_language" in form_class.base_fields:
            with contextlib.suppress(KeyError):
                initial["preferred_language"] = get_language_info(profile.preferred_language)["name"]
    return initial
