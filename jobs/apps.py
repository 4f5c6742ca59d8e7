from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JobsConfig(AppConfig):
    name = "jobs"
    verbose_name = _("Background work")

    def ready(self):
        # Connect the retry signal handler and register the schedule's check.
        from jobs import checks, retries  # noqa: F401
