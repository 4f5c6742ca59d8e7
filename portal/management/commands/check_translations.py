"""Fail when locale/ is stale or a Finnish or Swedish string is missing.

The code's messages are extracted afresh (makemessages, into a scratch copy of locale/) and
compared with the committed catalogues; then every fi and sv message must be translated and
none fuzzy. `make messages` brings locale/ up to date.
"""

import shutil
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test import override_settings

import polib

REQUIRED_LANGUAGES = ("fi", "sv")
ALL_LANGUAGES = ("fi", "sv", "en")
IGNORE = [".venv", ".tools", "tests", "node_modules"]


def _messages(po):
    return {(entry.msgctxt, entry.msgid) for entry in po if not entry.obsolete}


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args, **options):
        committed_dir = Path(settings.LOCALE_PATHS[0])
        problems = []
        with tempfile.TemporaryDirectory() as scratch:
            shutil.copytree(committed_dir, scratch, dirs_exist_ok=True)
            with override_settings(LOCALE_PATHS=[scratch]):
                call_command(
                    "makemessages",
                    locale=list(ALL_LANGUAGES),
                    no_location=True,
                    no_obsolete=True,
                    ignore_patterns=IGNORE,
                    verbosity=0,
                )
            for language in ALL_LANGUAGES:
                relative = Path(language, "LC_MESSAGES", "django.po")
                if not (committed_dir / relative).exists():
                    problems.append(f"{relative}: missing")
                    continue
                committed = polib.pofile(str(committed_dir / relative))
                fresh = polib.pofile(str(Path(scratch) / relative))
                new = _messages(fresh) - _messages(committed)
                gone = _messages(committed) - _messages(fresh)
                if new or gone:
                    problems.append(
                        f"{relative}: stale ({len(new)} new, {len(gone)} no longer used)"
                    )
                    problems.extend(f"    new: {msgid!r}" for _ctx, msgid in sorted(new)[:10])
                if language in REQUIRED_LANGUAGES:
                    for entry in committed.untranslated_entries() + committed.fuzzy_entries():
                        problems.append(f"{relative}: not translated: {entry.msgid!r}")
        if problems:
            raise CommandError(
                "Translations are incomplete or out of date; run `make messages` and translate:\n"
                + "\n".join(problems)
            )
        self.stdout.write("Translations are complete and up to date for fi and sv.")
