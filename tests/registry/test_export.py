"""A volunteer's "Download my data": the registry's own part and every process's section,
each process adding what it holds of them (`personal_data.export`)."""

import datetime
import json

from django.utils import timezone

import pytest
from viewflow.workflow.status import STATUS

from tests.factories import (
    AreaFactory,
    GatheringIndexPageFactory,
    GatheringPageFactory,
    KindOfHelpFactory,
    SessionFactory,
    VolunteerFactory,
)
from workflows.certificates.flows import ask
from workflows.help_requests.flows import HelpRequestFlow
from workflows.help_requests.models import HelpRequest, Offer, Report
from workflows.onboarding.flows import start as start_onboarding
from workflows.registry.models import Volunteer
from workflows.thanks.flows import thank
from workflows.thanks.models import Thanks
from workflows.training.flows import enrol

EXPORT = "/fi/oma-vapaaehtoisuus/omat-tiedot.json"


@pytest.fixture
def busy(home):
    """A volunteer who has been through every process once."""
    volunteer = VolunteerFactory(status=Volunteer.Status.ACTIVE, user__first_name="Ilona")
    start_onboarding(volunteer)
    request = HelpRequest.objects.create(
        flow_class=HelpRequestFlow,
        site=volunteer.site,
        requester_name="Elsa Asukas",
        kind_of_help=KindOfHelpFactory(name="Kauppa-apu"),
        area=AreaFactory(name="Keskusta"),
        needed_on=timezone.localdate(),
        description="Apua kauppaan.",
        privacy_notice_version="1",
    )
    Offer.objects.create(help_request=request, volunteer=volunteer, note="Tiistaina kello 10")
    Report.objects.create(
        help_request=request,
        volunteer=volunteer,
        done_on=timezone.localdate(),
        hours=2,
        outcome=Report.Outcome.DONE,
        notes="Ostokset tehty, kiitos!",
    )
    gathering = GatheringPageFactory(parent=GatheringIndexPageFactory(parent=home))
    enrol(volunteer, SessionFactory(gathering=gathering))
    thank(volunteer, Thanks.Reason.FIRST_TASK)
    today = timezone.localdate()
    ask(
        volunteer,
        {
            "language": "fi",
            "period_start": today - datetime.timedelta(days=30),
            "period_end": today,
            "purpose": "Työhakemus",
        },
    )
    return volunteer


def test_the_download_holds_every_process_and_the_words_written_in_it(client, busy):
    client.force_login(busy.user)
    response = client.get(EXPORT)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["account"]["first_name"] == "Ilona"
    assert [step["status"] for step in data["onboarding"][0]["steps"]] == [STATUS.NEW]
    assert data["offers"][0]["note"] == "Tiistaina kello 10"
    assert data["offers"][0]["help_request__kind_of_help__name"] == "Kauppa-apu"
    assert data["reports"][0]["notes"] == "Ostokset tehty, kiitos!"
    assert data["enrolments"][0]["state"] == "confirmed"
    assert data["thanks"][0]["reason"] == Thanks.Reason.FIRST_TASK
    assert data["certificate_requests"][0]["purpose"] == "Työhakemus"
    assert data["certificates"] == []


def test_the_download_names_no_resident(client, busy):
    client.force_login(busy.user)
    assert "Elsa Asukas" not in client.get(EXPORT).content.decode()


def test_another_volunteers_processes_are_not_in_it(client, busy):
    other = VolunteerFactory(status=Volunteer.Status.ACTIVE)
    client.force_login(other.user)
    data = json.loads(client.get(EXPORT).content)
    assert data["offers"] == data["reports"] == data["enrolments"] == data["thanks"] == []
    assert data["onboarding"] == data["certificate_requests"] == []
