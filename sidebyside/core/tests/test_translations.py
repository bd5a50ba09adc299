"""The Polish and Arabic interface catalogues are complete, compiled and used.

CI has no GNU gettext, so the strings in the code are found here the way `makemessages` finds them:
Python files through their syntax tree, templates through Django's own `templatize`, which turns the
translation tags into gettext calls.
"""

import ast
import functools
import os
import re
from pathlib import Path

from django.conf import settings
from django.utils import translation
from django.utils.translation.template import templatize

import polib
import pytest

from sidebyside.core.management.commands.compile_translations import compiled_messages

LANGUAGES = ["pl", "ar"]
LOCALE_DIR = Path(settings.LOCALE_PATHS[0])
# What `makemessages --ignore=.venv --ignore=var --ignore=staticfiles --ignore=bench` leaves out.
IGNORED_DIRS = {".venv", "var", "staticfiles", "bench", "media", "node_modules", "__pycache__"}
TEMPLATE_EXTENSIONS = {".html", ".txt"}

# gettext function -> positions of (context, singular, plural) among its arguments.
GETTEXT_FUNCTIONS = {
    "_": (None, 0, None),
    "gettext": (None, 0, None),
    "gettext_lazy": (None, 0, None),
    "gettext_noop": (None, 0, None),
    "ngettext": (None, 0, 1),
    "ngettext_lazy": (None, 0, 1),
    "pgettext": (0, 1, None),
    "pgettext_lazy": (0, 1, None),
    "npgettext": (0, 1, 2),
    "npgettext_lazy": (0, 1, 2),
}
CALL_START = re.compile(r"\b(?:" + "|".join(GETTEXT_FUNCTIONS) + r")\(")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdi]|<[^>]+>")


def load_po(language):
    return polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))


def live_entries(catalogue):
    return [entry for entry in catalogue if not entry.obsolete]


def source_files():
    for directory, subdirs, files in os.walk(settings.BASE_DIR):
        subdirs[:] = [name for name in subdirs if name not in IGNORED_DIRS and not name.startswith(".")]
        for name in files:
            path = Path(directory, name)
            if path.suffix == ".py" or path.suffix in TEMPLATE_EXTENSIONS:
                yield path


