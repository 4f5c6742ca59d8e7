"""The enrolment process in code: seats, the waiting list, freed seats, attendance, credit."""

import datetime
import io

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

import pytest
from viewflow.workflow.status import STATUS

from tests.helpers.processes import open_steps
from tests.helpers.training import applicant_at_orientation, orientation_session, volunteer
from workflows.engine import waiting_task
from workflows.onboarding import services as onboarding
from workflows.registry.erasure import erase
from workflows.registry.models import Volunteer
from workflows.training import attendance, flows, services
from workflows.training.models import Enrolment

pytestmark = pytest.mark.django_db


def enrol_all(session, count):
    return [flows.enrol(volunteer(), session) for _ in range(count)]


def test_a_free_seat_is_confirmed_and_the_volunteer_gets_the_calendar_file(
    session, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = flows.enrol(volunteer(preferred_language="sv"), session)
    assert enrolment.state == Enrolment.State.CONFIRMED
    assert open_steps(enrolment) == ["attend"]
    (message,) = mail.outbox
    (name, content, mimetype) = message.attachments[0]
    assert mimetype.startswith("text/calendar")
    assert "BEGIN:VEVENT" in content


def test_a_full_session_puts_the_next_on_the_waiting_list(session):
    first, second, third = enrol_all(session, 3)
    assert [first.state, second.state] == [Enrolment.State.CONFIRMED] * 2
    assert third.state == Enrolment.State.WAITING
    assert open_steps(third) == ["wait_for_seat"]


def test_enrolling_twice_is_refused_and_counted_once(session):
    person = volunteer()
    flows.enrol(person, session)
    with pytest.raises(services.NotPossible) as refusal:
        flows.enrol(person, session)
    assert refusal.value.message == services.ALREADY_ENROLLED
    assert session.enrolments.count() == 1


def test_cancelling_offers_the_seat_to_the_first_on_the_waiting_list(session):
    first, _second, third, fourth = enrol_all(session, 4)
    services.cancel(first, first.volunteer)
    first.refresh_from_db()
    third.refresh_from_db()
    fourth.refresh_from_db()
    assert first.state == Enrolment.State.CANCELLED
    assert third.state == Enrolment.State.OFFERED
    assert fourth.state == Enrolment.State.WAITING
    assert open_steps(third) == ["confirm_seat"]
    services.confirm_seat(third, third.volunteer)
    third.refresh_from_db()
    assert third.state == Enrolment.State.CONFIRMED
    assert open_steps(third) == ["attend"]


def test_an_unconfirmed_seat_offer_lapses_and_goes_to_the_next(
    session, django_capture_on_commit_callbacks
):
    first, _second, third, fourth = enrol_all(session, 4)
    services.cancel(first, first.volunteer)
    third.refresh_from_db()
    third.task_set.filter(status=STATUS.SCHEDULED).update(scheduled=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        call_command("workflow_timers", stdout=io.StringIO())
    third.refresh_from_db()
    fourth.refresh_from_db()
    assert third.state == Enrolment.State.EXPIRED
    assert fourth.state == Enrolment.State.OFFERED
    with pytest.raises(services.NotPossible):
        services.confirm_seat(third, third.volunteer)


def test_attendance_records_the_training_and_opens_feedback(session, coordinator):
    present, away = enrol_all(session, 2)
    session.starts_at = timezone.now() - datetime.timedelta(hours=1)
    session.ends_at = timezone.now()
    session.save()
    assert attendance.mark_attendance(session, {present.pk}, coordinator) == 2
    present.refresh_from_db()
    away.refresh_from_db()
    assert present.state == Enrolment.State.ATTENDED
    assert away.state == Enrolment.State.ABSENT
    record = present.volunteer.trainings.get()
    assert record.valid_until == record.completed_on.replace(year=record.completed_on.year + 3)
    assert not away.volunteer.trainings.exists()
    assert open_steps(present) == ["feedback"]
    assert attendance.mark_attendance(session, {away.pk}, coordinator) == 0


def past(session):
    """Move `session` to an hour ago, as if it had just been held."""
    session.starts_at = timezone.now() - datetime.timedelta(hours=1)
    session.ends_at = timezone.now()
    session.save()


def test_orientation_training_completes_the_onboarding_step_that_waits_for_it(
    gatherings, coordinator
):
    session = orientation_session(gatherings)
    applicant = applicant_at_orientation(coordinator)
    enrolment = flows.enrol(applicant, session)
    past(session)

    attendance.mark_attendance(session, {enrolment.pk}, coordinator)

    process = onboarding.latest(applicant)
    assert waiting_task(process, "orientation", statuses=[STATUS.NEW]) is None
    assert waiting_task(process, "agreement") is not None
    (record,) = applicant.trainings.all()
    assert record.training == session.training
    assert record.valid_until is None


def test_a_volunteer_who_has_left_cannot_enrol(session):
    with pytest.raises(services.NotPossible):
        flows.enrol(volunteer(status=Volunteer.Status.ENDED), session)
    assert not session.enrolments.exists()


def test_a_paused_volunteer_can_enrol(session):
    assert flows.enrol(volunteer(status=Volunteer.Status.PAUSED), session).state == "confirmed"


def test_a_started_session_takes_no_enrolments_and_no_cancellations(session):
    enrolment = flows.enrol(volunteer(), session)
    past(session)
    with pytest.raises(services.NotPossible) as refusal:
        flows.enrol(volunteer(), session)
    assert refusal.value.message == services.SESSION_CLOSED
    with pytest.raises(services.NotPossible):
        services.cancel(enrolment, enrolment.volunteer)


def test_another_volunteers_enrolment_cannot_be_cancelled(session):
    enrolment = flows.enrol(volunteer(), session)
    with pytest.raises(services.NotPossible):
        services.cancel(enrolment, volunteer())
    enrolment.refresh_from_db()
    assert enrolment.state == Enrolment.State.CONFIRMED


def test_cancelling_then_enrolling_again_is_allowed(session):
    person = volunteer()
    services.cancel(flows.enrol(person, session), person)
    assert flows.enrol(person, session).state == Enrolment.State.CONFIRMED


def test_an_erased_volunteers_seat_goes_to_the_first_waiting(session):
    leaving, _other, waiting = enrol_all(session, 3)
    leaving.feedback_comment = "Oma sana"
    leaving.save()
    erase(leaving.volunteer)
    leaving.refresh_from_db()
    waiting.refresh_from_db()
    assert leaving.state == Enrolment.State.CANCELLED
    assert leaving.feedback_comment == ""
    assert waiting.state == Enrolment.State.OFFERED
