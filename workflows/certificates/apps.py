from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    """Certificates given to volunteers (of a training, of their volunteering) as PDF, and the
    public page that tells whether one is genuine."""

    name = "workflows.certificates"
    label = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from workflows.registry.signals import volunteer_erased, volunteer_exported

        from . import personal_data

        volunteer_exported.connect(personal_data.export, dispatch_uid="certificates")
        volunteer_erased.connect(personal_data.erase, dispatch_uid="certificates")
