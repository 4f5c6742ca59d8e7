import pytest
from viewflow.workflow.status import STATUS

from tests.factories import (
    GatheringIndexPageFactory,
    GatheringPageFactory,
    SessionFactory,
    TrainingFactory,
    VolunteerFactory,
)
from workflows.registry.models import Volunteer


@pytest.fixture
def companion_training(db):
    return TrainingFactory(name="Saattohoidon vapaaehtoiskoulutus", valid_for_years=3)


@pytest.fixture
def gatherings(home):
    return GatheringIndexPageFactory(parent=home)


@pytest.fixture
def gathering(gatherings, companion_training):
    return GatheringPageFactory(
        parent=gatherings, title="Saattohoidon vapaaehtoiseksi", training=companion_training
    )


@pytest.fixture
def session(gathering):
    return SessionFactory(gathering=gathering, capacity=2)


def volunteer(**kwargs):
    kwargs.setdefault("status", Volunteer.Status.ACTIVE)
    return VolunteerFactory(**kwargs)


@pytest.fixture
def make_volunteer(home):
    return volunteer


def open_steps(enrolment):
    """The names of the enrolment's steps waiting now."""
    tasks = enrolment.task_set.filter(status__in=[STATUS.NEW, STATUS.ASSIGNED])
    return sorted(task.flow_task.name for task in tasks)
