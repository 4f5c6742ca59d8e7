from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HelpRequestsConfig(AppConfig):
    """A resident's request for help: intake, triage, matching, the volunteer's offer and
    report, closing, feedback and, after the retention period, anonymisation."""

    name = "workflows.help_requests"
    label = "help_requests"
    verbose_name = _("Help requests")

    def ready(self):
        from workflows.registry.signals import (
            volunteer_erased,
            volunteer_exported,
            volunteer_status_changed,
        )

        from . import availability, personal_data

        volunteer_exported.connect(personal_data.export, dispatch_uid="help_requests")
        volunteer_erased.connect(personal_data.erase, dispatch_uid="help_requests")
        volunteer_status_changed.connect(
            availability.withdraw_offers, dispatch_uid="help_requests-offers"
        )
