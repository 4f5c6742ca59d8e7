"""A call campaign at engine level: every outcome, the retries, the call-again timer, the need
found becoming a help request that runs its whole process, the worry called back, the
do-not-call list across campaigns."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone

import pytest

from tests.helpers.calls import add_residents, make_caller, open_campaign, outcome
from tests.helpers.help_requests import committed, report_visit, step, take_on
from tests.helpers.processes import open_steps
from workflows.calls import flows, listfile, pool, services
from workflows.calls.models import CallBack, DoNotCall, Outcome, Resident
from workflows.help_requests.models import HelpRequest
from workflows.registry import status

pytestmark = pytest.mark.django_db


def called(campaign, user, result, now=None, **data):
    """`user` takes their batch and records `result` for its first resident."""
    resident = pool.next_calls(campaign, user.user if hasattr(user, "user") else user, now=now)[0]
    who = user.user if hasattr(user, "user") else user
    committed(flows.call_made, resident, who, resident.tries + 1, outcome(result, **data))
    resident.refresh_from_db()
    return resident


@pytest.mark.parametrize(
    "result",
    [Outcome.WELL, Outcome.WRONG_NUMBER, Outcome.DOES_NOT_WANT],
)
def test_a_final_outcome_ends_the_residents_calls(campaign, caller, result):
    add_residents(campaign, 1)
    resident = called(campaign, caller, result)
    assert (resident.state, resident.outcome, resident.tries) == ("done", result, 1)
    assert resident.held_by is None
    assert not pool.next_calls(campaign, caller.user)


def test_no_answer_is_tried_again_on_another_day_then_closed_as_unreached(
    campaign, caller, settings
):
    settings.CALL_NO_ANSWER_TRIES = 3
    add_residents(campaign, 1)
    now = timezone.now()
    resident = called(campaign, caller, Outcome.NO_ANSWER, now=now)
    assert resident.state == Resident.State.WAITING
    first_call = resident.calls.get()
    retry = datetime.timedelta(hours=settings.CALL_RETRY_AFTER_HOURS)
    assert resident.call_after == first_call.called_at + retry
    # Not in the pool before then: another caller gets nobody.
    other = make_caller(campaign.kind_of_help, first_name="Olli")
    assert not pool.next_calls(campaign, other.user, now=now + datetime.timedelta(hours=1))
    later = now + datetime.timedelta(hours=21)
    resident = called(campaign, caller, Outcome.NO_ANSWER, now=later)
    assert resident.tries == 2 and resident.state == Resident.State.WAITING
    resident = called(campaign, caller, Outcome.NO_ANSWER, now=later + datetime.timedelta(days=1))
    assert (resident.state, resident.tries) == (Resident.State.UNREACHED, 3)
    assert list(resident.calls.values_list("attempt", flat=True)) == [1, 2, 3]


def test_call_again_returns_the_resident_to_the_pool_at_the_agreed_time(campaign, caller):
    add_residents(campaign, 1)
    again = timezone.now() + datetime.timedelta(days=2)
    resident = called(campaign, caller, Outcome.CALL_AGAIN, call_again_at=again)
    assert resident.state == Resident.State.WAITING and resident.call_after == again
    assert not pool.next_calls(campaign, caller.user)
    batch = pool.next_calls(campaign, caller.user, now=again + datetime.timedelta(minutes=1))
    assert [r.pk for r in batch] == [resident.pk]


def test_a_need_found_starts_a_help_request_that_runs_its_whole_process(
    campaign, caller, coordinator, errands, centre, sms_outbox
):
    add_residents(campaign, 1, area=centre)
    need = {
        "kind_of_help": errands.pk,
        "description": "Kauppaostokset torstaisin.",
        "needed_on": timezone.localdate() + datetime.timedelta(days=2),
        "time_of_day": "morning",
        "consent": True,
    }
    resident = called(campaign, caller, Outcome.NEEDS_HELP, **need)
    help_request = resident.help_request
    assert resident.state == Resident.State.DONE
    assert help_request.channel == HelpRequest.Channel.CALL
    assert help_request.consent_taken_by == caller.user
    assert help_request.privacy_notice_version.startswith("verbal: ")
    assert (help_request.requester_name, help_request.phone) == ("Asukas 0", "+358400000000")
    assert help_request.area == centre and help_request.kind_of_help == errands
    assert open_steps(help_request) == ["triage"]
    # The resident is told by text message, in their language, that the request arrived.
    assert [message.to for message in sms_outbox] == ["+358400000000"]
    # …and the request runs its whole existing process.
    helper = make_caller(errands, first_name="Hanna")
    take_on(help_request, coordinator, helper)
    report_visit(help_request, helper)
    step(help_request, "close", coordinator, closing="close")
    assert help_request.stage == HelpRequest.Stage.DONE


def test_a_worried_caller_starts_a_call_back_for_a_coordinator(campaign, caller, coordinator):
    add_residents(campaign, 1)
    resident = called(campaign, caller, Outcome.WORRIED, note="Kuulosti hämmentyneeltä.")
    call_back = CallBack.objects.get(resident=resident)
    assert open_steps(call_back) == ["call_back"]
    assert call_back.call.note == "Kuulosti hämmentyneeltä."
    task = call_back.task_set.get(flow_task=flows.CallBackFlow.call_back)
    assert task.flow_task.can_assign(coordinator, task)
    assert not task.flow_task.can_assign(caller.user, task)


def test_recording_a_call_twice_records_it_once(campaign, caller):
    add_residents(campaign, 1)
    resident = pool.next_calls(campaign, caller.user)[0]
    committed(flows.call_made, resident, caller.user, 1, outcome(Outcome.WELL))
    with pytest.raises(services.NotYours):
        committed(flows.call_made, resident, caller.user, 1, outcome(Outcome.WORRIED))
    assert resident.calls.count() == 1 and not CallBack.objects.exists()


def test_another_callers_resident_cannot_be_recorded(campaign, caller, swedish_caller):
    add_residents(campaign, 1)
    resident = pool.next_calls(campaign, caller.user)[0]
    with pytest.raises(services.HeldByAnother):
        committed(flows.call_made, resident, swedish_caller.user, 1, outcome(Outcome.WELL))


def test_the_do_not_call_list_holds_across_campaigns(home, coordinator, calling, caller):
    first = open_campaign(home.get_site(), coordinator, calling)
    add_residents(first, 2)
    resident = called(first, caller, Outcome.DOES_NOT_WANT)
    assert DoNotCall.objects.filter(phone=resident.phone).exists()
    second = open_campaign(home.get_site(), coordinator, calling, name="Syksyn soitot")
    # A list read later leaves the number out…
    upload = ContentFile(f"nimi;puhelin\nSama Asukas;{resident.phone.as_e164}\n".encode())
    read = listfile.read(upload, home.get_site(), second)
    assert read.clean and not read.to_import
    assert read.left_out[0].left_out == "Soittokieltolistalla: jätetään pois."
    # …and a resident already on a list when the wish came is never given to a caller.
    third = open_campaign(home.get_site(), coordinator, calling, name="Talven soitot")
    services.import_rows(third, [["Sama Asukas", resident.phone.as_e164, "fi", None]])
    assert not pool.next_calls(third, caller.user)


def test_batches_come_in_the_callers_language_first(campaign, caller, swedish_caller, settings):
    settings.CALL_BATCH_SIZE = 2
    add_residents(campaign, 3, language="fi")
    add_residents(campaign, 3, language="sv", start=100)
    languages, areas = pool.caller_languages(swedish_caller.user)
    batch = pool.next_calls(campaign, swedish_caller.user, languages, areas)
    assert [r.language for r in batch] == ["sv", "sv"]
    # Asked again, the caller gets the same batch, not a new one.
    again = pool.next_calls(campaign, swedish_caller.user, languages, areas)
    assert [r.pk for r in again] == [r.pk for r in batch]


def test_an_unfinished_batch_returns_to_the_pool_after_its_time(campaign, caller, settings):
    settings.CALL_BATCH_SIZE, settings.CALL_BATCH_HOLD_MINUTES = 2, 60
    add_residents(campaign, 2)
    now = timezone.now()
    mine = list(pool.next_calls(campaign, caller.user, now=now))
    other = make_caller(campaign.kind_of_help, first_name="Olli").user
    assert not pool.next_calls(campaign, other, now=now + datetime.timedelta(minutes=59))
    theirs = pool.next_calls(campaign, other, now=now + datetime.timedelta(minutes=61))
    assert {r.pk for r in theirs} == {r.pk for r in mine}


def test_who_may_call(campaign, caller, coordinator, calling, home):
    assert pool.may_call(caller.user, campaign)
    assert pool.may_call(coordinator, campaign)
    paused = make_caller(calling, first_name="Paula", status="paused")
    no_calls = make_caller(home and calling, first_name="Nuutti")
    no_calls.kinds_of_help.clear()
    assert not pool.may_call(paused.user, campaign)
    assert not pool.may_call(no_calls.user, campaign)
    assert list(pool.campaigns_for(caller.user)) == [campaign]
    assert list(pool.campaigns_for(paused.user)) == []


def test_a_closed_campaign_gives_no_calls(campaign, caller):
    add_residents(campaign, 2)
    pool.next_calls(campaign, caller.user)
    assert flows.close_campaign(campaign)
    campaign.refresh_from_db()
    assert not pool.may_call(caller.user, campaign)
    assert not campaign.residents.filter(held_by__isnull=False).exists()
    assert open_steps(campaign) == []
    assert not flows.close_campaign(campaign)


def test_residents_not_yet_called_come_before_those_tried_again(campaign, caller, settings):
    settings.CALL_BATCH_SIZE = 1
    add_residents(campaign, 3)
    first = called(campaign, caller, Outcome.NO_ANSWER)
    later = timezone.now() + datetime.timedelta(days=2)
    # A coordinator (no languages or areas of their own) gets the untried first, lowest first.
    batch = pool.next_calls(campaign, campaign.opened_by, now=later)
    assert batch[0].tries == 0 and batch[0].pk != first.pk


def test_a_wish_not_to_be_called_ends_the_waits_in_other_campaigns(
    home, coordinator, calling, caller
):
    first = open_campaign(home.get_site(), coordinator, calling)
    second = open_campaign(home.get_site(), coordinator, calling, name="Toinen")
    add_residents(first, 1)
    add_residents(second, 1)
    called(first, caller, Outcome.DOES_NOT_WANT)
    other = second.residents.get()
    assert (other.state, other.outcome) == (Resident.State.DONE, Outcome.DOES_NOT_WANT)


def test_a_caller_who_pauses_gives_back_their_batch(campaign, caller, coordinator):
    add_residents(campaign, 3)
    pool.next_calls(campaign, caller.user)
    status.open_door(caller, status.DOORS["pause"], coordinator, reason="Matka.")
    assert not campaign.residents.filter(held_by__isnull=False).exists()
