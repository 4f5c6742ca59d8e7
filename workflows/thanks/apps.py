from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ThanksConfig(AppConfig):
    """Thanking volunteers: at milestones or by hand, personalised by a coordinator, sent by
    e-mail or as a letter, and kept on the volunteer's record."""

    name = "workflows.thanks"
    label = "thanks"
    verbose_name = _("Thanks")

    def ready(self):
        from workflows.registry.signals import volunteer_erased

        from . import services

        volunteer_erased.connect(services.on_volunteer_erased, dispatch_uid="thanks")
