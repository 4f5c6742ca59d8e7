"""People and sessions for the training tests."""

import datetime

from django.utils import timezone

from tests.factories import (
    GatheringPageFactory,
    SessionFactory,
    TrainingFactory,
    VolunteerFactory,
)
from workflows.onboarding import services as onboarding
from workflows.onboarding.flows import start
from workflows.registry.models import Volunteer


def volunteer(**kwargs):
    """A volunteer, active unless `kwargs` say otherwise."""
    kwargs.setdefault("status", Volunteer.Status.ACTIVE)
    return VolunteerFactory(**kwargs)


def orientation_session(gatherings):
    """A session of an orientation training, on a gathering page under `gatherings`."""
    orientation = TrainingFactory(name="Perehdytys", orientation=True)
    page = GatheringPageFactory(parent=gatherings, title="Perehdytys", training=orientation)
    return SessionFactory(gathering=page)


def applicant_at_orientation(coordinator):
    """An applicant whose onboarding `coordinator` took as far as the orientation step."""
    applicant = volunteer(status="applicant")
    start(applicant)
    onboarding.complete_step(applicant, "review", coordinator, decision="approve")
    onboarding.complete_step(
        applicant,
        "schedule_meeting",
        coordinator,
        meeting_at=timezone.now() + datetime.timedelta(days=1),
        meeting_place="Kirjasto",
    )
    onboarding.complete_step(applicant, "meeting_outcome", coordinator, meeting_outcome="continue")
    return applicant
