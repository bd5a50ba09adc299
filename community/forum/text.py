"""What members type in the forum, made safe to show, and checked for words that need a moderator's eye.

Members write plain text with a little Markdown (paragraphs, links, lists, emphasis). Markdown's own HTML
passthrough is off, and the rendered HTML is then cleaned by nh3 with a short list of tags, so whatever the
renderer does, no script, event handler or unsafe address reaches the page. Links open nothing new and
carry rel="nofollow ugc noopener"."""

import re
import unicodedata

import nh3
from markdown_it import MarkdownIt

ALLOWED_TAGS = {"p", "br", "a", "ul", "ol", "li", "em", "strong"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow ugc noopener"

# Invisible characters that can hide words from the watched-word check or reverse text on screen.
INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
PHONE_NUMBER = re.compile(r"(?<![\w+])(?:\+|00)?\d(?:[ \-().]?\d){8,13}(?!\w)")
EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)

_markdown = MarkdownIt("zero", {"html": False, "linkify": False, "breaks": True}).enable(
    ["emphasis", "link", "list", "newline", "escape"]
)


def clean_text(text):
    """The text as we keep it: invisible characters removed, line ends and Unicode forms made regular."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", ""))
    return INVISIBLE.sub("", text).strip()


def render(text):
    """Safe HTML for a member's text."""
    html = _markdown.render(clean_text(text))
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=LINK_REL,
        strip_comments=True,
    )


def _words(text):
    return unicodedata.normalize("NFKC", clean_text(text)).casefold()


def watched_words_in(text, watched):
    """The watched phrases found in `text` as whole words, ignoring case: [(phrase, kind), ...].

    `watched` is an iterable of (phrase, kind), usually WatchedWord rows."""
    words = _words(text)
    found = []
    for phrase, kind in watched:
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(part) for part in _words(phrase).split()) + r"(?!\w)"
        if phrase.strip() and re.search(pattern, words):
            found.append((phrase, kind))
    return found


def has_phone_number(text):
    return bool(PHONE_NUMBER.search(clean_text(text)))


def has_email_address(text):
    return bool(EMAIL_ADDRESS.search(clean_text(text)))
