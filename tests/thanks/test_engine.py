"""The thank-you process in code: each milestone starts it once, a coordinator personalises
or skips, and the thanks goes out by e-mail or as a letter."""

import datetime

from django.core import mail
from django.utils import timezone

import pytest
from viewflow.workflow.status import PROCESS, STATUS

from tests.factories import VolunteerFactory
from workflows.help_requests.models import Report
from workflows.registry.models import Volunteer
from workflows.thanks import flows, milestones, services
from workflows.thanks.flows import ThanksFlow
from workflows.thanks.models import Thanks

pytestmark = pytest.mark.django_db


def started(volunteer):
    return sorted(
        Thanks.objects.filter(volunteer=volunteer).values_list("milestone_key", flat=True)
    )


def personalise(thanks, user, **data):
    assert services.complete_step(thanks, "personalise", user, **data)
    thanks.refresh_from_db()


def test_the_first_task_done_is_thanked_once(active, report_hours):
    report_hours(active, "2")
    assert flows.start_due() == 1
    assert started(active) == ["first_task"]
    assert flows.start_due() == 0
    report_hours(active, "1")
    assert flows.start_due() == 0


def test_a_task_that_could_not_be_done_is_not_a_first_task(active, report_hours):
    report_hours(active, "1", outcome=Report.Outcome.NOT_DONE)
    flows.start_due()
    assert started(active) == []


@pytest.mark.parametrize("hours, key", [("9.5", None), ("10", "hours:10"), ("51", "hours:50")])
def test_hours_thresholds(active, report_hours, hours, key):
    report_hours(active, hours, outcome=Report.Outcome.NOT_DONE)
    flows.start_due()
    assert started(active) == ([key] if key else [])


def test_passing_several_thresholds_at_once_thanks_for_the_highest_only_and_never_lower(
    active, report_hours
):
    for _ in range(3):  # a visit reports at most 99.99 hours
        report_hours(active, "40", outcome=Report.Outcome.NOT_DONE)
    flows.start_due()
    assert started(active) == ["hours:100"]
    for _ in range(4):
        report_hours(active, "35", outcome=Report.Outcome.NOT_DONE)
    flows.start_due()
    flows.start_due()
    assert started(active) == ["hours:100", "hours:250"]


def test_each_year_since_signing_up_is_thanked_once(home):
    volunteer = VolunteerFactory(
        status=Volunteer.Status.PAUSED,  # paused volunteers are thanked too
        created_at=timezone.now() - datetime.timedelta(days=365 * 2 + 10),
    )
    flows.start_due()
    flows.start_due()
    assert started(volunteer) == ["years:2"]
    later = timezone.localdate() + datetime.timedelta(days=365)
    assert milestones.due(today=later) == [(volunteer.pk, milestones.Milestone("years", 3))]


def test_applicants_and_those_who_left_are_not_thanked(home, report_hours):
    for status in (Volunteer.Status.APPLICANT, Volunteer.Status.ENDED):
        volunteer = VolunteerFactory(
            status=status, created_at=timezone.now() - datetime.timedelta(days=800)
        )
        report_hours(volunteer, "60")
    assert flows.start_due() == 0


def test_the_suggestion_is_in_the_volunteers_language_and_the_thanks_is_emailed(
    active, report_hours, coordinator, django_capture_on_commit_callbacks
):
    report_hours(active, "12", outcome=Report.Outcome.NOT_DONE)
    flows.start_due()
    thanks = Thanks.objects.get(volunteer=active)
    suggestion = services.suggestion(thanks)
    assert "Stina" in suggestion and "12" not in suggestion and "10" in suggestion
    with django_capture_on_commit_callbacks(execute=True):
        personalise(thanks, coordinator, decision="send", message="Tack, Stina!")
    assert thanks.status == PROCESS.DONE
    assert thanks.delivery == Thanks.Delivery.EMAIL and thanks.sent_at
    (message,) = mail.outbox
    assert message.to == [active.user.email]
    assert "Tack, Stina!" in message.body


def test_skipping_sends_nothing_and_the_milestone_stays_thanked(active, report_hours, coordinator):
    report_hours(active, "3")
    flows.start_due()
    thanks = Thanks.objects.get()
    personalise(thanks, coordinator, decision="skip", message="")
    assert thanks.status == PROCESS.DONE and not thanks.sent_at
    assert not mail.outbox
    assert flows.start_due() == 0


def test_a_volunteer_without_email_gets_a_letter_step(active, report_hours, coordinator):
    active.user.email = ""
    active.user.save()
    report_hours(active, "3")
    flows.start_due()
    thanks = Thanks.objects.get()
    personalise(thanks, coordinator, decision="send", message="Kiitos!")
    task = thanks.task_set.get(flow_task=ThanksFlow.print_letter)
    assert task.status == STATUS.NEW
    assert thanks.status == PROCESS.NEW
