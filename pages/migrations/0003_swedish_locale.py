"""Swedish is a content language from the start, kept in step with the Finnish tree."""

from django.db import migrations


def create_swedish(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    finnish, _ = Locale.objects.get_or_create(language_code="fi")
    swedish, _ = Locale.objects.get_or_create(language_code="sv")
    LocaleSynchronization.objects.get_or_create(locale=swedish, defaults={"sync_from": finnish})


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0002_initial"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [migrations.RunPython(create_swedish, migrations.RunPython.noop)]
