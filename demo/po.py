"""The Swedish demo as a translator keeps it: one gettext catalogue per Finnish data file.

`content/sv/<name>.po` holds the Swedish of `content/<name>.yaml`. Each entry is a segment as
wagtail-localize's `Translation.export_po()` writes it (msgctxt the field's or block's path,
msgid the Finnish text), so the builder can fill an object's own export from it and import
it back (`demo.translate.translate_from`). An entry names, as a comment for the translator,
the pages or terms it appears in. Poedit opens these files as they are.
"""

from pathlib import Path

import polib

CONTENT = Path(__file__).resolve().parent / "content"
WRAP_WIDTH = 100


def path(name):
    return CONTENT / "sv" / f"{name}.po"


def read(name):
    """{(msgctxt, msgid): msgstr} of the translated entries; fuzzy ones count as untranslated,
    as gettext counts them."""
    catalogue = path(name)
    if not catalogue.exists():
        return {}
    return {
        (entry.msgctxt, entry.msgid): entry.msgstr
        for entry in polib.pofile(str(catalogue))
        if entry.translated()
    }


def write(name, segments):
    """Write `content/sv/<name>.po` with `segments` [(msgctxt, msgid, where)], in order,
    keeping the Swedish already translated; entries no longer in the Finnish are kept as
    obsolete (#~), as msgmerge keeps them. Returns (entries, of which not translated)."""
    old = polib.pofile(str(path(name))) if path(name).exists() else []
    # A fuzzy entry (a translator's "needs work") stays fuzzy.
    translated = {(e.msgctxt, e.msgid): e for e in old if e.msgstr and not e.obsolete}
    po = polib.POFile(wrapwidth=WRAP_WIDTH)
    po.metadata = {
        "Project-Id-Version": f"Talkoo demo, {name}",
        "Language": "sv",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Transfer-Encoding": "8bit",
    }
    entries = {}
    for msgctxt, msgid, where in segments:
        entry = entries.get((msgctxt, msgid))
        if entry is None:
            before = translated.get((msgctxt, msgid))
            entry = polib.POEntry(msgctxt=msgctxt, msgid=msgid, msgstr="", comment=where)
            if before is not None:
                entry.msgstr, entry.flags = before.msgstr, before.flags
            entries[msgctxt, msgid] = entry
            po.append(entry)
        elif where not in entry.comment.split(", "):
            entry.comment += f", {where}"
    for (msgctxt, msgid), before in translated.items():
        if (msgctxt, msgid) not in entries:
            gone = polib.POEntry(msgctxt=msgctxt, msgid=msgid, msgstr=before.msgstr, obsolete=True)
            po.append(gone)
    path(name).parent.mkdir(exist_ok=True)
    po.save(str(path(name)))
    return len(entries), sum(1 for entry in entries.values() if not entry.translated())
