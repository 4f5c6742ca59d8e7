"""A certificate of volunteering: the volunteer asks, a coordinator approves or declines; the
certificate states the period's hours, kinds of help and trainings in the language asked."""

import datetime

from django.core import mail
from django.utils import timezone

import pytest
from viewflow.workflow.status import PROCESS

from tests.factories import TrainingFactory
from workflows.certificates import pdf, services
from workflows.certificates.flows import AlreadyAsked, ask
from workflows.certificates.models import Certificate
from workflows.registry.models import TrainingRecord

pytestmark = pytest.mark.django_db


def data(**overrides):
    today = timezone.localdate()
    return {
        "language": "sv",
        "period_start": today - datetime.timedelta(days=100),
        "period_end": today,
        "purpose": "Arbetsansökan",
        **overrides,
    }


def decide(process, user, **fields):
    assert services.decide(process, user, **fields)
    process.refresh_from_db()


def test_an_approved_request_issues_the_certificate_with_the_periods_facts(
    active, report_hours, coordinator, django_capture_on_commit_callbacks
):
    report_hours(active, "2.5")
    report_hours(active, "4")
    training = TrainingFactory(name="Ensiapu")
    TrainingRecord.objects.create(
        volunteer=active, training=training, completed_on=timezone.localdate()
    )
    process = ask(active, data())
    with django_capture_on_commit_callbacks(execute=True):
        decide(process, coordinator, decision="approve")

    assert process.status == PROCESS.DONE
    certificate = process.certificate
    assert certificate.kind == Certificate.Kind.VOLUNTEERING
    assert certificate.details["hours"] == "6,5"  # as Swedish writes it
    assert certificate.details["visits"] == 2
    assert certificate.details["trainings"][0]["name"] == "Ensiapu"
    (message,) = mail.outbox
    assert certificate.code in message.body
    assert pdf.render(certificate).startswith(b"%PDF")


def test_a_declined_request_tells_the_volunteer_why(
    active, coordinator, django_capture_on_commit_callbacks
):
    process = ask(active, data())
    with django_capture_on_commit_callbacks(execute=True):
        decide(process, coordinator, decision="decline", decline_reason="Jakso on väärin.")
    assert process.certificate is None
    assert not Certificate.objects.exists()
    (message,) = mail.outbox
    assert "Jakso on väärin." in message.body


def test_one_request_waits_at_a_time(active):
    ask(active, data())
    with pytest.raises(AlreadyAsked):
        ask(active, data())
