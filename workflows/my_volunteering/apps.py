from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MyVolunteeringConfig(AppConfig):
    """A volunteer's own pages on the public site: status, next step, details, their data."""

    name = "workflows.my_volunteering"
    label = "my_volunteering"
    verbose_name = _("My volunteering")
