"""The short form a reference group member fills in to answer a review request."""

from django import forms
from django.utils.translation import gettext_lazy as _

from opportunities.models import ReviewResponse
from sidebyside.accounts.forms import clean_text
from sidebyside.core.antispam import HoneypotMixin

COMMENTS_MAX_LENGTH = ReviewResponse._meta.get_field("comments").max_length


class ReviewAnswerForm(HoneypotMixin, forms.ModelForm):
    clarity = forms.ChoiceField(
        label=_("Is it clear and easy to follow?"),
        choices=ReviewResponse.Clarity.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose whether it is clear."),
            "invalid_choice": _("Choose one of the answers given."),
        },
    )
    comments = forms.CharField(
        label=_("Your comments"),
        help_text=_("Tell us what worked, what was confusing and anything you would change. This is optional."),
        required=False,
        max_length=COMMENTS_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "max_length": _("Your comments must be %(limit_value)d characters or fewer. Shorten them and try again.")
        },
    )

    class Meta:
        model = ReviewResponse
        fields = ["clarity", "comments"]

    def clean_comments(self):
        return clean_text(self.cleaned_data.get("comments", ""))
