from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    """Trainings, recreation and peer-support gatherings: their sessions, and each
    volunteer's enrolment from the seat (or the waiting list) to attendance and feedback."""

    name = "workflows.training"
    label = "training"
    verbose_name = _("Trainings and gatherings")

    def ready(self):
        from workflows.registry.signals import volunteer_erased

        from . import services

        volunteer_erased.connect(services.on_volunteer_erased, dispatch_uid="training")
