"""Fail when locale/ is stale or a Finnish or Swedish string is missing.

The code's messages are extracted afresh (makemessages, in a scratch copy of the project so
that nothing under locale/ is written) and compared with the committed catalogues; then every
fi and sv message must be translated and none fuzzy. `make messages` brings locale/ up to
date.

viewflow's own catalogue, locale/viewflow/ (see update_viewflow_catalogue), is checked the
same way against the installed viewflow: `manage.py update_viewflow_catalogue` brings it up to
date.

Our catalogue of the gaps in Wagtail's, wagtail-localize's, taggit's and Django's Finnish and
Swedish, locale/upstream/, must hold exactly the installed packages' gaps, all translated:
`manage.py update_upstream_catalogue` brings it up to date.
"""

import shutil
import tempfile
from contextlib import chdir
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test import override_settings

import polib

from portal import catalogues

from . import update_upstream_catalogue as upstream_catalogue
from . import update_viewflow_catalogue as viewflow_catalogue

REQUIRED_LANGUAGES = ("fi", "sv")
ALL_LANGUAGES = ("fi", "sv", "en")
IGNORE = [".venv", ".tools", "tests", "node_modules"]
# Left out of the scratch copy: not code, or written by the project (MEDIA_ROOT, STATIC_ROOT).
NOT_COPIED_AT_TOP = {".git", ".venv", ".tools", "tests", "locale", "media", "static"}
NOT_COPIED = shutil.ignore_patterns(
    "node_modules", "__pycache__", ".*_cache", "*.sqlite3", "*.mo", "test-results"
)


_messages = catalogues.messages


def _listed(new):
    return [
        f"    new: {msgid!r}" for _ctx, msgid in sorted(new, key=lambda m: (m[1], m[0] or ""))[:10]
    ]


def _untranslated(relative, po):
    return [
        f"{relative}: not translated: {entry.msgid!r}"
        for entry in po.untranslated_entries() + po.fuzzy_entries()
    ]


def _ignore(base):
    def ignore(directory, names):
        ignored = set(NOT_COPIED(directory, names))
        if Path(directory) == base:
            ignored |= NOT_COPIED_AT_TOP & set(names)
        return ignored

    return ignore


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args, **options):
        problems = self.check_project() + self.check_viewflow() + self.check_upstream()
        if problems:
            raise CommandError(
                "Translations are incomplete or out of date; run `make messages` (locale/) or "
                "`manage.py update_viewflow_catalogue` (locale/viewflow/) or "
                "`manage.py update_upstream_catalogue` (locale/upstream/) and translate:\n"
                + "\n".join(problems)
            )
        self.stdout.write("Translations are complete and up to date for fi and sv.")

    def check_project(self):
        base = Path(settings.BASE_DIR)
        committed_dir = Path(settings.LOCALE_PATHS[0])
        problems = []
        with tempfile.TemporaryDirectory() as scratch:
            # makemessages files each message under the locale/ nearest to its source, found
            # from the working directory: run it in a copy of the project, whose own locale/
            # is a copy of the committed one (without the nested viewflow catalogue).
            project = Path(scratch) / "project"
            shutil.copytree(base, project, ignore=_ignore(base))
            fresh_dir = project / "locale"
            shutil.copytree(
                committed_dir, fresh_dir, ignore=shutil.ignore_patterns("viewflow", "*.mo")
            )
            with chdir(project), override_settings(LOCALE_PATHS=[str(fresh_dir)]):
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
                fresh = polib.pofile(str(fresh_dir / relative))
                new = _messages(fresh) - _messages(committed)
                gone = _messages(committed) - _messages(fresh)
                if new or gone:
                    problems.append(
                        f"{relative}: stale ({len(new)} new, {len(gone)} no longer used)"
                    )
                    problems.extend(_listed(new))
                if language in REQUIRED_LANGUAGES:
                    problems.extend(_untranslated(relative, committed))
        return problems

    def check_viewflow(self):
        """locale/viewflow: in LOCALE_PATHS, in step with the installed viewflow and
        translated."""
        expected = catalogues.messages(viewflow_catalogue.extract())
        problems = _in_locale_paths(viewflow_catalogue.catalogue_dir())
        for language in viewflow_catalogue.LANGUAGES:
            problems += _check_catalogue(viewflow_catalogue.po_path(language), lambda _: expected)
        return problems

    def check_upstream(self):
        """locale/upstream: in LOCALE_PATHS, holding exactly the installed packages' gaps (and
        our corrections), translated."""
        problems = _in_locale_paths(upstream_catalogue.catalogue_dir())
        for language in catalogues.LANGUAGES:
            for domain in upstream_catalogue.DOMAINS:
                problems += _check_catalogue(
                    upstream_catalogue.po_path(language, domain),
                    lambda committed, language=language, domain=domain: catalogues.messages(
                        upstream_catalogue.expected(language, domain, committed)
                    ),
                )
        return problems


def _in_locale_paths(directory):
    if directory in map(Path, settings.LOCALE_PATHS):
        return []
    return [f"{directory.relative_to(settings.BASE_DIR)}: not in LOCALE_PATHS, so never used"]


def _check_catalogue(path, expected):
    """The catalogue at `path` holds exactly `expected(committed)`'s messages, translated."""
    relative = path.relative_to(settings.BASE_DIR)
    if not path.exists():
        return [f"{relative}: missing"]
    committed = polib.pofile(str(path))
    wanted = expected(committed)
    new = wanted - _messages(committed)
    gone = _messages(committed) - wanted
    problems = []
    if new or gone:
        problems.append(f"{relative}: stale ({len(new)} new, {len(gone)} no longer used)")
        problems.extend(_listed(new))
    return problems + _untranslated(relative, committed)
