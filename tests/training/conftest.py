import pytest

from tests.factories import (
    GatheringIndexPageFactory,
    GatheringPageFactory,
    SessionFactory,
    TrainingFactory,
)


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
