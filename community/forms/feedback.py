"""The short form attendees fill in after an event."""

from django import forms
from django.utils.translation import gettext_lazy as _

from community.models import EventFeedback
from opportunities.forms.interest import PlainTextField
from sidebyside.core.antispam import HoneypotMixin

TEXT_MAX_LENGTH = EventFeedback._meta.get_field("comments").max_length
TOO_LONG = _("This must be %(limit_value)d characters or fewer. Shorten it and try again.")


def text_field(label, help_text):
    return PlainTextField(
        label=label,
        help_text=help_text,
        required=False,
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"max_length": TOO_LONG},
    )


class FeedbackForm(HoneypotMixin, forms.ModelForm):
    rating = forms.TypedChoiceField(
        label=_("How would you rate the event?"),
        help_text=_("1 is poor and 5 is very good."),
        choices=[(str(n), str(n)) for n in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose a rating from 1 to 5."),
            "invalid_choice": _("Choose a rating from 1 to 5."),
        },
    )
    what_worked = text_field(_("What worked well?"), _("Optional."))
    what_to_change = text_field(_("What should we change?"), _("Optional."))
    come_again = forms.ChoiceField(
        label=_("Would you come to an event like this again?"),
        choices=EventFeedback.Again.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose whether you would come again."),
            "invalid_choice": _("Choose one of the answers given."),
        },
    )
    comments = text_field(_("Anything else you want to tell us?"), _("Optional."))

    class Meta:
        model = EventFeedback
        fields = ["rating", "what_worked", "what_to_change", "come_again", "comments"]
