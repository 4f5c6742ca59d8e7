"""Helpers shared by tests: translating the way an editor does in wagtail-localize."""

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource


def translate(instance, strings, capture_on_commit):
    """Translate `instance` into Swedish with `strings` ({Finnish: Swedish}) and publish it.

    wagtail-localize publishes on transaction commit, so the test's
    `django_capture_on_commit_callbacks` fixture is passed in to run those callbacks.
    """
    swedish = Locale.objects.get(language_code="sv")
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=swedish)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = strings.get(entry.msgid, "")
    translation.import_po(po)
    with capture_on_commit(execute=True):
        translation.save_target(publish=True)
    return instance.get_translation(swedish)
