from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ThanksConfig(AppConfig):
    """Thanking volunteers: at milestones or by hand, personalised by a coordinator, sent by
    e-mail or as a letter, and kept on the volunteer's record."""

    name = "workflows.thanks"
    label = "thanks"
    verbose_name = _("Thanks")

    def ready(self):
        from workflows.registry.signals import volunteer_erased, volunteer_exported

        from . import personal_data

        volunteer_exported.connect(personal_data.export, dispatch_uid="thanks")
        volunteer_erased.connect(personal_data.erase, dispatch_uid="thanks")
