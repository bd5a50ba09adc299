"""The form to share your story: the story itself, an optional photo with a description, and how (or whether)
we may use your name."""

from pathlib import Path

from django import forms
from django.utils.translation import gettext_lazy as _

from PIL import Image, UnidentifiedImageError

from community.models import Naming, StorySubmission
from opportunities.forms.interest import PlainTextField
from sidebyside.accounts.forms import clean_text_answers
from sidebyside.accounts.prefill import initial_for
from sidebyside.core.antispam import HoneypotMixin

# Raise it whenever the consent wording below changes: each submission records the version agreed to.
CONSENT_WORDING_VERSION = "story-2026-12"
PHOTO_MAX_BYTES = 5 * 1024 * 1024
# What Pillow calls each format we take, and the file endings that go with it.
PHOTO_FORMATS = {"JPEG": (".jpg", ".jpeg"), "PNG": (".png",), "WEBP": (".webp",)}


def _limit(field_name):
    return StorySubmission._meta.get_field(field_name).max_length


class StoryForm(HoneypotMixin, forms.Form):
    name = PlainTextField(
        label=_("Your name"),
        max_length=_limit("name"),
        error_messages={"required": _("Enter your name.")},
    )
    email = forms.EmailField(
        label=_("Email address"),
        max_length=_limit("email"),
        help_text=_("We use it to tell you when your story is published, and to ask you about any changes."),
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter an email address like name@example.com."),
        },
    )
    title = PlainTextField(
        label=_("A title for your story"),
        max_length=_limit("title"),
        help_text=_("A few words. We may change it a little when we publish."),
        error_messages={"required": _("Enter a title for your story.")},
    )
    story = PlainTextField(
        label=_("Your story"),
        max_length=_limit("story"),
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Tell us how you got involved and what it meant to you. Please do not include anything that "
            "could identify other people, or details of anyone's health."
        ),
        error_messages={"required": _("Enter your story.")},
    )
    photo = forms.FileField(
        label=_("A photo (optional)"),
        required=False,
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        help_text=_("A JPEG, PNG or WebP file up to 5 MB. Only share a photo of other people if they agree."),
    )
    photo_alt_text = PlainTextField(
        label=_("What the photo shows"),
        required=False,
        max_length=_limit("photo_alt_text"),
        help_text=_("For people who cannot see it, for example: 'Me with the youth forum at the hospital'."),
    )
    naming = forms.ChoiceField(
        label=_("How should we name you when we publish your story?"),
        choices=Naming.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how we should name you.")},
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that Side by Side can publish my story on this website, edited for length and "
            "clarity, and named as I chose above."
        ),
        help_text=_("You can withdraw your story until it is published. Contact us to take it down after that."),
        error_messages={"required": _("Tick the box to agree that we can publish your story.")},
    )

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if not photo:
            return None
        if photo.size > PHOTO_MAX_BYTES:
            raise forms.ValidationError(_("The photo must be smaller than 5 MB."), code="too_big")
        kind = photo_format(photo)
        if kind is None or Path(photo.name or "").suffix.lower() not in PHOTO_FORMATS[kind]:
            raise forms.ValidationError(_("The photo must be a JPEG, PNG or WebP file."), code="wrong_type")
        photo.seek(0)
        return photo

    def clean(self):
        cleaned = super().clean()
        clean_text_answers(self, cleaned)
        if cleaned.get("photo") and not cleaned.get("photo_alt_text") and "photo_alt_text" not in self.errors:
            self.add_error("photo_alt_text", _("Describe what the photo shows."))
        if not cleaned.get("photo"):
            cleaned["photo_alt_text"] = ""
        return cleaned

    def submission_fields(self):
        data = self.cleaned_data
        fields = ["name", "email", "title", "story", "photo_alt_text", "naming"]
        return {**{name: data[name] for name in fields}, "consent_to_publish": True}


def photo_format(upload):
    """Pillow's name for the image's real format (not what its name or the browser says), or None."""
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            image.verify()
            kind = image.format
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return None
    finally:
        upload.seek(0)
    return kind if kind in PHOTO_FORMATS else None


def initial_for_member(request):
    return initial_for(request, StoryForm)
