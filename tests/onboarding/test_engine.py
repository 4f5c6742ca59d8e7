"""The onboarding process at engine level: every path from sign-up to active or declined."""

import datetime

from django.core import mail
from django.utils import timezone

import pytest

from tests.factories import CoordinatorFactory, OtherSiteFactory
from tests.helpers.onboarding import open_steps, open_task
from workflows.onboarding import services
from workflows.onboarding.flows import OnboardingFlow
from workflows.onboarding.models import Onboarding
from workflows.registry.models import Consent, Volunteer

pytestmark = pytest.mark.django_db


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what waits for the commit (the e-mails) as each step's transaction ends."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def complete(committed):
    def complete(volunteer, step, user, **fields):
        with committed():
            services.complete_step(volunteer, step, user, **fields)

    return complete


@pytest.fixture
def through_meeting(complete):
    return lambda volunteer, coordinator: _through_meeting(complete, volunteer, coordinator)


def _through_meeting(complete, volunteer, coordinator):
    complete(volunteer, "review", coordinator, decision="approve")
    complete(
        volunteer,
        "schedule_meeting",
        coordinator,
        meeting_at=timezone.now() + datetime.timedelta(days=3),
        meeting_place="Kirjasto",
    )
    complete(volunteer, "meeting_outcome", coordinator, meeting_outcome="continue")


def test_sign_up_waits_for_a_coordinators_review(applicant):
    assert open_steps(applicant) == ["review"]
    assert services.latest(applicant).volunteer == applicant


def test_the_whole_way_to_an_active_welcomed_volunteer(
    applicant, coordinator, orientation, complete, through_meeting, committed
):
    through_meeting(applicant, coordinator)
    assert open_steps(applicant) == ["orientation"]  # no children, no extract
    complete(applicant, "orientation", coordinator, training=orientation)
    assert open_steps(applicant) == ["agreement"]
    assert open_task(applicant, "agreement").owner == applicant.user
    mail.outbox.clear()

    with committed():
        services.accept_agreement(applicant, "page 7 revision 3")

    applicant.refresh_from_db()
    assert applicant.status == Volunteer.Status.ACTIVE
    assert applicant.trainings.get().training == orientation
    consent = applicant.consents.get(purpose=Consent.Purpose.VOLUNTEER_AGREEMENT)
    assert consent.text_version == "page 7 revision 3"
    process = services.latest(applicant)
    assert process.status == "DONE" and open_steps(applicant) == []
    (welcome,) = mail.outbox
    assert welcome.to == [applicant.user.email]
    assert "Välkommen" in welcome.subject  # in the volunteer's own language


def test_work_with_children_needs_the_extract_sighted(
    applicant, coordinator, complete, through_meeting
):
    applicant.can_work_with_children = True
    applicant.save()
    through_meeting(applicant, coordinator)
    assert open_steps(applicant) == ["sight_extract"]
    issued = timezone.localdate() - datetime.timedelta(days=20)
    complete(applicant, "sight_extract", coordinator, record_extract_issued_on=issued)
    assert open_steps(applicant) == ["orientation"]
    applicant.refresh_from_db()
    assert applicant.record_extract_sighted_on == timezone.localdate()


def test_asking_for_more_returns_to_review_after_the_answer(applicant, coordinator, complete):
    mail.outbox.clear()
    complete(applicant, "review", coordinator, decision="ask", question="Milloin ehdit?")
    assert open_steps(applicant) == ["answer"]
    assert "Milloin ehdit?" in mail.outbox[0].body

    services.answer(applicant, "Tiistaisin.")

    assert open_steps(applicant) == ["review"]
    assert services.latest(applicant).answer == "Tiistaisin."
    answered = services.latest(applicant).task_set.get(flow_task=OnboardingFlow.answer)
    assert answered.owner == applicant.user and answered.data == {"answer": "Tiistaisin."}


def test_a_decline_ends_the_application_with_the_reason_sent(applicant, coordinator, complete):
    mail.outbox.clear()
    complete(applicant, "review", coordinator, decision="decline", decline_reason="Ei alueella.")
    applicant.refresh_from_db()
    assert applicant.status == Volunteer.Status.ENDED
    assert services.latest(applicant).status == "DONE"
    assert "Ei alueella." in mail.outbox[0].body


def test_a_meeting_can_end_in_a_decline(applicant, coordinator, complete):
    complete(applicant, "review", coordinator, decision="approve")
    complete(
        applicant,
        "schedule_meeting",
        coordinator,
        meeting_at=timezone.now() + datetime.timedelta(days=1),
        meeting_place="Kirjasto",
    )
    complete(applicant, "meeting_outcome", coordinator, meeting_outcome="decline")
    applicant.refresh_from_db()
    assert applicant.status == Volunteer.Status.ENDED


def test_the_volunteer_cannot_take_a_step_that_is_not_theirs_yet(applicant):
    with pytest.raises(services.NotYourTurn):
        services.accept_agreement(applicant, "v1")
    with pytest.raises(services.NotYourTurn):
        services.answer(applicant, "Hei")
    assert open_steps(applicant) == ["review"]


def test_a_volunteer_or_another_municipalitys_coordinator_cannot_claim(applicant, coordinator):
    other_site = OtherSiteFactory()
    stranger = CoordinatorFactory(site=other_site).user
    task = open_task(applicant, "review")
    assert not OnboardingFlow.review.can_assign(stranger, task)
    assert not OnboardingFlow.review.can_assign(applicant.user, task)
    assert OnboardingFlow.review.can_assign(coordinator, task)
    assert not OnboardingFlow.instance.has_view_permission(stranger, services.latest(applicant))
    assert Onboarding.objects.count() == 1
