from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CallsConfig(AppConfig):
    """ "Mitä kuuluu?" call campaigns: a list of residents split among callers, each call an
    outcome, a need found turned into a help request, a worry into a coordinator's call back."""

    name = "workflows.calls"
    label = "calls"
    verbose_name = _('"How are you?" calls')

    def ready(self):
        from workflows.registry.signals import (
            volunteer_erased,
            volunteer_exported,
            volunteer_status_changed,
        )

        from . import personal_data

        volunteer_exported.connect(personal_data.export, dispatch_uid="calls")
        volunteer_erased.connect(personal_data.release, dispatch_uid="calls")
        volunteer_status_changed.connect(personal_data.release, dispatch_uid="calls")
