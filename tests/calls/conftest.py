from django.contrib.auth.models import Group

import pytest

from tests.factories import AreaFactory, KindOfHelpFactory
from tests.helpers.calls import make_caller, open_campaign
from workflows import sms


@pytest.fixture(autouse=True)
def sms_outbox(settings):
    settings.SMS_BACKEND = "workflows.sms.LocmemBackend"
    sms.outbox.clear()
    return sms.outbox


@pytest.fixture
def calling(db):
    return KindOfHelpFactory(name="Mitä kuuluu? -soitot", slug="soitot")


@pytest.fixture
def errands(db):
    return KindOfHelpFactory(name="Kauppa- ja apteekkiasiointi", slug="asiointi")


@pytest.fixture
def centre(db):
    return AreaFactory(name="Keskusta", slug="keskusta")


@pytest.fixture
def campaign(home, coordinator, calling):
    return open_campaign(home.get_site(), coordinator, calling)


@pytest.fixture
def caller(home, calling):
    """Pekka, an active volunteer who offers calls and speaks Finnish."""
    return make_caller(calling)


@pytest.fixture
def swedish_caller(home, calling):
    """Stina, who speaks Swedish only."""
    return make_caller(calling, first_name="Stina", speaks_finnish=False, speaks_swedish=True)


@pytest.fixture
def coordinators_group(db):
    return Group.objects.get(name="Coordinators")
