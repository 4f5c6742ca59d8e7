from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HelpRequestsConfig(AppConfig):
    """A resident's request for help: intake, triage, matching, the volunteer's offer and
    report, closing, feedback and, after the retention period, anonymisation."""

    name = "workflows.help_requests"
    label = "help_requests"
    verbose_name = _("Help requests")

    def ready(self):
        from workflows.registry.signals import volunteer_erased

        from . import services

        volunteer_erased.connect(services.on_volunteer_erased, dispatch_uid="help_requests")
