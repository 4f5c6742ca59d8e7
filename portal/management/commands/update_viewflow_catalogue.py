"""Bring viewflow's Finnish and Swedish catalogue (locale/viewflow/) up to date with the
installed viewflow.

viewflow ships no fi or sv catalogue, so we keep one of our own beside locale/. This command
extracts viewflow's messages afresh (makemessages, run in a scratch copy of the installed
package, never in site-packages) and merges them into locale/viewflow/{fi,sv}: existing
translations are kept, new messages are added untranslated and messages viewflow no longer
has are dropped. Messages only developers or admins ever see (the parts of viewflow we do not
use: its FSM admin, import/export, demo login page…) are left out, see EXCLUDED_*.
After a viewflow upgrade: run this, translate what `check_translations` lists, compile.
"""

import importlib.metadata
import importlib.util
import shutil
import tempfile
from contextlib import chdir
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.test import override_settings

import polib

from portal import catalogues

LANGUAGES = catalogues.LANGUAGES

# Parts of viewflow that the coordinators' site does not use (paths inside the package): a
# message is left out when every place it comes from is in one of them.
EXCLUDED_PATHS = (
    "contrib/",  # the admin integration, the profile/avatar page and its compliments
    "fsm/",  # the finite state machine's admin and viewset
    "templates/admin/",
    "templates/formtools/",
    "templates/viewflow/fsm/",
    "templates/viewflow/contrib/",  # import/export actions, plotly, swagger
    "templates/viewflow/views/fsm_chart.html",
    # Bulk delete of model lists; its plural message (singular and plural with different
    # placeholders) cannot pass msgfmt --check-format in any translation.
    "templates/viewflow/views/delete_action.html",
    "templates/registration/",  # coordinators log in and out through the Wagtail admin
    "templates/404.html",  # the project's own 404 and 500 pages come first
    "templates/500.html",
    "workflow/admin.py",
    "workflow/apps.py",
)
# Single messages coordinators never see although their file is in use.
EXCLUDED_MSGIDS = {
    "Viewflow Demo suite",
}
# Messages viewflow's pages show from its dependencies that no installed catalogue
# translates (django-filter's wheel ships no compiled catalogues; Wagtail's cover the rest of
# its date-range choices): (message, where it comes from).
HEADER = (
    "viewflow's messages in {}, kept by `manage.py update_viewflow_catalogue`.\n"
    "viewflow ships no catalogue for this language; the project translates the messages\n"
    "coordinators see. Edit translations here; the command keeps them."
)
EXTRA_MESSAGES = [
    ("Yesterday", "django_filters/filters.py"),  # DateRangeFilter
]


def catalogue_dir():
    """locale/viewflow, the LOCALE_PATHS entry after the project's own locale/."""
    return catalogues.directory("viewflow")


def _excluded(entry):
    if entry.msgid in EXCLUDED_MSGIDS:
        return True
    return bool(entry.occurrences) and all(
        path.startswith(EXCLUDED_PATHS) for path, _line in entry.occurrences
    )


def extract():
    """viewflow's messages as a POT-like polib file (occurrences: paths in the package)."""
    package = Path(importlib.util.find_spec("viewflow").origin).parent
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "viewflow"
        shutil.copytree(
            package,
            copy,
            ignore=shutil.ignore_patterns("static", "locale", "__pycache__", "node_modules"),
        )
        (copy / "locale").mkdir()
        # makemessages writes into the LOCALE_PATHS that contain the files, else into the
        # first one: point them all at the copy so nothing is written anywhere else.
        with chdir(copy), override_settings(LOCALE_PATHS=[str(copy / "locale")]):
            call_command(
                "makemessages",
                locale=["fi"],
                keep_pot=True,
                no_wrap=True,
                verbosity=0,
            )
        pot = polib.pofile(str(copy / "locale" / "django.pot"), wrapwidth=0)
    messages = polib.POFile(wrapwidth=0)
    for entry in pot:
        if _excluded(entry):
            continue
        # File names only: line numbers change with every viewflow release.
        paths = dict.fromkeys(path for path, _line in entry.occurrences)
        entry.occurrences = [(path, "") for path in paths]
        messages.append(entry)
    for msgid, source in EXTRA_MESSAGES:
        messages.append(polib.POEntry(msgid=msgid, occurrences=[(source, "")]))
    return messages


def po_path(language, directory=None):
    return catalogues.po_path(directory or catalogue_dir(), language)


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args, **options):
        template = extract()
        for language in LANGUAGES:
            path = po_path(language)
            existing = polib.pofile(str(path)) if path.exists() else None
            merged = catalogues.merge(
                template,
                existing,
                language,
                f"viewflow {importlib.metadata.version('django-viewflow')} (Talkoo)",
                HEADER.format(catalogues.LANGUAGE_NAMES[language]),
            )
            untranslated = catalogues.save(merged, path)
            self.stdout.write(
                f"{path.relative_to(settings.BASE_DIR)}: {len(merged)} messages, "
                f"{untranslated} to translate"
            )
