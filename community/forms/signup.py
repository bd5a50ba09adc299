"""The event sign-up form: the opportunity form's contact questions and extra-question handling, with the
questions events add (a parent or guardian for under-16s) and without those they do not need."""

from django import forms
from django.utils.translation import gettext_lazy as _

from community.models import SignUp
from opportunities.forms.interest import InterestForm, PlainTextField
from sidebyside.accounts.models import ContactMethod
from sidebyside.accounts.prefill import initial_for

# Events reach people by email, phone or text: a sign-up has no postal address.
CONTACT_CHOICES = [choice for choice in ContactMethod.choices if choice[0] != ContactMethod.POST]
YES_NO = [("yes", _("Yes")), ("no", _("No"))]


def _limit(field_name):
    return SignUp._meta.get_field(field_name).max_length


def asks_about_age(page):
    """Youth events, and events open to under-16s, ask for a parent or guardian."""
    return bool(page.for_young_people or (page.min_age is not None and page.min_age < 16))


class SignUpForm(InterestForm):
    # Questions an expression of interest asks that a sign-up does not.
    postal_address = None
    why_interested = None
    how_heard = None
    how_heard_details = None

    preferred_contact = forms.ChoiceField(
        label=_("How should we contact you?"),
        choices=CONTACT_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how we should contact you.")},
    )
    under_16 = forms.ChoiceField(
        label=_("Are you under 16?"),
        choices=YES_NO,
        widget=forms.RadioSelect,
        help_text=_("If you are, we need the name and contact details of a parent or guardian."),
        error_messages={"required": _("Tell us if you are under 16.")},
    )
    guardian_name = PlainTextField(
        label=_("Parent or guardian's name"), required=False, max_length=_limit("guardian_name")
    )
    guardian_contact = PlainTextField(
        label=_("Parent or guardian's email address or phone number"),
        required=False,
        max_length=_limit("guardian_contact"),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the team running this event can keep these details and contact me about it, "
            "in the way I chose."
        ),
        help_text=_("We only use your details for this event. You can ask us to delete them at any time."),
        error_messages={"required": _("Tick the box to agree that we can contact you about this event.")},
    )

    field_order = [
        "name",
        "preferred_contact",
        "email",
        "phone",
        "under_16",
        "guardian_name",
        "guardian_contact",
        "access_needs",
        "access_needs_details",
        "consent",
    ]

    def __init__(self, *args, page=None, **kwargs):
        super().__init__(*args, page=page, **kwargs)
        if page is None or not asks_about_age(page):
            for name in ("under_16", "guardian_name", "guardian_contact"):
                del self.fields[name]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("under_16") == "yes":
            missing = {
                "guardian_name": _("Enter the name of your parent or guardian."),
                "guardian_contact": _("Enter an email address or phone number for your parent or guardian."),
            }
            for name, message in missing.items():
                if not cleaned.get(name) and name not in self.errors:
                    self.add_error(name, message)
        elif "under_16" in self.fields:
            cleaned["guardian_name"] = cleaned["guardian_contact"] = ""
        return cleaned

    def person(self):
        """The answers as sign_up() takes them (without `user` and `language`, which the view knows)."""
        data = self.cleaned_data
        fields = ["name", "preferred_contact", "email", "phone", "access_needs", "access_needs_details"]
        person = {name: data.get(name, "") for name in fields}
        person["access_needs"] = list(data.get("access_needs") or [])
        person["under_16"] = data.get("under_16") == "yes"
        person["guardian_name"] = data.get("guardian_name", "")
        person["guardian_contact"] = data.get("guardian_contact", "")
        person["answers"] = self.answers()
        return person


def initial_for_member(request):
    """A member's details, access needs included, filled in from their involvement profile."""
    initial = initial_for(request, SignUpForm)
    other_needs = initial_for(request, fields=["other_needs"]).get("other_needs")
    if other_needs:
        initial["access_needs_details"] = other_needs
    if initial.get("preferred_contact") not in dict(CONTACT_CHOICES):
        initial.pop("preferred_contact", None)
    return initial
