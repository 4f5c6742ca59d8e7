"""Trainings that run out: the volunteer is reminded once, with the sessions that give it;
not when renewed already, nor after leaving."""

import datetime

from django.core import mail
from django.utils import timezone

import pytest

from tests.factories import SessionFactory
from tests.helpers.training import volunteer
from workflows.registry.models import TrainingRecord, Volunteer
from workflows.training import renewals

pytestmark = pytest.mark.django_db


def record(person, training, valid_for_days):
    today = timezone.localdate()
    return TrainingRecord.objects.create(
        volunteer=person,
        training=training,
        completed_on=today - datetime.timedelta(days=1000),
        valid_until=today + datetime.timedelta(days=valid_for_days),
    )


def test_a_training_running_out_is_reminded_once_with_the_sessions_that_give_it(
    gathering, companion_training, django_capture_on_commit_callbacks
):
    SessionFactory(gathering=gathering)
    person = volunteer(preferred_language="fi")
    record(person, companion_training, 30)
    with django_capture_on_commit_callbacks(execute=True):
        assert renewals.remind(60) == 1
        assert renewals.remind(60) == 0
    (message,) = mail.outbox
    assert "Saattohoidon vapaaehtoiskoulutus" in message.subject
    assert "Saattohoidon vapaaehtoiseksi" in message.body  # the session's gathering


def test_not_yet_due_renewed_or_left_is_not_reminded(gathering, companion_training):
    record(volunteer(), companion_training, 90)  # not within 60 days
    renewed = volunteer()
    record(renewed, companion_training, 10)
    TrainingRecord.objects.create(
        volunteer=renewed, training=companion_training, completed_on=timezone.localdate()
    )
    record(volunteer(status=Volunteer.Status.ENDED), companion_training, 10)
    assert renewals.remind(60) == 0


def test_those_on_a_break_or_in_the_reserve_are_reminded_too(gathering, companion_training):
    for state in (Volunteer.Status.PAUSED, Volunteer.Status.RESERVE):
        record(volunteer(status=state), companion_training, 10)
    assert renewals.remind(60) == 2
