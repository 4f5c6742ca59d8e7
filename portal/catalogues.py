"""Our own Finnish and Swedish catalogues of other projects' messages, beside locale/.

- locale/viewflow/: viewflow ships no fi or sv catalogue; we keep all of the messages
  coordinators see (`manage.py update_viewflow_catalogue`).
- locale/upstream/: Wagtail, wagtail-localize, django-taggit and Django ship Finnish and
  Swedish, with gaps (e.g. "Toggle status", "Autosave is paused"); we keep exactly the gaps,
  and our corrections of upstream words that mislead (`manage.py update_upstream_catalogue`).

Both are LOCALE_PATHS entries after locale/, so Django prefers them to the packages' own
catalogues. The commands keep existing translations, add new messages untranslated and drop
those no longer needed; `check_translations` fails until every one is translated.
"""

from pathlib import Path

from django.conf import settings

import polib

LANGUAGES = ("fi", "sv")
LANGUAGE_NAMES = {"fi": "Finnish", "sv": "Swedish"}
PLURAL_FORMS = "nplurals=2; plural=(n != 1);"


def directory(name):
    """locale/<name>, one of LOCALE_PATHS."""
    return Path(settings.BASE_DIR) / "locale" / name


def po_path(catalogue_dir, language, domain="django"):
    return Path(catalogue_dir) / language / "LC_MESSAGES" / f"{domain}.po"


def key(entry):
    return (entry.msgctxt, entry.msgid)


def messages(po):
    return {key(entry) for entry in po if not entry.obsolete}


def merge(template, existing, language, project, header):
    """A catalogue for `language` with template's messages and existing's translations
    (and translators' comments), sorted by where the messages come from."""
    old = {key(entry): entry for entry in existing or [] if not entry.obsolete}
    merged = polib.POFile(wrapwidth=0)
    merged.metadata = {
        "Project-Id-Version": project,
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS,
    }
    merged.header = header
    for source in sorted(template, key=lambda e: (e.occurrences[:1], e.msgctxt or "", e.msgid)):
        entry = polib.POEntry(
            msgctxt=source.msgctxt,
            msgid=source.msgid,
            msgid_plural=source.msgid_plural,
            occurrences=source.occurrences,
            flags=[flag for flag in source.flags if flag != "fuzzy"],
            comment=source.comment,
        )
        previous = old.get(key(source))
        if source.msgid_plural:
            entry.msgstr_plural = (
                dict(previous.msgstr_plural)
                if previous and previous.msgstr_plural
                else {0: "", 1: ""}
            )
        elif previous:
            entry.msgstr = previous.msgstr
        if previous:
            entry.tcomment = previous.tcomment
            if previous.fuzzy:
                entry.flags.append("fuzzy")
        merged.append(entry)
    return merged


def save(po, path):
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
    return len(po.untranslated_entries()) + len(po.fuzzy_entries())
