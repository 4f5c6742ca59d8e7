from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistryConfig(AppConfig):
    """The knowledge bank: who is in the volunteer network and the vocabularies describing them.

    Areas, life-stage networks and forms of activity classify organisations (their profile
    pages) as well as volunteers and requests for help, so they live here, beside the people
    data, where both the public pages and the processes can use them.
    """

    name = "workflows.registry"
    label = "registry"
    verbose_name = _("Knowledge bank")
