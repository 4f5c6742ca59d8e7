from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OnboardingConfig(AppConfig):
    """A new volunteer's way from sign-up to active: review, meeting, checks, orientation,
    agreement."""

    name = "workflows.onboarding"
    label = "onboarding"
    verbose_name = _("Volunteer onboarding")

    def ready(self):
        from workflows.registry import signals

        from . import personal_data, services
        from .flows import on_signed_up

        signals.volunteer_signed_up.connect(on_signed_up, dispatch_uid="onboarding-start")
        signals.training_completed.connect(
            services.on_training_completed, dispatch_uid="onboarding-orientation"
        )
        signals.training_withdrawn.connect(
            services.on_training_withdrawn, dispatch_uid="onboarding-orientation-withdrawn"
        )
        signals.volunteer_exported.connect(personal_data.export, dispatch_uid="onboarding")
        signals.volunteer_erased.connect(personal_data.erase, dispatch_uid="onboarding")
