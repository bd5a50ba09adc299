"""Marking glossary terms in rich text, so readers can open what an NHS word or abbreviation means.

The first use on a page of each term of the page's language is wrapped in:

    <span class="sbs-glossary" data-sbs-glossary>
      <a class="sbs-glossary__term" href="/en/learning/nhs-words/#term-pals">
        <abbr title="Patient Advice and Liaison Service">PALS</abbr>
        <span class="nhsuk-u-visually-hidden">(what this means)</span></a>
      <span class="sbs-glossary__panel" id="sbs-glossary-term-pals" hidden>…full form, meaning, link…</span>
    </span>

Without JavaScript the term is a link to its entry on the A to Z page. static/js/glossary.js turns the
link into a disclosure button (aria-expanded, aria-controls) that shows the panel inline, so the meaning
works by keyboard, touch and screen reader, not only by hovering over the abbreviation's title.

Matching rules:

- whole words only: a term never matches inside a longer word ("GP" is not marked in "GPS2" or "AGP");
- abbreviations (terms whose letters are all capitals, such as "PALS" or "A&E") match case-sensitively,
  also with a plural "s" ("ICBs"); any other term ("Discharge", "Run chart") matches whatever its case,
  with any run of spaces between its words; Arabic has no case, so its terms match as written;
- the longest term wins where terms overlap ("Trust board" before "Trust");
- text inside links, headings, abbreviations, code, buttons, scripts, styles and form controls, and inside
  glossary markup already added, is left alone;
- each term is marked once per page: the terms already marked are kept on the request, so every block
  of one page render shares them.

Only live (published) terms are marked: a draft term, or a draft change to a live term, waits for review.
The terms of a language are read in one query and kept in Django's cache (emptied by learning.signals
when a term is saved, published or unpublished, or the glossary page changes); a request reads the cache
at most once per language. Recent results are remembered in the process (MarkingMemo), so rendering a
page again costs little more than without marking (bench/glossary.py). The setting GLOSSARY_MARKING = False
switches marking off.
"""

import contextlib
import html as html_lib
import logging
import re
import threading
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser

from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext

logger = logging.getLogger(__name__)

CACHE_KEY = "glossary:terms:v1:{language}"
CACHE_TIMEOUT = 60 * 60 * 24
REQUEST_ATTRIBUTE = "_sbs_glossary"

# Elements whose text is never marked: links and buttons (a term inside them would nest interactive
# content), headings, existing abbreviations and code, and elements whose text is not prose.
SKIPPED_ELEMENTS = frozenset(
    {
        "a",
        "abbr",
        "button",
        "code",
        "dfn",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "kbd",
        "label",
        "math",
        "option",
        "pre",
        "samp",
        "script",
        "select",
        "style",
        "svg",
        "template",
        "textarea",
        "title",
    }
)
VOID_ELEMENTS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
MARKER_ATTRIBUTE = "data-sbs-glossary"
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Entry:
    """One glossary term, as the marking needs it (plain data, so that it can be cached)."""

    term: str
    full_form: str
    meaning: str
    anchor: str

    @property
    def key(self):
        return self.term.lower()

    @property
    def is_abbreviation(self):
        return is_abbreviation(self.term)


@dataclass(frozen=True)
class Glossary:
    """The terms of one language and the address of the A to Z page in that language (or "")."""

    language: str
    entries: tuple
    page_url: str = ""
    version: str = ""  # new each time the glossary is read from the database (see MarkingMemo)

    def entry_url(self, entry):
        return f"{self.page_url}#{entry.anchor}" if self.page_url else ""


def is_abbreviation(term):
    """True for "PALS", "A&E", "ICB": every letter is a capital (and there is at least one)."""
    letters = [character for character in term if character.isalpha()]
    return bool(letters) and all(character.isupper() for character in letters)


