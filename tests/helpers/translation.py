"""Helpers shared by tests: translating the way an editor does in wagtail-localize."""

from wagtail.models import Locale

from demo.translate import prepare_translation


def translate(instance, strings, capture_on_commit):
    """Translate `instance` into Swedish with `strings` ({Finnish: Swedish}) and publish it.

    wagtail-localize publishes on transaction commit, so the test's
    `django_capture_on_commit_callbacks` fixture is passed in to run those callbacks.
    """
    swedish = Locale.objects.get(language_code="sv")
    translation = prepare_translation(instance, swedish, lambda e: strings.get(e.msgid, ""))
    with capture_on_commit(execute=True):
        translation.save_target(publish=True)
    return instance.get_translation(swedish)