def function_name(call):
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def literal(args, position):
    if position is None or position >= len(args):
        return None
    node = args[position]
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def messages_in_tree(tree):
    """(context, msgid) for each gettext call whose message is a string literal."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and function_name(node) in GETTEXT_FUNCTIONS:
            context_at, singular_at, _plural_at = GETTEXT_FUNCTIONS[function_name(node)]
            msgid = literal(node.args, singular_at)
            if msgid:
                yield literal(node.args, context_at), msgid


def calls_in_templatized(text):
    """The gettext call expressions inside templatize() output (the rest of which is not Python)."""
    for match in CALL_START.finditer(text):
        end = text.find(")", match.end())
        while end != -1:
            try:
                yield ast.parse(text[match.start() : end + 1], mode="eval")
                break
            except SyntaxError:
                end = text.find(")", end + 1)


def messages_in_file(path):
    source = path.read_text(encoding="utf-8")
    if path.suffix == ".py":
        return set(messages_in_tree(ast.parse(source, filename=str(path))))
    found = set()
    for call in calls_in_templatized(templatize(source, origin=str(path))):
        found.update(messages_in_tree(call))
    return found


@functools.cache
def messages_in_code():
    """{(context, msgid): [files]} for every translatable string in the project."""
    found = {}
    for path in source_files():
        for message in messages_in_file(path):
            found.setdefault(message, []).append(str(path.relative_to(settings.BASE_DIR)))
    return found


def translation_problems(entry, nplurals):
    if "fuzzy" in entry.flags:
        yield "marked fuzzy"
    if entry.msgid_plural:
        forms = [entry.msgstr_plural.get(index, "") for index in range(nplurals)]
        if not all(form.strip() for form in forms):
            yield f"needs all {nplurals} plural forms"
    elif not entry.msgstr.strip():
        yield "not translated"


def test_the_scanner_finds_strings_in_python_and_templates():
    python = ast.parse('label = _("Python label")\nmenu = pgettext_lazy("menu", "Home")\nname = x.upper("no")')
    assert set(messages_in_tree(python)) == {(None, "Python label"), ("menu", "Home")}
    template = templatize(
        '{% load i18n %}{% translate "Plain" %}{% blocktranslate count n=3 %}{{ n }} item{% plural %}'
        '{{ n }} items{% endblocktranslate %}{% translate "Open" context "verb" %}'
    )
    found = set()
    for call in calls_in_templatized(template):
        found.update(messages_in_tree(call))
    assert found == {(None, "Plain"), (None, "%(n)s item"), ("verb", "Open")}


def test_the_project_has_strings_to_translate():
    found = messages_in_code()
    assert (None, "Skip to main content") in found
    assert (None, "Site-wide settings") in found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_is_in_the_catalogue(language):
    catalogue = {(entry.msgctxt, entry.msgid) for entry in live_entries(load_po(language))}
    missing = [
        f"  {message!r} in {', '.join(files)}"
        for message, files in messages_in_code().items()
        if message not in catalogue
    ]
    assert not missing, (
        f"{len(missing)} strings are missing from locale/{language}/LC_MESSAGES/django.po:\n"
        + "\n".join(sorted(missing))
        + "\nRun `manage.py makemessages -l pl -l ar --ignore=.venv --ignore=var --ignore=staticfiles"
        " --ignore=bench`, translate the new entries, then `manage.py compile_translations`."
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_none_is_fuzzy(language):
    catalogue = load_po(language)
    nplurals = int(re.search(r"nplurals=(\d+)", catalogue.metadata["Plural-Forms"])[1])
    assert not catalogue.metadata_is_fuzzy
    assert catalogue.metadata["Language"] == language
    problems = [
        f"  {entry.msgid!r}: {problem}"
        for entry in live_entries(catalogue)
        for problem in translation_problems(entry, nplurals)
    ]
    assert not problems, f"locale/{language}/LC_MESSAGES/django.po:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_html(language):
    for entry in live_entries(load_po(language)):
        if entry.msgid_plural:
            allowed = set(PLACEHOLDER.findall(entry.msgid_plural)) | set(PLACEHOLDER.findall(entry.msgid))
            for form in entry.msgstr_plural.values():
                # A form may leave the number out ("one result"), but may not invent a placeholder.
                assert set(PLACEHOLDER.findall(form)) <= allowed, (entry.msgid, form)
        else:
            assert sorted(PLACEHOLDER.findall(entry.msgstr)) == sorted(PLACEHOLDER.findall(entry.msgid)), entry.msgid


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_mo_file_matches_the_po_file(language):
    mo_path = LOCALE_DIR / language / "LC_MESSAGES" / "django.mo"
    assert mo_path.exists(), f"{mo_path} is missing: run `manage.py compile_translations`."
    assert compiled_messages(polib.mofile(str(mo_path))) == compiled_messages(load_po(language)), (
        f"{mo_path} is out of date: run `manage.py compile_translations`."
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("pl", {"Skip to main content": "Przejdź do treści głównej", "Search": "Szukaj"}),
        ("ar", {"Skip to main content": "انتقل إلى المحتوى الرئيسي", "Search": "بحث"}),
    ],
)
def test_the_interface_speaks_the_language(language, expected):
    with translation.override(language):
        assert {msgid: translation.gettext(msgid) for msgid in expected} == expected


@pytest.mark.parametrize(("language", "count", "expected"), [("pl", 5, "5 wyników"), ("ar", 2, "نتيجتان")])
def test_plural_forms_follow_the_language(language, count, expected):
    singular, plural = "%(counter)s result for ‘%(query)s’", "%(counter)s results for ‘%(query)s’"
    with translation.override(language):
        text = translation.ngettext(singular, plural, count) % {"counter": count, "query": "x"}
    assert text.startswith(expected)
