"""The onboarding steps' forms: what a coordinator typed is kept when something is missing,
only what the chosen decision needs is saved and sent, and dates are the browser's pickers."""

import datetime

from django.core import mail
from django.utils import timezone

import pytest
from viewflow.workflow.status import STATUS

import portal.urls  # noqa: F401  (builds the flows' URLs, for their reverse())
from tests.helpers.onboarding import open_steps, open_task
from workflows.onboarding import services
from workflows.onboarding.flows import OnboardingFlow

pytestmark = pytest.mark.django_db


def taken(client, volunteer, step):
    """The step's form address, once the logged-in coordinator has taken it."""
    task = open_task(volunteer, step)
    node = getattr(OnboardingFlow, step)
    args = [task.process_id, task.pk]
    assert client.post(node.reverse("assign", args=args)).status_code == 302
    return node.reverse("execute", args=args)


def test_a_decline_without_a_reason_keeps_what_was_typed(client, applicant, coordinator):
    client.force_login(coordinator)
    review = taken(client, applicant, "review")

    response = client.post(review, {"decision": "decline", "question": "Milloin aloitat?"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "Kerro hakijalle syy." in page
    assert ">\nMilloin aloitat?</textarea>" in page
    assert 'id="id_decision_2" checked' in page
    assert "Vain päätökselle ”Hylkää”." in page
    assert open_task(applicant, "review").status == STATUS.ASSIGNED


def test_an_approval_saves_and_sends_nothing_typed_for_another_decision(
    client, applicant, coordinator, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    review = taken(client, applicant, "review")
    typed = {"decision": "approve", "question": "Milloin aloitat?", "decline_reason": "Ei."}

    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(review, typed).status_code == 302

    process = services.latest(applicant)
    assert (process.decision, process.question, process.decline_reason) == ("approve", "", "")
    assert open_steps(applicant) == ["schedule_meeting"]
    assert not any("Milloin aloitat?" in message.body for message in mail.outbox)


def test_the_meeting_time_is_the_browsers_own_picker(client, applicant, coordinator):
    client.force_login(coordinator)
    services.complete_step(applicant, "review", coordinator, decision="approve")
    meeting = taken(client, applicant, "schedule_meeting")

    page = client.get(meeting).content.decode()
    assert 'type="datetime-local" name="meeting_at"' in page

    at = (timezone.localtime() + datetime.timedelta(days=3)).replace(second=0, microsecond=0)
    sent = {"meeting_at": at.strftime("%Y-%m-%dT%H:%M"), "meeting_place": "Kirjasto"}
    assert client.post(meeting, sent).status_code == 302
    assert services.latest(applicant).meeting_at == at
