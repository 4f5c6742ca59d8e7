"""The help-request process at engine level: every branch, as the services take it."""

import datetime
import io
from decimal import Decimal

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Site

import pytest
from viewflow.workflow.models import Task
from viewflow.workflow.status import PROCESS, STATUS

from tests.factories import CoordinatorFactory
from tests.helpers.help_requests import (
    MUNICIPALITY,
    active_volunteer,
    committed,
    intake_data,
    report_visit,
    step,
    take_on,
)
from tests.helpers.processes import open_steps
from workflows.help_requests import flows, services
from workflows.help_requests.matching import suggestions
from workflows.help_requests.models import HelpRequest, Offer

pytestmark = pytest.mark.django_db


def offer_to(help_request, volunteer, coordinator):
    step(help_request, "match", coordinator, volunteer=volunteer)
    return help_request.offers.get(answer="")


def fire_timers_now(help_request):
    Task.objects.filter(process=help_request, status=STATUS.SCHEDULED).update(
        scheduled=timezone.now()
    )
    call_command("workflow_timers", stdout=io.StringIO())
    help_request.refresh_from_db()


@pytest.fixture
def taken_on(help_request, coordinator, errands, centre):
    """The request accepted by a volunteer, who is to help and report."""
    volunteer = active_volunteer(errands, centre, user__first_name="Vilma")
    take_on(help_request, coordinator, volunteer)
    return volunteer


def test_submit_stores_once_and_waits_for_triage(help_request, sms_outbox):
    assert help_request.stage == HelpRequest.Stage.RECEIVED
    assert open_steps(help_request) == ["triage"]
    assert help_request.person_name == "Elsa Asukas"
    # The resident is told by e-mail and by text message, with their private link.
    receipt = [m for m in mail.outbox if m.to == ["aino@example.fi"]]
    assert len(receipt) == 1 and help_request.access_key in receipt[0].body
    assert [m.to for m in sms_outbox] == ["040 123 4567"]
    assert help_request.access_key in sms_outbox[0].body
    # The coordinators hear of it at the municipality's address.
    assert any(m.to == [MUNICIPALITY["email"]] for m in mail.outbox)


def test_the_same_form_sent_twice_makes_one_request(home, errands, centre):
    site = Site.objects.get(is_default_site=True)
    data = intake_data(errands, centre)
    first, created = committed(flows.submit, site, data, "v1", MUNICIPALITY)
    again, created_again = committed(flows.submit, site, dict(data), "v1", MUNICIPALITY)
    assert created and not created_again and first.pk == again.pk
    assert HelpRequest.objects.count() == 1


def test_accept_match_decline_rematch_accept_report_close_feedback(
    help_request, coordinator, errands, centre
):
    first = active_volunteer(errands, centre, user__first_name="Ville")
    second = active_volunteer(errands, centre, user__first_name="Vilma")
    step(help_request, "triage", coordinator, decision="accept")
    assert help_request.stage == HelpRequest.Stage.IN_PROGRESS
    assert open_steps(help_request) == ["match"]

    offer = offer_to(help_request, first, coordinator)
    assert open_steps(help_request) == ["offer"]
    assert any(first.user.email in m.to for m in mail.outbox)
    committed(services.answer_offer, offer, first, accept=False)
    assert open_steps(help_request) == ["match"]
    # The volunteer who declined is not suggested again.
    suggested = [s.pk for s in suggestions(help_request)]
    assert first.pk not in suggested and second.pk in suggested

    offer = offer_to(help_request, second, coordinator)
    with pytest.raises(services.NotYourTurn):  # not the first volunteer's offer to answer
        committed(services.answer_offer, offer, first, accept=True)
    committed(services.answer_offer, offer, second, accept=True)
    help_request.refresh_from_db()
    assert help_request.stage == HelpRequest.Stage.VOLUNTEER_FOUND
    assert help_request.volunteer == second
    assert open_steps(help_request) == ["help_given"]
    assert [o.answer for o in help_request.offers.all()] == ["declined", "accepted"]

    with pytest.raises(services.NotYourTurn):  # only the volunteer who took it on reports
        report_visit(help_request, first)
    report_visit(help_request, second, hours=Decimal("1.5"))
    assert open_steps(help_request) == ["close"]
    step(help_request, "close", coordinator, closing="close")
    assert help_request.stage == HelpRequest.Stage.DONE
    assert help_request.status == PROCESS.DONE
    assert any("aino@example.fi" in m.to and help_request.access_key in m.body for m in mail.outbox)

    committed(services.give_feedback, help_request, "yes", "Kiitos!")
    help_request.refresh_from_db()
    assert help_request.feedback == "yes"
    with pytest.raises(services.NotYourTurn):  # feedback is given once
        committed(services.give_feedback, help_request, "no", "again")