def term_anchors(terms):
    """The id of each term on the A to Z page: {pk: "term-pals"}, unique within the language.

    `terms` is an iterable of (pk, term); collisions (such as "A&E" and "AE") get the pk added, oldest
    term first, so the answer does not depend on the order the terms came in.
    """
    anchors = {}
    used = set()
    for pk, term in sorted(terms, key=lambda item: item[0]):
        anchor = f"term-{slugify(term, allow_unicode=True)}"
        if anchor == "term-" or anchor in used:
            anchor = f"term-{slugify(term, allow_unicode=True)}-{pk}".replace("--", "-")
        used.add(anchor)
        anchors[pk] = anchor
    return anchors


def content_language(language=None):
    """The content language (a code of WAGTAIL_CONTENT_LANGUAGES) for a UI language such as "en-gb"."""
    from wagtail.coreutils import get_supported_content_language_variant

    try:
        return get_supported_content_language_variant(language or translation.get_language() or "")
    except LookupError:
        return settings.LANGUAGE_CODE


def cache_keys():
    return [CACHE_KEY.format(language=code) for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def clear_cache():
    cache.delete_many(cache_keys())


def load_glossary(language, request=None):
    """The glossary of a language from the database (live terms only): one query for the terms, one for the A to Z page
    (and those Wagtail needs for the page's address, unless the request already made them)."""
    from learning.models import GlossaryPage, GlossaryTerm

    rows = list(
        GlossaryTerm.objects.live()
        .filter(locale__language_code=language)
        .order_by()
        .values_list("pk", "term", "full_form", "meaning")
    )
    anchors = term_anchors((pk, term) for pk, term, _full_form, _meaning in rows)
    entries = tuple(
        Entry(term=term.strip(), full_form=full_form.strip(), meaning=meaning.strip(), anchor=anchors[pk])
        for pk, term, full_form, meaning in rows
        if term.strip()
    )
    page = None
    if entries:  # no terms, nothing to link to
        page = GlossaryPage.objects.live().filter(locale__language_code=language).order_by("path").first()
    page_url = (page.get_url(request=request) or "") if page else ""
    return Glossary(language=language, entries=entries, page_url=page_url, version=uuid.uuid4().hex)


def cached_glossary(language, request=None):
    key = CACHE_KEY.format(language=language)
    glossary = cache.get(key)
    if glossary is None:
        glossary = load_glossary(language, request)
        cache.set(key, glossary, CACHE_TIMEOUT)
    return glossary


class PageState:
    """The glossary of one language for one request, and the terms already marked on the page."""

    def __init__(self, glossary):
        self.glossary = glossary
        self.marked = set()


def page_state(request=None, language=None):
    """The state shared by every block of one page render: kept on the request when there is one."""
    active = language or translation.get_language() or ""
    states = getattr(request, REQUEST_ATTRIBUTE, None) if request is not None else None
    if states is None:
        states = {}
        if request is not None:
            # An object that takes no attributes shares nothing between blocks.
            with contextlib.suppress(AttributeError):
                setattr(request, REQUEST_ATTRIBUTE, states)
    if active not in states:
        language = content_language(active)
        for state in states.values():  # "en-gb" and "en" share the English glossary and its marked terms
            if state.glossary.language == language:
                states[active] = state
                break
        else:
            states[active] = PageState(cached_glossary(language, request))
    return states[active]


# Matching


class Matcher:
    """One regular expression over the text (never the markup) finding any term of a glossary."""

    def __init__(self, entries):
        self.by_key = {entry.key: entry for entry in entries}
        # For a quick first look: each term under the first word of it (and its plural, for abbreviations).
        self.by_first_word = {}
        for entry in entries:
            words = tuple(WORD.findall(entry.key))
            if not words:  # a term of symbols only: always worth the exact look
                words = ("",)
            self.by_first_word.setdefault(words[0], []).append((entry, words))
            if entry.is_abbreviation and len(words) == 1:
                self.by_first_word.setdefault(words[0] + "s", []).append((entry, words))
        alternatives = [self.pattern(entry) for entry in sorted(entries, key=lambda e: (-len(e.term), e.term))]
        self.regex = re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)") if alternatives else None

    @staticmethod
    def pattern(entry):
        words = [re.escape(word) for word in entry.term.split()]
        body = r"\s+".join(words)
        if entry.is_abbreviation:
            plural = "s?" if entry.term[-1].isalpha() else ""
            return f"{body}{plural}"
        return f"(?i:{body})"

    def may_hold_unmarked_term(self, source, marked):
        """False when `source` (unescaped HTML) surely holds no term outside `marked`: a term can only
        match where every word of it is a word of the source (the last perhaps with a plural "s")."""
        words = set(WORD.findall(source.lower()))
        words.add("")
        for first_word in words.intersection(self.by_first_word):
            for entry, term_words in self.by_first_word[first_word]:
                if entry.key in marked:
                    continue
                *leading, last = term_words
                if all(word in words for word in leading) and (
                    last in words or (entry.is_abbreviation and last + "s" in words)
                ):
                    return True
        return False

    def entry_for(self, matched):
        key = " ".join(matched.split()).lower()
        entry = self.by_key.get(key)
        if entry is None and key.endswith("s"):
            entry = self.by_key.get(key[:-1])
            if entry is not None and not entry.is_abbreviation:
                entry = None
        return entry

    def finditer(self, text):
        if self.regex is None:
            return iter(())
        return self.regex.finditer(text)


