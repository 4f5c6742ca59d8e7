"""Translate demo content through wagtail-localize, the way a translator's work is recorded.

The Swedish of the demo is a translator's catalogue (`content/sv/<name>.po`). For each Finnish
object the builder exports its PO from wagtail-localize, fills in the Swedish from that
catalogue, imports it back and publishes the translation, leaving TranslationSource,
Translation and StringTranslation records exactly as a PO upload in the admin would.
`translate_like` does the same from an unsaved Swedish "twin" of the object, for tests.
"""

from wagtail.models import DraftStateMixin
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue


def prepare_translation(source, locale, msgstr_for):
    """Record a translation of `source` into `locale` as an editor's work in wagtail-localize
    would be: `msgstr_for(entry)` gives the translated text of each PO entry. Returns the
    Translation, not yet saved to its target: publishing is the caller's choice.
    """
    translation_source, _ = TranslationSource.update_or_create_from_instance(source)
    translation, _ = Translation.objects.get_or_create(
        source=translation_source, target_locale=locale
    )
    po = translation.export_po()
    for entry in po:
        if not entry.obsolete:
            entry.msgstr = msgstr_for(entry)
    translation.import_po(po)
    return translation


def translate_from(source, locale, catalogue, untranslated):
    """Translate `source` into `locale` from `catalogue` ({(msgctxt, msgid): text}) and
    publish it. A text the catalogue lacks stays Finnish and is added to `untranslated`."""

    def msgstr_for(entry):
        text = catalogue.get((entry.msgctxt, entry.msgid))
        if not text:
            untranslated.add((entry.msgctxt, entry.msgid))
        return text or entry.msgid

    return _publish(source, locale, prepare_translation(source, locale, msgstr_for))


def _strings(instance):
    return [s for s in extract_segments(instance) if isinstance(s, StringSegmentValue)]


def translate_like(source, twin, locale):
    """Translate `source` into `locale` with the strings of `twin`; return the translation."""
    source_strings, twin_strings = _strings(source), _strings(twin)
    if [s.path for s in source_strings] != [s.path for s in twin_strings]:
        raise ValueError(f"The translation of {source!r} does not have the same structure.")

    twin_text = {
        (original.path, original.string.data): translated.string.data
        for original, translated in zip(source_strings, twin_strings, strict=True)
    }

    def msgstr_for(entry):
        try:
            return twin_text[entry.msgctxt, entry.msgid]
        except KeyError:
            raise ValueError(f"Unexpected segment {entry.msgctxt!r} in {source!r}.") from None

    return _publish(source, locale, prepare_translation(source, locale, msgstr_for))


def _publish(source, locale, translation):
    if isinstance(source, DraftStateMixin):
        # wagtail-localize would publish on commit, from a revision whose page object may be
        # stale by then (the demo adds children meanwhile); publish now instead.
        translation.save_target(publish=False)
        translated = source.get_translation(locale)
        translated.get_latest_revision().publish()
    else:
        translation.save_target(publish=True)
        translated = source.get_translation(locale)
    return translated


def segments(instance):
    """[(msgctxt, msgid)] of an (unsaved) instance, as `Translation.export_po()` lists them."""
    return [(segment.path, segment.string.data) for segment in _strings(instance)]
