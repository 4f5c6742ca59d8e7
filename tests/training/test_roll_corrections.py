"""A saved roll can be corrected for TRAINING_ROLL_CORRECTION_DAYS after the session: the
training record, the certificate and the onboarding's orientation step follow the correction
both ways, and each correction is kept with who made it."""

import datetime

from django.urls import reverse
from django.utils import timezone

import pytest
from viewflow.workflow.status import PROCESS, STATUS

import portal.urls  # noqa: F401  (the flows' addresses reverse once the URLconf is loaded)
from tests.factories import UserFactory
from tests.helpers.training import applicant_at_orientation, orientation_session, volunteer
from workflows.engine import waiting_task
from workflows.onboarding import services as onboarding
from workflows.training import attendance, flows
from workflows.training.models import Enrolment

pytestmark = pytest.mark.django_db


def held(session, days_ago=0):
    """Move `session` to `days_ago` days ago, an hour before now."""
    session.starts_at = timezone.now() - datetime.timedelta(days=days_ago, hours=1)
    session.ends_at = session.starts_at + datetime.timedelta(hours=1)
    session.save()


def roll_of(session, coordinator, present=(), absent=()):
    enrolments = {person: flows.enrol(person, session) for person in (*present, *absent)}
    held(session)
    attendance.mark_attendance(session, {enrolments[p].pk for p in present}, coordinator)
    for enrolment in enrolments.values():
        enrolment.refresh_from_db()
    return enrolments


def test_absent_corrected_to_present_gives_the_record_and_the_certificate(session, coordinator):
    aino = volunteer(user__first_name="Aino")
    enrolment = roll_of(session, coordinator, absent=[aino])[aino]
    assert enrolment.state == Enrolment.State.ABSENT and not aino.trainings.exists()

    correction = attendance.correct(enrolment, coordinator)

    enrolment.refresh_from_db()
    assert correction.attended and correction.corrected_by == coordinator
    assert enrolment.state == Enrolment.State.ATTENDED
    assert aino.trainings.get().training == session.training
    assert enrolment.certificate.withdrawn_at is None


def test_present_corrected_to_absent_withdraws_them(session, coordinator):
    aino = volunteer(user__first_name="Aino")
    enrolment = roll_of(session, coordinator, present=[aino])[aino]
    certificate = enrolment.certificate

    correction = attendance.correct(enrolment, coordinator)

    enrolment.refresh_from_db()
    certificate.refresh_from_db()
    assert not correction.attended
    assert enrolment.state == Enrolment.State.ABSENT
    assert not aino.trainings.exists()
    assert certificate.withdrawn_at is not None
    # No feedback is asked of someone who did not come: the enrolment ended.
    assert enrolment.status == PROCESS.CANCELED

    # And back again: the same certificate holds again, the record returns.
    attendance.correct(enrolment, coordinator)
    certificate.refresh_from_db()
    assert certificate.withdrawn_at is None
    assert aino.trainings.count() == 1
    assert [c.attended for c in enrolment.corrections.all()] == [False, True]


def test_the_roll_cannot_be_corrected_after_the_window(session, coordinator, settings):
    settings.TRAINING_ROLL_CORRECTION_DAYS = 14
    aino = volunteer()
    enrolment = roll_of(session, coordinator, present=[aino])[aino]
    held(session, days_ago=15)
    assert attendance.correct(enrolment, coordinator) is None
    enrolment.refresh_from_db()
    assert enrolment.state == Enrolment.State.ATTENDED


def test_the_onboarding_follows_the_correction_both_ways(gatherings, coordinator):
    session = orientation_session(gatherings)
    applicant = applicant_at_orientation(coordinator)
    enrolment = roll_of(session, coordinator, present=[applicant])[applicant]
    process = onboarding.latest(applicant)
    assert waiting_task(process, "agreement") is not None

    attendance.correct(enrolment, coordinator)  # did not come after all

    assert waiting_task(process, "agreement") is None
    assert waiting_task(process, "orientation", statuses=[STATUS.NEW]) is not None

    attendance.correct(enrolment, coordinator)  # did come: the orientation is done again

    assert waiting_task(process, "orientation", statuses=[STATUS.NEW]) is None
    assert waiting_task(process, "agreement") is not None


def test_the_coordinator_corrects_a_mark_on_the_roll_page(client, session, coordinator):
    aino = volunteer(user__first_name="Aino", user__last_name="Aaltonen")
    enrolment = roll_of(session, coordinator, present=[aino])[aino]
    client.force_login(coordinator)
    roll = reverse("trainings:roll", args=[session.pk])
    correct = reverse("trainings:correct", args=[session.pk, enrolment.pk])
    assert correct in client.get(roll).content.decode()

    page = client.get(correct).content.decode()
    assert "Merkitäänkö Aino Aaltonen poissaolleeksi?" in page

    response = client.post(correct, follow=True)
    assert response.redirect_chain[-1][0] == roll
    page = response.content.decode()
    assert "merkitty poissaolleeksi" in page
    assert "korjasi poissaolleeksi Kaisa Koordinaattori" in page
    enrolment.refresh_from_db()
    assert enrolment.state == Enrolment.State.ABSENT


def test_a_coordinator_of_another_municipality_cannot_correct(client, session, coordinator):
    aino = volunteer()
    enrolment = roll_of(session, coordinator, present=[aino])[aino]
    client.force_login(UserFactory())
    response = client.post(reverse("trainings:correct", args=[session.pk, enrolment.pk]))
    assert response.status_code == 403
    enrolment.refresh_from_db()
    assert enrolment.state == Enrolment.State.ATTENDED
