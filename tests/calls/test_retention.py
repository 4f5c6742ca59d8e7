"""A call list's personal data goes on its keeping date; the counts by outcome, area, language
and day stay, and the do-not-call list stays."""

import datetime

from django.core.management import call_command
from django.utils import timezone

import pytest

from tests.helpers.calls import add_residents, outcome
from tests.helpers.help_requests import committed
from tests.helpers.processes import open_steps
from workflows.calls import figures, flows, pool
from workflows.calls.models import CallBack, DoNotCall, Outcome
from workflows.registry.export import everything_about

pytestmark = pytest.mark.django_db


def test_the_purge_keeps_the_counts(campaign, caller, centre, settings):
    settings.CALL_BATCH_SIZE = 4
    add_residents(campaign, 4, language="sv", area=centre)
    batch = list(pool.next_calls(campaign, caller.user))
    results = [Outcome.WELL, Outcome.WORRIED, Outcome.DOES_NOT_WANT, Outcome.NO_ANSWER]
    for resident, result in zip(batch, results, strict=True):
        committed(flows.call_made, resident, caller.user, 1, outcome(result, note="Muistiin."))
    before = (
        figures.progress(campaign),
        figures.calls_per_day(campaign),
        figures.callers(campaign),
    )
    call_back = CallBack.objects.get()

    campaign.list_kept_until = timezone.localdate() - datetime.timedelta(days=1)
    campaign.save()
    call_command("purge_call_lists")

    campaign.refresh_from_db()
    assert campaign.purged_at and not campaign.is_open and open_steps(campaign) == []
    assert set(campaign.residents.values_list("name", "phone")) == {("", "")}
    assert set(campaign.calls.values_list("note", flat=True)) == {""}
    assert set(campaign.residents.values_list("language", "area")) == {("sv", centre.pk)}
    after = (figures.progress(campaign), figures.calls_per_day(campaign), figures.callers(campaign))
    assert after == before
    call_back.refresh_from_db()
    assert call_back.status == "CANCELED" and open_steps(call_back) == []
    # The wish not to be called is the municipality's, not the campaign's: it stays.
    assert DoNotCall.objects.count() == 1


def test_a_list_not_yet_due_is_kept(campaign):
    add_residents(campaign, 1)
    call_command("purge_call_lists")
    assert campaign.residents.get().name == "Asukas 0"


def test_a_callers_own_download_has_their_calls_and_no_resident(campaign, caller):
    add_residents(campaign, 1)
    resident = pool.next_calls(campaign, caller.user)[0]
    committed(flows.call_made, resident, caller.user, 1, outcome(Outcome.WELL, note="Hyvä."))
    data = everything_about(caller)
    (call,) = data["calls_made"]
    assert (call["campaign__name"], call["outcome"]) == (campaign.name, "well")
    assert "Asukas" not in str(data) and "Hyvä." not in str(data)
