"""People for the training tests."""

from tests.factories import VolunteerFactory
from workflows.registry.models import Volunteer


def volunteer(**kwargs):
    """A volunteer, active unless `kwargs` say otherwise."""
    kwargs.setdefault("status", Volunteer.Status.ACTIVE)
    return VolunteerFactory(**kwargs)
