"""How easy a page's text is to read, for the hint editors see beside their text.

The score is the Flesch reading ease computed by textstat (0 to 100: higher is easier; plain English for the
public is about 60 or more). It is only meaningful for languages textstat has rules for; for the others the
hint gives the sentence lengths, which matter in every language."""

import re
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.fields import RichTextField, StreamField

import textstat

# Languages whose Flesch formula textstat knows.
FLESCH_LANGUAGES = {"en", "de", "es", "fr", "it", "nl", "pl", "ru"}
LONG_SENTENCE_WORDS = 25
SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+|\n+")


@dataclass
class Readability:
    words: int
    sentences: int
    words_per_sentence: float
    long_sentences: list
    score: float | None

    @property
    def verdict(self):
        if self.score is None:
            return ""
        if self.score >= 70:
            return _("Easy to read")
        if self.score >= 60:
            return _("Plain English")
        if self.score >= 50:
            return _("Fairly hard: try shorter sentences and everyday words")
        return _("Hard to read: use shorter sentences and everyday words")


def page_text(page):
    """The words people read on `page`: its title and its text fields, rich text and StreamField included."""
    parts = [page.title]
    for field in page._meta.get_fields():
        if field.name in {"title", "seo_title", "search_description", "slug", "url_path"}:
            continue
        value = getattr(page, field.name, None) if hasattr(field, "attname") else None
        if isinstance(field, StreamField) and value is not None:
            parts += [str(text) for text in field.stream_block.get_searchable_content(value)]
        elif isinstance(field, RichTextField) and value:
            parts.append(strip_tags(value.replace("</p>", "</p>\n").replace("</li>", "</li>\n")))
        elif field.get_internal_type() == "TextField" and isinstance(value, str) and field.editable:
            parts.append(value)
    return "\n".join(part.strip() for part in parts if part and part.strip())


def sentences_of(text):
    return [sentence.strip() for sentence in SENTENCE_END.split(text) if len(sentence.split()) > 0]


def measure(text, language):
    sentences = sentences_of(text)
    words = sum(len(sentence.split()) for sentence in sentences)
    long_sentences = [s for s in sentences if len(s.split()) > LONG_SENTENCE_WORDS]
    score = None
    base_language = (language or "en").split("-")[0]
    if words and base_language in FLESCH_LANGUAGES:
        textstat.set_lang(base_language)
        score = max(0.0, min(100.0, round(textstat.flesch_reading_ease(". ".join(sentences)), 1)))
    return Readability(
        words=words,
        sentences=len(sentences),
        words_per_sentence=round(words / len(sentences), 1) if sentences else 0.0,
        long_sentences=long_sentences[:3],
        score=score,
    )