def test_ask_for_more_then_the_resident_answers(help_request, coordinator, sms_outbox):
    step(help_request, "triage", coordinator, decision="ask", question="Mikä apteekki?")
    assert open_steps(help_request) == ["resident_answers"]
    assert any("Mikä apteekki?" in m.body for m in mail.outbox)
    committed(services.resident_answer, help_request, "Keskustan apteekki")
    help_request.refresh_from_db()
    assert help_request.answer == "Keskustan apteekki"
    assert open_steps(help_request) == ["triage"]
    with pytest.raises(services.NotYourTurn):
        committed(services.resident_answer, help_request, "again")


def test_no_answer_in_time_returns_to_triage(help_request, coordinator):
    step(help_request, "triage", coordinator, decision="ask", question="Mikä apteekki?")
    fire_timers_now(help_request)
    assert open_steps(help_request) == ["triage"]


def test_referral_ends_the_request_and_tells_the_resident(help_request, coordinator):
    referral = "Soita kotihoitoon, puh. 040 000 1111."
    step(help_request, "triage", coordinator, decision="refer", referral=referral)
    assert help_request.stage == HelpRequest.Stage.REFERRED
    assert help_request.status == PROCESS.DONE
    assert open_steps(help_request) == []
    assert any(referral in m.body for m in mail.outbox)


def test_spam_is_rejected_quietly(help_request, coordinator):
    sent = len(mail.outbox)
    step(help_request, "triage", coordinator, decision="spam")
    assert help_request.stage == HelpRequest.Stage.CANCELLED
    assert help_request.status == PROCESS.DONE
    assert len(mail.outbox) == sent  # a spammer is not answered


def test_offer_expires_through_the_timer(help_request, coordinator, errands, centre, settings):
    volunteer = active_volunteer(errands, centre)
    step(help_request, "triage", coordinator, decision="accept")
    offer = offer_to(help_request, volunteer, coordinator)
    timer = help_request.task_set.get(flow_task_type="TIMER", status=STATUS.SCHEDULED)
    hours = settings.HELP_OFFER_ANSWER_HOURS
    assert timer.scheduled > timezone.now() + datetime.timedelta(hours=hours - 1)

    fire_timers_now(help_request)
    offer.refresh_from_db()
    assert offer.answer == Offer.Answer.EXPIRED
    assert open_steps(help_request) == ["match"]
    assert volunteer.pk not in [s.pk for s in suggestions(help_request)]
    with pytest.raises(services.NotYourTurn):
        committed(services.answer_offer, offer, volunteer, accept=True)


def test_an_answer_before_the_deadline_disarms_the_timer(help_request, coordinator, taken_on):
    # The offer's timer is gone; the one left waits for the report, days after the help.
    scheduled = help_request.task_set.filter(status=STATUS.SCHEDULED)
    assert [task.flow_task.name for task in scheduled] == ["help_given__timeout"]
    fire_timers_now(help_request)
    assert open_steps(help_request) == ["close"]  # the report's timer, not the offer's


