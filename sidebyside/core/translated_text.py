"""Short texts in other languages for models that wagtail-localize does not translate: site settings (one
per site) and contact people (one row whatever the language, because they receive the emails about their
pages). Each such field gets a box per language in the admin; the answers are kept together in a JSON field
named "<field>_translations", and readers see the text in their language, or the default one."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm


def other_languages():
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def box_name(field_name, code):
    return f"{field_name}_{code}"


class TranslatedTextForm(WagtailAdminModelForm):
    """Fills each language's box from, and saves it back to, the instance's "<field>_translations"."""

    translated_fields = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field_name in self.translated_fields:
            stored = getattr(self.instance, f"{field_name}_translations") or {}
            for code, _name in other_languages():
                self.fields[box_name(field_name, code)].initial = stored.get(code, "")

    def save(self, commit=True):
        for field_name in self.translated_fields:
            translations = {}
            for code, _name in other_languages():
                text = (self.cleaned_data.get(box_name(field_name, code)) or "").strip()
                if text:
                    translations[code] = text
            setattr(self.instance, f"{field_name}_translations", translations)
        return super().save(commit=commit)


def translated_text_form(name, field_name, label, *, max_length, multiline=False):
    """A TranslatedTextForm for one field, its boxes declared on the class (Wagtail's panels look there)."""
    boxes = {}
    for code, language in other_languages():
        attrs = {"lang": code, "dir": "auto", **({"rows": 3} if multiline else {})}
        boxes[box_name(field_name, code)] = forms.CharField(
            label=_("%(field)s in %(language)s") % {"field": label, "language": language},
            required=False,
            max_length=max_length,
            widget=forms.Textarea(attrs=attrs) if multiline else forms.TextInput(attrs=attrs),
        )
    return type(TranslatedTextForm)(name, (TranslatedTextForm,), {**boxes, "translated_fields": (field_name,)})


def text_in(obj, field_name, language_code):
    """(text, language) of `obj.<field_name>` for a reader of `language_code`."""
    translated = (getattr(obj, f"{field_name}_translations", None) or {}).get(language_code)
    if translated:
        return translated, language_code
    return getattr(obj, field_name), settings.LANGUAGE_CODE
