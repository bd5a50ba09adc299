"""Forms for topic alerts: subscribing (guests and members) and a member changing their topics."""

from django import forms
from django.utils.translation import gettext_lazy as _

from sidebyside.core.antispam import HoneypotMixin
from sidebyside.core.models import TOPIC_CHOICES, Topic


class TopicsField(forms.MultipleChoiceField):
    """The topic checkboxes. Values are checked against the fixed list before any query, so nothing a
    person sends reaches the database; `clean` returns the Topic rows."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Which topics do you want to hear about?"))
        kwargs.setdefault("help_text", _("Select all that apply."))
        super().__init__(
            choices=TOPIC_CHOICES,
            error_messages={
                "required": _("Select at least one topic"),
                "invalid_choice": _("Select topics from the list"),
                "invalid_list": _("Select topics from the list"),
            },
            **kwargs,
        )

    def clean(self, value):
        slugs = super().clean(value)
        return list(Topic.objects.filter(slug__in=slugs))


class SubscribeForm(HoneypotMixin, forms.Form):
    topics = TopicsField()
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("We will only use it to send you these emails."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": _("Enter your email address"),
            "invalid": _("Enter an email address in the correct format, like name@example.com"),
            "max_length": _("Email address must be 254 characters or fewer"),
        },
    )
    consent = forms.BooleanField(
        label=_("I agree to get an email when there is a new opportunity in these topics"),
        help_text=_("You can stop these emails at any time. Every email has a link to stop them."),
        error_messages={"required": _("Tick the box to say you agree to get these emails")},
    )


class ManageAlertsForm(forms.Form):
    """A member changing the topics of the alerts they already get."""

    topics = TopicsField()
