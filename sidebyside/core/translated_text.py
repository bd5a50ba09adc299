"""Short texts in other languages for models that wagtail-localize does not translate, because there is one
row whatever the language: site settings (one per site), organisations (moderation scopes staff by the
organisation's row), contact people (they receive the emails about their pages) and event series (one
series gathers events in every language).

Each such field gets a box per language in the admin; the answers are kept together in a JSON field named
"<field>_translations" ({language code: text}), and readers see the text in their language, or the default
one. To keep translations in step with the default text, "translation_sources" remembers the default text
each translation was made from: when the default text changes, that translation shows as out of date in the
admin until it is changed, or an editor confirms it still says the same.
"""

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.db import models
from django.utils.functional import lazy
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language_info, gettext, gettext_lazy
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

CONFIRM_FIELD = "translations_checked"


class Progress(models.TextChoices):
    DONE = "done", _("translated")
    OUT_OF_DATE = "out_of_date", _("out of date")
    MISSING = "missing", _("not translated")


@dataclass(frozen=True)
class TranslatedField:
    name: str
    label: str
    max_length: int | None
    multiline: bool = False
    rich_text_features: tuple = ()  # a rich text box with these Draftail features, instead of plain text


def other_languages():
    """(code, name) of each language but the default, the name in the admin user's language ("Polish")."""
    return [
        (code, gettext_lazy(get_language_info(code)["name"]))  # Django's own catalogues name every language
        for code, _name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE
    ]


def box_name(field_name, code):
    return f"{field_name}_{code}"


def translations_field(verbose_name):
    return models.JSONField(verbose_name, default=dict, blank=True, editable=False)


def sources_field():
    return models.JSONField(_("text the translations were made from"), default=dict, blank=True, editable=False)


def translation_panel(field_name, heading, help_text):
    return MultiFieldPanel(
        [FieldPanel(box_name(field_name, code)) for code, _name in other_languages()],
        heading=heading,
        help_text=help_text,
    )


def confirm_panel():
    return FieldPanel(CONFIRM_FIELD)


def progress(obj, field_name, code):
    """Whether `obj.<field_name>` is translated into `code`, and still from the current default text."""
    if not (getattr(obj, f"{field_name}_translations", None) or {}).get(code):
        return Progress.MISSING
    source = (obj.translation_sources or {}).get(field_name, {}).get(code)
    if source is not None and source != getattr(obj, field_name):
        return Progress.OUT_OF_DATE
    return Progress.DONE


def progress_summary(obj, field_names):
    """One line for a listing: "Polish: translated · Arabic: out of date" (the worst state of its fields)."""
    order = [Progress.MISSING, Progress.OUT_OF_DATE, Progress.DONE]
    parts = []
    for code, language in other_languages():
        states = [progress(obj, name, code) for name in field_names if getattr(obj, name)]
        state = min(states, key=order.index) if states else Progress.DONE
        parts.append(f"{language}: {state.label}")
    return " · ".join(parts)


def out_of_date_help(source):
    source = Truncator(strip_tags(source)).chars(300)  # rich text sources are HTML
    return _(
        "Out of date: this was translated from “%(source)s”, and the text has changed since. "
        "Change the translation, or tick the box at the end if it still says the same."
    ) % {"source": source}


class TranslatedTextForm(WagtailAdminModelForm):
    """Fills each language's box from, and saves it back to, the instance's "<field>_translations", and
    keeps "translation_sources" up to date (see the module's docstring)."""

    translated_fields = ()
    rich_text_boxes = {}  # box name: Draftail features

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.rich_text_boxes:
            # Imported and made here rather than with the class: the editor needs the models loaded.
            from wagtail.admin.rich_text import get_rich_text_editor_widget

            for name, features in self.rich_text_boxes.items():
                self.fields[name].widget = get_rich_text_editor_widget(features=list(features))
        for field_name in self.translated_fields:
            stored = getattr(self.instance, f"{field_name}_translations") or {}
            for code, _language in other_languages():
                box = self.fields[box_name(field_name, code)]
                box.initial = stored.get(code, "")
                if self.instance.pk and progress(self.instance, field_name, code) == Progress.OUT_OF_DATE:
                    box.help_text = out_of_date_help(self.instance.translation_sources[field_name][code])

    def save(self, commit=True):
        sources = {name: dict(values) for name, values in (self.instance.translation_sources or {}).items()}
        for field_name in self.translated_fields:
            previous = getattr(self.instance, f"{field_name}_translations") or {}
            translations, made_from = {}, sources.get(field_name, {})
            for code, _language in other_languages():
                text = (self.cleaned_data.get(box_name(field_name, code)) or "").strip()
                if not strip_tags(text).strip():  # an empty rich text box still holds an empty paragraph
                    made_from.pop(code, None)
                    continue
                translations[code] = text
                if text != previous.get(code) or code not in made_from or self.cleaned_data.get(CONFIRM_FIELD):
                    made_from[code] = self.cleaned_data.get(field_name) or ""
            setattr(self.instance, f"{field_name}_translations", translations)
            sources[field_name] = made_from
        self.instance.translation_sources = sources
        return super().save(commit=commit)


def _box_widget(field, code):
    attrs = {"lang": code, "dir": "auto"}
    return forms.Textarea(attrs={**attrs, "rows": 3}) if field.multiline else forms.TextInput(attrs=attrs)


def _box_label(field_label, language):
    return gettext("%(field)s in %(language)s") % {"field": field_label, "language": language}


# Lazy, so that each admin user reads the label in their own language.
box_label = lazy(_box_label, str)


def translated_text_form(name, *fields):
    """A TranslatedTextForm for `fields` (TranslatedField), its boxes declared on the class, where Wagtail's
    panels look for them."""
    declared = {}
    for field in fields:
        for code, language in other_languages():
            declared[box_name(field.name, code)] = forms.CharField(
                label=box_label(field.label, language),
                required=False,
                max_length=field.max_length,
                widget=_box_widget(field, code),
            )
    declared[CONFIRM_FIELD] = forms.BooleanField(
        label=_("The translations marked out of date still say the same"),
        help_text=_("Tick this after checking them against the text they translate, if they need no change."),
        required=False,
    )
    declared["translated_fields"] = tuple(field.name for field in fields)
    declared["rich_text_boxes"] = {
        box_name(field.name, code): field.rich_text_features
        for field in fields
        if field.rich_text_features
        for code, _language in other_languages()
    }
    return type(TranslatedTextForm)(name, (TranslatedTextForm,), declared)


def text_in(obj, field_name, language_code):
    """(text, language) of `obj.<field_name>` for a reader of `language_code`."""
    translated = (getattr(obj, f"{field_name}_translations", None) or {}).get(language_code)
    if translated:
        return translated, language_code
    return getattr(obj, field_name), settings.LANGUAGE_CODE