@lru_cache(maxsize=32)
def _matcher_for_entries(entries):
    return Matcher(entries)


_matchers_by_version = OrderedDict()
_matchers_lock = threading.Lock()


def matcher_for(glossary):
    """The glossary's matcher, built once per process for each version of the glossary (looking it up by
    version is much quicker than hashing every term)."""
    if not glossary.version:
        return _matcher_for_entries(glossary.entries)
    matcher = _matchers_by_version.get(glossary.version)
    if matcher is None:
        matcher = _matcher_for_entries(glossary.entries)
        with _matchers_lock:
            _matchers_by_version[glossary.version] = matcher
            while len(_matchers_by_version) > 32:
                _matchers_by_version.popitem(last=False)
    return matcher


def panel_id(entry):
    return f"sbs-glossary-{entry.anchor}"


def term_markup(glossary, entry, matched):
    """The markup for one marked use of a term (`matched` is the text as it appears on the page)."""
    return _term_markup(glossary.page_url, entry, matched, translation.get_language())


@lru_cache(maxsize=1024)
def _term_markup(page_url, entry, matched, _language):
    """Cached: the same few terms are marked on page after page (the language is part of the key because
    of the translated words)."""
    if entry.full_form:
        inner = format_html('<abbr title="{}">{}</abbr>', entry.full_form, matched)
    else:
        inner = format_html("{}", matched)
    hint = format_html('<span class="nhsuk-u-visually-hidden"> ({})</span>', gettext("what this means"))
    url = f"{page_url}#{entry.anchor}" if page_url else ""
    if url:
        term = format_html('<a class="sbs-glossary__term" href="{}">{}{}</a>', url, inner, hint)
        more = format_html(
            ' <a class="sbs-glossary__more" href="{}">{}</a>', url, gettext("See this in the A to Z of NHS words")
        )
    else:
        term = format_html('<span class="sbs-glossary__term">{}{}</span>', inner, hint)
        more = ""
    full_form = format_html(" ({})", entry.full_form) if entry.full_form else ""
    # Without an A to Z page to link to, the meaning stays in view until the script makes it a disclosure.
    panel = format_html(
        '<span class="sbs-glossary__panel" id="{}"{}><strong>{}</strong>{}: {}{}</span>',
        panel_id(entry),
        mark_safe(" hidden") if url else "",
        entry.term,
        full_form,
        entry.meaning,
        more,
    )
    return format_html('<span class="sbs-glossary" data-sbs-glossary>{}{}</span>', term, panel)


