"""The onboarding process through coordinators' task pages and the volunteer's own page."""

import datetime

from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

from wagtail.models import Locale, Site

import pytest

from tests.factories import CoordinatorFactory, OtherSiteFactory, UserFactory, VolunteerFactory
from tests.helpers.onboarding import open_steps, open_task
from workflows.onboarding import services
from workflows.onboarding.flows import OnboardingFlow
from workflows.registry.models import Volunteer, VolunteerAgreement

pytestmark = pytest.mark.django_db


@pytest.fixture
def agreement(home):
    return VolunteerAgreement.objects.create(
        site=Site.objects.get(is_default_site=True),
        locale=Locale.objects.get(language_code="fi"),
        version="2026-1",
        text="<p>Vaitiolovelvollisuus ja toimintaohjeet.</p>",
    )


def claim_and_execute(client, volunteer, step, data):
    """Claim the task in viewflow's UI and send its form; returns the form's response."""
    task = open_task(volunteer, step)
    node = getattr(OnboardingFlow, step)
    args = [task.process_id, task.pk]
    assert client.post(node.reverse("assign", args=args)).status_code == 302
    return client.post(node.reverse("execute", args=args), data)


def test_coordinator_walks_an_application_to_active(
    client, applicant, coordinator, agreement, orientation, django_capture_on_commit_callbacks
):
    applicant.can_work_with_children = True
    applicant.save()
    client.force_login(coordinator)
    in_three_days = timezone.localtime() + datetime.timedelta(days=3)
    with django_capture_on_commit_callbacks(execute=True):
        claim_and_execute(client, applicant, "review", {"decision": "approve"})
        claim_and_execute(
            client,
            applicant,
            "schedule_meeting",
            {"meeting_at": in_three_days.strftime("%Y-%m-%dT%H:%M"), "meeting_place": "Kirjasto"},
        )
    assert "Kirjasto" in mail.outbox[-1].body
    claim_and_execute(client, applicant, "meeting_outcome", {"meeting_outcome": "continue"})
    issued = timezone.localdate() - datetime.timedelta(days=30)
    claim_and_execute(
        client, applicant, "sight_extract", {"sighted": "on", "record_extract_issued_on": issued}
    )
    claim_and_execute(
        client,
        applicant,
        "orientation",
        {"training": orientation.pk, "completed_on": timezone.localdate()},
    )
    assert open_steps(applicant) == ["agreement"]
    applicant.refresh_from_db()
    assert applicant.record_extract_issued_on == issued
    assert applicant.record_extract_sighted_on == timezone.localdate()

    client.force_login(applicant.user)
    home = client.get("/sv/mitt-frivilligarbete/")
    assert "Vaitiolovelvollisuus" in home.content.decode()
    refused = client.post("/sv/mitt-frivilligarbete/avtal/", {})
    assert refused.status_code == 200 and open_steps(applicant) == ["agreement"]
    client.post("/sv/mitt-frivilligarbete/avtal/", {"accept": "on"})
    applicant.refresh_from_db()
    assert applicant.status == Volunteer.Status.ACTIVE
    assert applicant.consents.filter(text_version="2026-1").exists()
    process = services.latest(applicant)
    history = process.task_set.filter(flow_task_type="HUMAN").order_by("created")
    assert [task.owner for task in history] == [coordinator] * 5 + [applicant.user]


def test_bad_input_keeps_the_task_open_and_says_why(client, applicant, coordinator):
    client.force_login(coordinator)
    response = claim_and_execute(client, applicant, "review", {"decision": "decline"})
    assert response.status_code == 200
    assert open_steps(applicant) == ["review"]
    assert "reason" in response.content.decode()


def test_an_extract_older_than_six_months_is_refused(client, applicant, coordinator):
    applicant.can_work_with_children = True
    applicant.save()
    client.force_login(coordinator)
    claim_and_execute(client, applicant, "review", {"decision": "approve"})
    tomorrow = timezone.localtime() + datetime.timedelta(days=1)
    claim_and_execute(
        client,
        applicant,
        "schedule_meeting",
        {"meeting_at": tomorrow.strftime("%Y-%m-%dT%H:%M"), "meeting_place": "Kirjasto"},
    )
    claim_and_execute(client, applicant, "meeting_outcome", {"meeting_outcome": "continue"})
    old = timezone.localdate() - datetime.timedelta(days=200)
    response = claim_and_execute(
        client, applicant, "sight_extract", {"sighted": "on", "record_extract_issued_on": old}
    )
    assert response.status_code == 200 and open_steps(applicant) == ["sight_extract"]
    applicant.refresh_from_db()
    assert applicant.record_extract_sighted_on is None


def test_the_applicant_answers_a_question_in_my_volunteering(client, applicant, coordinator):
    client.force_login(coordinator)
    claim_and_execute(client, applicant, "review", {"decision": "ask", "question": "Milloin?"})
    client.force_login(applicant.user)
    page = client.get("/fi/oma-vapaaehtoisuus/")
    assert "Milloin?" in page.content.decode()
    empty = client.post("/fi/oma-vapaaehtoisuus/vastaus/", {"answer": ""})
    assert empty.status_code == 200 and open_steps(applicant) == ["answer"]
    client.post("/fi/oma-vapaaehtoisuus/vastaus/", {"answer": "Tiistaisin"})
    assert open_steps(applicant) == ["review"]


@pytest.mark.parametrize("who", ["volunteer", "editor", "stranger", "anonymous"])
def test_only_this_municipalitys_coordinators_may_open_a_task(client, applicant, who):
    task = open_task(applicant, "review")
    args = [task.process_id, task.pk]
    if who == "volunteer":
        client.force_login(VolunteerFactory().user)
    elif who == "editor":
        editor = UserFactory()
        editor.groups.add(Group.objects.get(name="Editors"))
        client.force_login(editor)
    elif who == "stranger":
        elsewhere = OtherSiteFactory()
        client.force_login(CoordinatorFactory(site=elsewhere).user)
    assign = client.post(OnboardingFlow.review.reverse("assign", args=args))
    detail = client.get(OnboardingFlow.review.reverse("detail", args=args))
    queue = client.get(OnboardingFlow.instance.reverse("queue"))
    if who == "anonymous":
        assert assign.status_code in (302, 403) and open_task(applicant, "review").owner is None
        return
    assert assign.status_code == 403 and detail.status_code == 403
    assert str(applicant) not in queue.content.decode()
    assert open_task(applicant, "review").owner is None
