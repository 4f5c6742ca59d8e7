from wagtail.models import Site

import pytest

from tests.factories import AreaFactory, HelpRequestPageFactory, KindOfHelpFactory
from tests.helpers.help_requests import submit
from workflows import sms


@pytest.fixture(autouse=True)
def sms_outbox(settings):
    settings.SMS_BACKEND = "workflows.sms.LocmemBackend"
    sms.outbox.clear()
    return sms.outbox


@pytest.fixture
def errands(db):
    return KindOfHelpFactory(name="Kauppa- ja apteekkiasiointi", slug="asiointi")


@pytest.fixture
def centre(db):
    return AreaFactory(name="Keskusta", slug="keskusta")


@pytest.fixture
def help_page(home, errands, centre):
    """The help-request page residents ask on, with a kind of help and an area to choose."""
    return HelpRequestPageFactory(parent=home)


@pytest.fixture
def help_request(home, errands, centre):
    """A request from the web form, waiting for triage."""
    return submit(Site.objects.get(is_default_site=True), errands, centre)