class _Marker(HTMLParser):
    """Copies HTML through unchanged apart from the text of the elements where terms may be marked."""

    def __init__(self, glossary, matcher, marked):
        super().__init__(convert_charrefs=True)
        self.glossary = glossary
        self.matcher = matcher
        self.marked = marked
        self.out = []
        self.stack = []  # (tag, skipped) of the open elements
        self.skip_depth = 0

    def open(self, tag, attrs):
        skipped = tag in SKIPPED_ELEMENTS or any(name == MARKER_ATTRIBUTE for name, _value in attrs)
        self.stack.append((tag, skipped))
        self.skip_depth += skipped

    def handle_starttag(self, tag, attrs):
        self.out.append(self.get_starttag_text())
        if tag not in VOID_ELEMENTS:
            self.open(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())
        if tag not in VOID_ELEMENTS:  # "<a/>" opens an element in HTML, whatever the slash says
            self.open(tag, attrs)

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                for _tag, skipped in self.stack[index:]:
                    self.skip_depth -= skipped
                del self.stack[index:]
                break

    def handle_data(self, data):
        if self.cdata_elem:  # the raw text of a script or style element
            self.out.append(data)
        elif self.skip_depth:
            self.out.append(html_lib.escape(data, quote=False))
        else:
            self.out.append(self.mark(data))

    def mark(self, text):
        pieces = []
        position = 0
        for match in self.matcher.finditer(text):
            entry = self.matcher.entry_for(match.group(0))
            if entry is None or entry.key in self.marked:
                continue
            self.marked.add(entry.key)
            pieces.append(html_lib.escape(text[position : match.start()], quote=False))
            pieces.append(term_markup(self.glossary, entry, match.group(0)))
            position = match.end()
        pieces.append(html_lib.escape(text[position:], quote=False))
        return "".join(pieces)

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")


class MarkingMemo:
    """The results of recent markings, by glossary version, language, HTML and terms already marked.

    Marking is a pure function of those, and a page's blocks come round again and again in the same
    order, so most marking is a dictionary look-up. Bounded (least recently used entries go first: 4,096
    blocks, about 80 long modules, a few megabytes) and local to the process; a glossary read afresh from
    the database has a new version, so nothing stale is ever used.
    """

    def __init__(self, size=4096):
        self.size = size
        self.results = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        found = self.results.get(key)
        if found is not None:
            with contextlib.suppress(KeyError):  # another thread may just have dropped it
                self.results.move_to_end(key)
        return found

    def put(self, key, value):
        with self.lock:
            self.results[key] = value
            self.results.move_to_end(key)
            while len(self.results) > self.size:
                self.results.popitem(last=False)

    def clear(self):
        with self.lock:
            self.results.clear()


memo = MarkingMemo()


def mark_terms(html, glossary, marked, language=None):
    """`html` with the first use of each term of `glossary` not yet in `marked` (a set of term keys,
    updated) wrapped in glossary markup. Returns the HTML unchanged when there is nothing to mark.
    `language` is the active language (looked up when not given)."""
    html = html.__html__() if hasattr(html, "__html__") else str(html or "")  # a RichText renders itself
    if not html or not glossary.entries:
        return html
    if not glossary.version:
        return _mark_terms(html, glossary, marked)
    key = (glossary.version, language or translation.get_language(), html, frozenset(marked))
    found = memo.get(key)
    if found is None:
        before = set(marked)
        result = _mark_terms(html, glossary, marked)
        memo.put(key, (result, tuple(marked - before)))
        return result
    result, newly_marked = found
    marked.update(newly_marked)
    return result


def _mark_terms(html, glossary, marked):
    matcher = matcher_for(glossary)
    # Any term in the text is also in the unescaped source, so a source without an unmarked term needs
    # no parsing: after the first few blocks of a page, most blocks take this path. First a quick look
    # at the words of the source, then the exact rules.
    source = html_lib.unescape(html)
    if not matcher.may_hold_unmarked_term(source, marked):
        return html
    candidates = (matcher.entry_for(match.group(0)) for match in matcher.finditer(source))
    if not any(entry is not None and entry.key not in marked for entry in candidates):
        return html
    parser = _Marker(glossary, matcher, marked)
    parser.feed(html)
    parser.close()
    return "".join(parser.out)