def test_a_concern_creates_a_follow_up_for_a_coordinator(help_request, coordinator, taken_on):
    report_visit(help_request, taken_on, concern="Elsa vaikutti yksinäiseltä.")
    assert open_steps(help_request) == ["follow_up"]
    step(help_request, "follow_up", coordinator, concern_handled="Soitin Elsan tyttärelle.")
    assert open_steps(help_request) == ["close"]
    assert help_request.reports.get().concern_handled == "Soitin Elsan tyttärelle."


def test_a_recurring_need_continues_with_the_same_volunteer(help_request, coordinator, taken_on):
    report_visit(help_request, taken_on, hours=Decimal("1.5"))
    next_week = timezone.localdate() + datetime.timedelta(days=7)
    step(help_request, "close", coordinator, closing="continue", next_visit_on=next_week)
    assert open_steps(help_request) == ["help_given"]
    assert help_request.needed_on == next_week and help_request.volunteer == taken_on
    assert help_request.offers.count() == 1  # no new intake, no new matching
    report_visit(help_request, taken_on, hours=Decimal("2"))
    step(help_request, "close", coordinator, closing="close")
    assert help_request.stage == HelpRequest.Stage.DONE
    assert sum(r.hours for r in help_request.reports.all()) == Decimal("3.5")


def test_resident_cancels_while_an_offer_waits(help_request, coordinator, errands, centre):
    volunteer = active_volunteer(errands, centre)
    step(help_request, "triage", coordinator, decision="accept")
    offer = offer_to(help_request, volunteer, coordinator)
    committed(services.cancel, help_request)
    help_request.refresh_from_db()
    offer.refresh_from_db()
    assert help_request.stage == HelpRequest.Stage.CANCELLED
    assert help_request.status == PROCESS.CANCELED
    assert offer.answer == Offer.Answer.WITHDRAWN
    assert open_steps(help_request) == []
    assert not help_request.task_set.filter(status=STATUS.SCHEDULED).exists()
    assert any(volunteer.user.email in m.to for m in mail.outbox[-1:])
    with pytest.raises(services.NotYourTurn):
        committed(services.cancel, help_request)
    with pytest.raises(services.NotYourTurn):
        committed(services.answer_offer, offer, volunteer, accept=True)


def test_a_coordinator_of_another_municipality_cannot_take_the_steps(help_request):
    other = Site.objects.create(hostname="muu.example.fi", root_page=Site.objects.get().root_page)
    outsider = CoordinatorFactory(site=other).user
    with pytest.raises(services.NotYourTurn):
        step(help_request, "triage", outsider, decision="accept")
    assert open_steps(help_request) == ["triage"]


def test_a_volunteer_who_could_not_help_is_replaced(
    help_request, coordinator, taken_on, errands, centre
):
    report_visit(
        help_request, taken_on, hours=Decimal("0"), outcome="not_done", notes="Sairastuin."
    )
    step(help_request, "close", coordinator, closing="rematch")
    assert open_steps(help_request) == ["match"]
    assert help_request.stage == HelpRequest.Stage.IN_PROGRESS
    assert help_request.volunteer is None
    other = active_volunteer(errands, centre, user__first_name="Vieno")
    offer = offer_to(help_request, other, coordinator)
    committed(services.answer_offer, offer, other, accept=True)
    help_request.refresh_from_db()
    assert help_request.volunteer == other and open_steps(help_request) == ["help_given"]


def test_a_visit_never_reported_goes_to_a_coordinator_in_time(
    help_request, coordinator, taken_on, settings
):
    timer = help_request.task_set.get(flow_task_type="TIMER", status=STATUS.SCHEDULED)
    deadline = help_request.needed_on + datetime.timedelta(days=settings.HELP_REPORT_WAIT_DAYS)
    assert timezone.localtime(timer.scheduled).date() == deadline + datetime.timedelta(days=1)
    fire_timers_now(help_request)
    assert open_steps(help_request) == ["close"]
    with pytest.raises(services.NotYourTurn):
        report_visit(help_request, taken_on)
    step(help_request, "close", coordinator, closing="rematch")
    assert open_steps(help_request) == ["match"]
