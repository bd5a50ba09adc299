"""Compile the interface catalogues (locale/<lang>/LC_MESSAGES/django.po) to .mo files in pure Python.

Django's own `compilemessages` needs GNU gettext's msgfmt, which CI and many laptops do not have.
polib writes the same messages, so either tool may be used; a .mo is rewritten only when its messages
differ from its .po, which keeps the committed files stable whichever tool compiled them last.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

import polib


def catalogue_paths():
    """Every django.po under the project's LOCALE_PATHS."""
    for locale_dir in settings.LOCALE_PATHS:
        yield from sorted(Path(locale_dir).glob("*/LC_MESSAGES/django.po"))


def compiled_messages(catalogue):
    """What gettext would answer from a catalogue: its plural rule and every translated message.

    Works for a parsed .po and a parsed .mo alike; fuzzy and untranslated entries are left out, as
    msgfmt leaves them out.
    """
    messages = {"Plural-Forms": catalogue.metadata.get("Plural-Forms")}
    for entry in catalogue.translated_entries():
        key = (entry.msgctxt or None, entry.msgid, entry.msgid_plural or None)
        if entry.msgid_plural:
            messages[key] = tuple(entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural))
        else:
            messages[key] = entry.msgstr
    return messages


def is_up_to_date(po_path):
    mo_path = po_path.with_suffix(".mo")
    if not mo_path.exists():
        return False
    return compiled_messages(polib.mofile(str(mo_path))) == compiled_messages(polib.pofile(str(po_path)))


class Command(BaseCommand):
    help = "Compile locale/*/LC_MESSAGES/django.po to .mo with polib (no GNU gettext needed)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Write nothing; exit with an error if any .mo file is missing or out of date.",
        )

    def handle(self, *args, check=False, **options):
        stale = [path for path in catalogue_paths() if not is_up_to_date(path)]
        if check and stale:
            names = ", ".join(str(path) for path in stale)
            raise CommandError(f"Out of date: {names}. Run `manage.py compile_translations`.")
        for po_path in stale:
            polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
            self.stdout.write(f"Compiled {po_path.with_suffix('.mo')}")
        if not stale:
            self.stdout.write("All translation catalogues are up to date.")
