from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    """Editor-managed content: page types, blocks, taxonomies and each municipality's settings."""

    name = "pages"
    verbose_name = _("Pages")

    def ready(self):
        from pages import signals  # models are ready only now

        signals.connect()
