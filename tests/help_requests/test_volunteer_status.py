"""A volunteer who is paused, in the reserve or has ended is not matched or offered help: they
are not suggested, an offer waiting for them goes back to matching, and a recurring visit
cannot continue with them."""

import datetime

from django.utils import timezone, translation

import pytest
from viewflow.workflow.status import STATUS

from tests.helpers.help_requests import active_volunteer, report_visit, step, take_on
from tests.helpers.processes import open_steps
from workflows.help_requests.forms import CloseForm
from workflows.help_requests.matching import suggestions
from workflows.help_requests.models import Offer
from workflows.registry import status
from workflows.registry.models import Volunteer

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("door", ["pause", "reserve", "end"])
def test_a_volunteer_taken_through_a_door_is_no_longer_suggested(
    help_request, errands, centre, coordinator, door
):
    stays = active_volunteer(errands, centre, user__first_name="Aktiivi")
    leaves = active_volunteer(errands, centre, user__first_name="Lähtijä")
    assert {s.volunteer for s in suggestions(help_request)} == {stays, leaves}
    status.open_door(leaves, status.DOORS[door], coordinator, reason="Syy")
    assert [s.volunteer for s in suggestions(help_request)] == [stays]


def test_the_reserve_and_the_ended_are_not_suggested_either(help_request, errands, centre):
    for name, state in (("Reservi", Volunteer.Status.RESERVE), ("Loppu", Volunteer.Status.ENDED)):
        active_volunteer(errands, centre, user__first_name=name, status=state)
    assert suggestions(help_request) == []


def test_pausing_withdraws_a_waiting_offer_and_the_request_is_matched_again(
    help_request, errands, centre, coordinator
):
    volunteer = active_volunteer(errands, centre)
    step(help_request, "triage", coordinator, decision="accept")
    step(help_request, "match", coordinator, volunteer=volunteer)
    offer = help_request.offers.get()

    status.take_break(volunteer, until=timezone.localdate() + datetime.timedelta(days=30))
    offer.refresh_from_db()
    assert offer.answer == Offer.Answer.WITHDRAWN and offer.answered_at is not None
    assert open_steps(help_request) == ["match"]
    offer_task = help_request.task_set.get(flow_task=help_request.flow_class.offer)
    assert offer_task.status == STATUS.DONE and offer_task.data["answer"] == "withdrawn"
    assert suggestions(help_request) == []


def test_a_recurring_visit_cannot_continue_with_a_paused_volunteer(
    help_request, errands, centre, coordinator
):
    volunteer = active_volunteer(errands, centre, user__first_name="Vilma")
    take_on(help_request, coordinator, volunteer)
    report_visit(help_request, volunteer)
    status.open_door(volunteer, status.DOORS["pause"], coordinator, reason="Loma")
    help_request.volunteer.refresh_from_db()
    next_week = (timezone.localdate() + datetime.timedelta(days=7)).isoformat()
    form = CloseForm({"closing": "continue", "next_visit_on": next_week}, instance=help_request)
    with translation.override("fi"):
        assert not form.is_valid()
        error = form.errors["closing"][0]
    assert error.startswith("Vilma") and "tauolla" in error and "toinen vapaaehtoinen" in error
    another = CloseForm({"closing": "rematch"}, instance=help_request)
    assert another.is_valid()
