"""The forum's public forms: starting a topic, replying, changing a post, and reporting one.

Text is cleaned (community.forum.text.clean_text) before its length is checked, so invisible characters
neither count nor hide a too-short post. Each posting form carries a hidden submission_key made when the
form is shown: sending the same form twice finds the first post instead of making another."""

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _

from community.forum.text import clean_text
from community.models import FlagReason
from community.models.forum import POST_MAX_LENGTH, TITLE_MAX_LENGTH
from sidebyside.core.antispam import HoneypotMixin

TITLE_MIN_LENGTH = 5
BODY_MIN_LENGTH = 2


class ForumTextField(forms.CharField):
    def to_python(self, value):
        value = super().to_python(value)
        return clean_text(value) if isinstance(value, str) else value


def title_field():
    return ForumTextField(
        label=_("Title"),
        min_length=TITLE_MIN_LENGTH,
        max_length=TITLE_MAX_LENGTH,
        help_text=_("A few words that say what your topic is about."),
        error_messages={
            "required": _("Enter a title for your topic."),
            "min_length": _("The title must be at least %(limit_value)d characters long."),
            "max_length": _("The title must be %(limit_value)d characters or fewer (it has %(show_value)d)."),
        },
    )


def body_field(label):
    return ForumTextField(
        label=label,
        min_length=BODY_MIN_LENGTH,
        max_length=POST_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Please do not share anyone's name, phone number, email address or health details, "
            "including your own. You can make a link by pasting a web address."
        ),
        error_messages={
            "required": _("Write your message."),
            "min_length": _("Your message must be at least %(limit_value)d characters long."),
            "max_length": _("Your message must be %(limit_value)d characters or fewer (it has %(show_value)d)."),
        },
    )


class SubmissionKeyMixin(forms.Form):
    submission_key = forms.UUIDField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("submission_key", uuid.uuid4())

    def clean_submission_key(self):
        # A missing or broken key only loses the protection against double posting; the post still counts.
        return self.cleaned_data.get("submission_key") or None

    def _clean_fields(self):
        # An unreadable key must not stop someone posting: treat it as missing.
        data = self.data.copy() if hasattr(self.data, "copy") else dict(self.data)
        key = data.get(self.add_prefix("submission_key"), "")
        try:
            uuid.UUID(str(key))
        except ValueError:
            data[self.add_prefix("submission_key")] = ""
            self.data = data
        super()._clean_fields()


class TopicForm(HoneypotMixin, SubmissionKeyMixin, forms.Form):
    title = title_field()
    body = body_field(_("Your message"))
    subscribe = forms.BooleanField(
        label=_("Email me when someone replies"),
        required=False,
        initial=True,
        help_text=_("You can stop these emails at any time."),
    )


class ReplyForm(HoneypotMixin, SubmissionKeyMixin, forms.Form):
    body = body_field(_("Your reply"))


class EditPostForm(HoneypotMixin, forms.Form):
    title = title_field()
    body = body_field(_("Your message"))

    def __init__(self, *args, with_title=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not with_title:
            del self.fields["title"]


class FlagForm(HoneypotMixin, forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong with this post?"),
        choices=FlagReason.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose what is wrong with this post."),
            "invalid_choice": _("Choose what is wrong with this post."),
        },
    )
    detail = ForumTextField(
        label=_("Tell us more (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Only the moderators see this."),
        error_messages={"max_length": _("Keep it to %(limit_value)d characters or fewer (it has %(show_value)d).")},
    )
