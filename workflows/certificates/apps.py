from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    """Certificates given to volunteers (of a training, of their volunteering) as PDF, and the
    public page that tells whether one is genuine."""

    name = "workflows.certificates"
    label = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from workflows.registry.signals import volunteer_erased

        from . import services

        volunteer_erased.connect(services.on_volunteer_erased, dispatch_uid="certificates")
