"""Glossary marking never breaks HTML: any rich text in gives valid, equivalent HTML out.

The rich text is a random tree of the elements Wagtail's editor makes (paragraphs, headings, lists, bold,
italic, links, line breaks, rules) plus abbreviations and code, with random text that often holds
glossary terms. Out must come HTML whose elements all close in order, with the same text and the same
elements once the added glossary markup is taken away, each term marked at most once, and no term marked
inside a link, a heading or an abbreviation.
"""

import dataclasses
import html as html_lib
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from learning.glossary import VOID_ELEMENTS, _Marker, mark_terms, matcher_for
from learning.tests.test_glossary_marking import glossary

PROPERTY_SETTINGS = settings(max_examples=300, deadline=None, database=None)
TERM_WORDS = ["PALS", "ICB", "ICBs", "A&E", "trust", "Trust board", "TRUST", "run chart", "pals", "PALSY"]
PLAIN_TEXT = st.text(
    alphabet=st.sampled_from(list("abcXYZ  .,;:'\"<>&-_\n\t") + ["é", "ł", "ا", "ل", "\u202e", "\u00a0"]), max_size=12
)
TEXT = st.lists(st.one_of(st.sampled_from(TERM_WORDS), PLAIN_TEXT), max_size=5).map(" ".join)
ATTRIBUTE = st.text(alphabet=st.sampled_from(list("ab /#:?=&\"'<>PALS")), max_size=15)
SKIPPED = {"a", "abbr", "code", "h2", "h3", "h4"}
KNOWN = {"pals", "icb", "a&e", "trust", "trust board", "run chart"}


def term_key(text):
    """The glossary term a marked text stands for: "ICBs" → "icb", "run\n chart" → "run chart"."""
    key = " ".join(text.split()).lower()
    return key if key in KNOWN else key.removesuffix("s")


def escaped(text):
    return html_lib.escape(text, quote=False)


def element(tag, children, attributes=""):
    return f"<{tag}{attributes}>{''.join(children)}</{tag}>"


def inline(depth=3):
    leaves = st.one_of(
        TEXT.map(escaped),
        st.just("<br>"),
        TEXT.map(lambda text: element("code", [escaped(text)])),
        st.tuples(ATTRIBUTE, TEXT).map(
            lambda pair: element("abbr", [escaped(pair[1])], f' title="{html_lib.escape(pair[0])}"')
        ),
    )
    if depth == 0:
        return leaves
    children = st.lists(inline(depth - 1), max_size=4)
    return st.one_of(
        leaves,
        st.tuples(st.sampled_from(["b", "i", "strong", "em"]), children).map(lambda pair: element(*pair)),
        st.tuples(ATTRIBUTE, st.lists(leaves, max_size=3)).map(
            lambda pair: element("a", pair[1], f' href="{html_lib.escape(pair[0])}"')
        ),
    )


PHRASING = st.lists(inline(), max_size=4)
BLOCK = st.one_of(
    st.tuples(st.sampled_from(["p", "h2", "h3", "h4"]), PHRASING).map(lambda pair: element(*pair)),
    st.tuples(
        st.sampled_from(["ul", "ol"]), st.lists(PHRASING.map(lambda c: element("li", c)), min_size=1, max_size=3)
    ).map(lambda pair: element(*pair)),
    st.just("<hr>"),
)
RICH_TEXT = st.lists(BLOCK, min_size=1, max_size=5).map("".join)


class Outline(HTMLParser):
    """The elements and text of HTML, with any glossary markup replaced by the text of its term; also
    checks that elements close in order and records where terms were marked."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.events = []
        self.stack = []  # open elements: (tag, is_glossary_markup)
        self.in_glossary = 0  # depth inside a glossary wrapper
        self.ignored = 0  # depth inside its panel or its hidden hint
        self.marked = []  # (term text, the original elements it sits in)
        self.errors = []

    def text(self, data):
        if self.events and self.events[-1][0] == "text":
            self.events[-1] = ("text", self.events[-1][1] + data)
        else:
            self.events.append(("text", data))

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if tag not in VOID_ELEMENTS:
            self.stack.append(tag)
        if self.in_glossary:
            self.in_glossary += tag not in VOID_ELEMENTS
            if self.ignored or "sbs-glossary__panel" in classes or "nhsuk-u-visually-hidden" in classes:
                self.ignored += tag not in VOID_ELEMENTS
            return
        if "data-sbs-glossary" in attributes:
            self.in_glossary = 1
            originals = list(self.stack[:-1])
            self.marked.append(["", originals])
            return
        self.events.append(("start", tag, sorted(attrs, key=lambda pair: pair[0])))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()
        if self.in_glossary:
            self.in_glossary -= 1
            if self.ignored:
                self.ignored -= 1
            return
        self.events.append(("end", tag))

    def handle_data(self, data):
        if self.in_glossary:
            if not self.ignored:
                self.marked[-1][0] += data
                self.text(data)
            return
        self.text(data)


def outline(html):
    parser = Outline()
    parser.feed(html)
    parser.close()
    assert not parser.errors, parser.errors
    assert not parser.stack, f"left open: {parser.stack}"
    return parser


@PROPERTY_SETTINGS
@given(RICH_TEXT)
def test_marked_rich_text_is_valid_and_equivalent(html):
    marked_keys = set()
    result = mark_terms(html, glossary(), marked_keys)
    before, after = outline(html), outline(result)
    assert after.events == before.events
    terms = [term_key(text) for text, _open in after.marked]
    assert len(terms) == len(set(terms)), f"a term marked twice: {terms}"
    for text, open_elements in after.marked:
        assert not SKIPPED & set(open_elements), f"{text!r} marked inside {open_elements}"
    assert set(terms) <= KNOWN


@PROPERTY_SETTINGS
@given(RICH_TEXT, RICH_TEXT)
def test_terms_marked_in_one_block_are_not_marked_again_in_the_next(first, second):
    marked_keys = set()
    one = outline(mark_terms(first, glossary(), marked_keys))
    two = outline(mark_terms(second, glossary(), marked_keys))
    texts = [term_key(text) for text, _open in [*one.marked, *two.marked]]
    assert len(texts) == len(set(texts))


@PROPERTY_SETTINGS
@given(st.text(max_size=200))
def test_any_string_at_all_is_handled_without_an_error(text):
    result = mark_terms(text, glossary(), set())
    assert isinstance(result, str)


def marked_texts(html):
    return [text for text, _open in outline(html).marked]


@PROPERTY_SETTINGS
@given(RICH_TEXT)
def test_the_quick_first_look_never_misses_a_term(html):
    """Skipping blocks that cannot hold a term, and remembering results, mark exactly what parsing every
    block would."""
    plain = glossary()
    parser = _Marker(plain, matcher_for(plain), set())
    parser.feed(html)
    parser.close()
    everything_parsed = marked_texts("".join(parser.out))
    assert marked_texts(mark_terms(html, plain, set())) == everything_parsed
    remembered = dataclasses.replace(plain, version="property")
    assert marked_texts(mark_terms(html, remembered, set())) == everything_parsed
    assert marked_texts(mark_terms(html, remembered, set())) == everything_parsed  # from the memo
