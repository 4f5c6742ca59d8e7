from django.db import transaction

import pytest

from tests.factories import (
    KindOfHelpFactory,
    TrainingFactory,
    VolunteerFactory,
)
from workflows.onboarding.flows import start


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
