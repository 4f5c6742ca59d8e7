"""Every coordinator's step, in every flow, answers a lost claim with the page that names who
took it (`workflows.steps.CoordinatorView`), never a bare 403. Help requests have their own,
fuller test in tests/help_requests/test_coordinator_http.py; these start each other flow from
code, as its services do, and let two coordinators of one municipality go for its first step.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

import pytest
from viewflow.workflow.status import STATUS

import portal.urls  # noqa: F401  (a flow's addresses reverse once the URLconf is loaded)
from tests.factories import VolunteerFactory
from workflows.certificates.flows import ask
from workflows.engine import waiting_task
from workflows.onboarding.flows import start as start_onboarding
from workflows.registry.models import Volunteer
from workflows.thanks.flows import thank
from workflows.thanks.models import Thanks


def onboarding(volunteer):
    return start_onboarding(volunteer), "review"


def thanks(volunteer):
    return thank(volunteer, Thanks.Reason.FIRST_TASK), "personalise"


def certificate_request(volunteer):
    today = timezone.localdate()
    data = {
        "language": "fi",
        "period_start": today - datetime.timedelta(days=365),
        "period_end": today,
        "purpose": "",
    }
    return ask(volunteer, data), "decide"


@pytest.mark.parametrize("begin", [onboarding, thanks, certificate_request])
def test_the_coordinator_who_claims_second_is_told_who_took_the_step(
    client, home, coordinator, colleague, begin
):
    volunteer = VolunteerFactory(status=Volunteer.Status.ACTIVE, user__first_name="Ville")
    process, step = begin(volunteer)
    task = waiting_task(process, step)
    assign = task.flow_task.reverse("assign", args=[process.pk, task.pk])
    execute = task.flow_task.reverse("execute", args=[process.pk, task.pk])

    client.force_login(coordinator)
    assert client.post(assign).status_code == 302
    client.force_login(colleague)
    for response in (client.post(assign), client.get(execute), client.post(execute, {})):
        assert response.status_code == 409
        page = response.content.decode()
        assert _("Another coordinator took this step first") in page
        assert "Kaisa Koordinaattori" in page
        assert (
            _("Nothing you sent was saved.") in page or response.request["REQUEST_METHOD"] == "GET"
        )
    task.refresh_from_db()
    assert task.owner == coordinator and task.status == STATUS.ASSIGNED


@pytest.mark.parametrize("begin", [onboarding, thanks, certificate_request])
def test_a_step_cancelled_meanwhile_is_said_to_wait_no_longer(
    client, home, coordinator, colleague, begin
):
    volunteer = VolunteerFactory(status=Volunteer.Status.ACTIVE)
    process, step = begin(volunteer)
    task = waiting_task(process, step)
    task.flow_task.flow_class.instance.cancel(process)
    client.force_login(colleague)
    response = client.post(task.flow_task.reverse("assign", args=[process.pk, task.pk]))
    assert response.status_code == 409
    assert _("This step is no longer waiting") in response.content.decode()
