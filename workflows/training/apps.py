from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    """Trainings, recreation and peer-support gatherings: their sessions, and each
    volunteer's enrolment from the seat (or the waiting list) to attendance and feedback."""

    name = "workflows.training"
    label = "training"
    verbose_name = _("Trainings and gatherings")
