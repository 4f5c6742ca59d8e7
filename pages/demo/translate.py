"""Translate demo content through wagtail-localize, the way an editor's work is recorded.

The Swedish demo texts are written as a "twin": an unsaved instance of the same model built
from the Swedish data with the same structure. Its strings are fed to wagtail-localize as the
translation of the Finnish original's strings, segment by segment, and the translation is
then published, leaving TranslationSource, Translation and StringTranslation records exactly
as translating in the admin would.
"""

from wagtail.models import DraftStateMixin
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue


def _strings(instance):
    return [s for s in extract_segments(instance) if isinstance(s, StringSegmentValue)]


def translate_like(source, twin, locale):
    """Translate `source` into `locale` with the strings of `twin`; return the translation."""
    source_strings, twin_strings = _strings(source), _strings(twin)
    if [s.path for s in source_strings] != [s.path for s in twin_strings]:
        raise ValueError(f"The translation of {source!r} does not have the same structure.")

    translation_source, _ = TranslationSource.update_or_create_from_instance(source)
    translation, _ = Translation.objects.get_or_create(
        source=translation_source, target_locale=locale
    )
    po = translation.export_po()
    entries = [entry for entry in po if not entry.obsolete]
    for entry, original, translated in zip(entries, source_strings, twin_strings, strict=True):
        if (entry.msgctxt, entry.msgid) != (original.path, original.string.data):
            raise ValueError(f"Unexpected segment {entry.msgctxt!r} in {source!r}.")
        entry.msgstr = translated.string.data
    translation.import_po(po)
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
