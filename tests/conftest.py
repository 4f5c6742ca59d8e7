import datetime
import os
from decimal import Decimal

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connections, transaction
from django.db.models.signals import post_save
from django.utils import timezone

from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

import pytest

from tests.factories import (
    AreaFactory,
    CoordinatorFactory,
    GatheringIndexPageFactory,
    GatheringPageFactory,
    KindOfHelpFactory,
    SessionFactory,
    TrainingFactory,
    VolunteerFactory,
    municipality_home,
)
from workflows.help_requests.flows import HelpRequestFlow
from workflows.help_requests.models import HelpRequest, Report
from workflows.onboarding.flows import start
from workflows.registry.models import Volunteer


def pytest_configure(config):
    # CI sets this so that a suite that silently fell back to SQLite fails loudly.
    if os.environ.get("TALKOO_REQUIRE_POSTGRES") and not settings.USING_POSTGRES:
        raise pytest.UsageError(
            "TALKOO_REQUIRE_POSTGRES is set but DATABASE_URL is not PostgreSQL."
        )


@pytest.fixture(autouse=True)
def empty_cache():
    """The public page cache lives in process memory in tests: no test sees another's pages."""
    cache.clear()


@pytest.fixture
def home(db):
    """A Finnish home page that is the default site's root, with the municipality's settings."""
    return municipality_home()


@pytest.fixture
def coordinator(db):
    """Kaisa, a coordinator of the default site's municipality."""
    role = CoordinatorFactory(user__first_name="Kaisa")
    role.user.groups.add(Group.objects.get(name="Coordinators"))
    return role.user


@pytest.fixture
def colleague(coordinator):
    """Olli, a second coordinator of the same municipality, who comes to a step after Kaisa."""
    role = CoordinatorFactory(user__first_name="Olli", user__last_name="Kollega")
    role.user.groups.add(Group.objects.get(name="Coordinators"))
    return role.user


# A volunteer at each process: fixtures that the tests of several processes share. -------


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


@pytest.fixture
def active(home):
    """An active volunteer who signed up half a year ago and writes Swedish."""
    return VolunteerFactory(
        status=Volunteer.Status.ACTIVE,
        preferred_language="sv",
        user__first_name="Stina",
        created_at=timezone.now() - datetime.timedelta(days=180),
    )


@pytest.fixture
def report_hours(home):
    kind, area = KindOfHelpFactory(), AreaFactory()

    def report(volunteer, hours, outcome=Report.Outcome.DONE):
        request = HelpRequest.objects.create(
            flow_class=HelpRequestFlow,
            site=volunteer.site,
            requester_name="Elsa",
            kind_of_help=kind,
            area=area,
            needed_on=timezone.localdate(),
            description="Apua kauppaan.",
            privacy_notice_version="1",
        )
        return Report.objects.create(
            help_request=request,
            volunteer=volunteer,
            done_on=timezone.localdate(),
            hours=Decimal(hours),
            outcome=outcome,
        )

    return report


# The race tests ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def migrations_data_put_back(django_db_blocker):
    """A transactional test empties the database when it ends. Each race test starts from
    what the migrations made (`serialized_rollback`: the root page, locales, groups), and it
    is put back after the module's last, for the tests run later on a reused test database.

    While it is loaded, wagtail-localize's handler that synchronises page trees when a
    LocaleSynchronization is saved stays off: the rows come back in no particular order, and
    the trees come back as they were anyway."""
    post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
    yield
    try:
        with django_db_blocker.unblock():
            for alias in connections:
                contents = getattr(connections[alias], "_test_serialized_contents", None)
                if contents:
                    connections[alias].creation.deserialize_db_from_string(contents)
    finally:
        post_save.connect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
