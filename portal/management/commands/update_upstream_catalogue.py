"""Bring our catalogue of Wagtail's, wagtail-localize's, django-taggit's and Django's missing
Finnish and Swedish (locale/upstream/) up to date with the installed packages.

Those packages ship fi and sv catalogues with gaps: an editor on a Finnish admin met
"Toggle status" and "Autosave is paused"; a reviewer met "Publish in Svenska". For each
language and domain (django, djangojs) this keeps exactly the messages the packages' English
catalogues have and none of their catalogues (nor ours) translates. Existing translations are
kept, new gaps are added untranslated, filled gaps are dropped.

A correction of an upstream translation that misleads our users ("Maa-asetusto" for Locale)
is an entry whose translator comment starts with "Correction:"; it is kept although upstream
translates the message. After upgrading one of the packages: run this, translate what
`check_translations` lists, compile.
"""

import importlib.metadata
from functools import cache
from pathlib import Path

import django
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand

import polib

from portal import catalogues

# The packages whose gaps we fill: app names starting with these. Django's own admin is
# left out: only developers use it.
PACKAGES = ("wagtail", "wagtail_localize", "taggit", "django.contrib.auth")
DOMAINS = ("django", "djangojs")
CORRECTION = "Correction:"
HEADER = (
    "Wagtail's, wagtail-localize's, django-taggit's and Django's messages that their own\n"
    "{} catalogues lack, kept by `manage.py update_upstream_catalogue`; entries whose\n"
    "translator comment starts with 'Correction:' replace a misleading upstream translation.\n"
    "Edit translations here; the command keeps them."
)


def catalogue_dir():
    return catalogues.directory("upstream")


def po_path(language, domain="django"):
    return catalogues.po_path(catalogue_dir(), language, domain)


def _locale_dirs():
    """(label, locale directory) of the packages whose gaps we fill, Django's own first."""
    yield "django", Path(django.__file__).parent / "conf" / "locale"
    for config in apps.get_app_configs():
        if config.name.startswith(PACKAGES):
            yield config.name, Path(config.path) / "locale"


def _ours(language, domain):
    """Our other catalogues in LOCALE_PATHS (locale/, locale/viewflow/)."""
    for path in map(Path, settings.LOCALE_PATHS):
        if path != catalogue_dir():
            yield catalogues.po_path(path, language, domain)


def _translated(path):
    if not path.exists():
        return set()
    return {catalogues.key(e) for e in polib.pofile(str(path)) if e.translated() and not e.fuzzy}


@cache
def gaps(language, domain):
    """The messages of `domain` no catalogue translates into `language`, as a template."""
    english, translated = {}, set()
    for label, locale_dir in _locale_dirs():
        source = catalogues.po_path(locale_dir, "en", domain)
        if source.exists():
            for entry in polib.pofile(str(source), wrapwidth=0):
                if not entry.obsolete:
                    entry.occurrences = [(f"{label}: {path}", "") for path, _ in entry.occurrences]
                    english.setdefault(catalogues.key(entry), entry)
        translated |= _translated(catalogues.po_path(locale_dir, language, domain))
    for path in _ours(language, domain):
        translated |= _translated(path)
    template = polib.POFile(wrapwidth=0)
    for message_key, entry in english.items():
        if message_key not in translated:
            # File names only, once each: line numbers change with every release.
            entry.occurrences = list(dict.fromkeys(entry.occurrences))[:3]
            entry.msgstr, entry.msgstr_plural, entry.tcomment = "", {}, ""
            template.append(entry)
    return template


def corrections(existing):
    return [entry for entry in existing or [] if entry.tcomment.startswith(CORRECTION)]


def expected(language, domain, existing):
    """What the catalogue should hold: the gaps, and our corrections."""
    template = gaps(language, domain)
    present = catalogues.messages(template)
    extra = [entry for entry in corrections(existing) if catalogues.key(entry) not in present]
    return [*template, *extra]


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args, **options):
        version = importlib.metadata.version("wagtail")
        for language in catalogues.LANGUAGES:
            for domain in DOMAINS:
                path = po_path(language, domain)
                existing = polib.pofile(str(path)) if path.exists() else None
                merged = catalogues.merge(
                    expected(language, domain, existing),
                    existing,
                    language,
                    f"Wagtail {version} and friends, gaps (Talkoo)",
                    HEADER.format(catalogues.LANGUAGE_NAMES[language]),
                )
                untranslated = catalogues.save(merged, path)
                self.stdout.write(
                    f"{path.relative_to(settings.BASE_DIR)}: {len(merged)} messages, "
                    f"{untranslated} to translate"
                )
