from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    """Trainings, recreation and peer-support gatherings: their sessions, and each
    volunteer's enrolment from the seat (or the waiting list) to attendance and feedback."""

    name = "workflows.training"
    label = "training"
    verbose_name = _("Trainings and gatherings")

    def ready(self):
        from workflows.registry.signals import volunteer_erased, volunteer_exported

        from . import personal_data

        volunteer_exported.connect(personal_data.export, dispatch_uid="training")
        volunteer_erased.connect(personal_data.erase, dispatch_uid="training")