_marking_enabled = []  # the GLOSSARY_MARKING setting, read once (settings are slow to read block by block)


@receiver(setting_changed)
def _forget_marking_setting(setting, **kwargs):
    if setting == "GLOSSARY_MARKING":
        _marking_enabled.clear()


def marking_enabled():
    if not _marking_enabled:
        _marking_enabled.append(bool(getattr(settings, "GLOSSARY_MARKING", True)))
    return _marking_enabled[0]


def mark_for_request(html, request=None, language=None):
    """Mark the terms in `html` for the page that `request` is rendering, in `language` (the active
    language when not given); never fails: on any error the HTML is returned as it was."""
    if not marking_enabled():
        return html
    try:
        language = language or translation.get_language()
        state = page_state(request, language)
        marked = mark_terms(html, state.glossary, state.marked, language)
    except Exception:
        logger.exception("Could not mark glossary terms; showing the text without them")
        return html
    # Safe: the parser re-escapes all the text it changes (SafeString directly: this runs for every block).
    return marked if isinstance(marked, SafeString) else SafeString(marked)


# The A to Z page

ALPHABETS = {
    "en": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "pl": "AĄBCĆDEĘFGHIJKLŁMNŃOÓPQRSŚTUVWXYZŹŻ",
    "ar": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
}
LATIN = ALPHABETS["en"]
# Letters written with a hamza or another mark are filed under their base letter, as Arabic dictionaries do.
ARABIC_BASE_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي", "ى": "ي", "ة": "ه"})


def alphabet(language):
    """The letters of the A to Z navigation: the language's own, then the Latin ones (abbreviations such
    as "PALS" stay in Latin letters on Arabic pages)."""
    own = ALPHABETS.get(language, LATIN)
    return own + "".join(letter for letter in LATIN if letter not in own)


def letter_of(term):
    """The heading a term is filed under: its first letter as written, as a capital, with Arabic letter
    forms filed under their base letter; "#" for a term that starts with a digit or a symbol."""
    for character in term.strip():
        if character.isalpha():
            return character.upper().translate(ARABIC_BASE_LETTERS)
        return "#"
    return "#"


def sort_key(term, language):
    """Alphabetical order in the language: Polish letters such as "Ł" after "L", Arabic letters in
    Arabic order, the Latin alphabet after the Arabic one on Arabic pages; spaces and punctuation are
    passed over, as in a dictionary."""
    letters = alphabet(language)
    key = []
    for character in term.strip().upper().translate(ARABIC_BASE_LETTERS):
        if not character.isalnum():  # "A&E" files as "AE", "Co-production" as "Coproduction"
            continue
        position = letters.find(character)
        key.append((0, position, "") if position >= 0 else (1, 0, character))
    return key, term.lower()


@dataclass
class LetterGroup:
    letter: str
    anchor: str
    terms: list


def a_to_z(terms, language):
    """Terms (objects with `.term`) grouped under their letters, in the order of the language's alphabet.

    Returns (groups, navigation): the groups that hold terms, and every letter of the alphabet with the
    anchor of its group, or None when no term starts with it.
    """
    by_letter = {}
    for term in sorted(terms, key=lambda item: sort_key(item.term, language)):
        by_letter.setdefault(letter_of(term.term), []).append(term)
    letters = list(alphabet(language))
    extra = sorted((letter for letter in by_letter if letter not in letters), key=lambda x: sort_key(x, language))
    groups = []
    navigation = []
    for index, letter in enumerate([*letters, *extra]):
        anchor = f"letter-{slugify(letter, allow_unicode=True) or index + 1}"
        if letter in by_letter:
            groups.append(LetterGroup(letter=letter, anchor=anchor, terms=by_letter[letter]))
            navigation.append((letter, anchor))
        elif letter in ALPHABETS.get(language, LATIN):
            navigation.append((letter, None))
    return groups, navigation
