from django.db import transaction

import pytest
from viewflow.workflow.status import STATUS

from tests.factories import (
    KindOfHelpFactory,
    TrainingFactory,
    VolunteerFactory,
)
from workflows.onboarding import services
from workflows.onboarding.flows import OnboardingFlow, start


@pytest.fixture
def orientation(db):
    return TrainingFactory(name="Perehdytys", orientation=True)


@pytest.fixture
def applicant(home, orientation):
    """A new volunteer whose onboarding has just started, as sign-up leaves it."""
    volunteer = VolunteerFactory(user__first_name="Aino", preferred_language="sv")
    volunteer.kinds_of_help.add(KindOfHelpFactory(name="Asiointiapu"))
    with transaction.atomic():
        start(volunteer)
    return volunteer


def open_task(volunteer, step):
    """The volunteer's onboarding task waiting at `step`."""
    process = services.latest(volunteer)
    return process.task_set.get(
        flow_task=getattr(OnboardingFlow, step), status__in=[STATUS.NEW, STATUS.ASSIGNED]
    )


def open_steps(volunteer):
    process = services.latest(volunteer)
    tasks = process.task_set.filter(status__in=[STATUS.NEW, STATUS.ASSIGNED])
    return sorted(task.flow_task.name for task in tasks)
