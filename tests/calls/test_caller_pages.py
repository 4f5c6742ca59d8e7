"""The caller's pages in My volunteering: the next calls and the call card, on a phone, in
the caller's language; someone else's card is not found; a card sent twice records once."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from tests.helpers.calls import add_residents, make_caller
from workflows.calls import pool
from workflows.calls.models import Call, Resident

pytestmark = pytest.mark.django_db


def url(name, language="fi", **kwargs):
    with translation.override(language):
        return reverse(f"my_volunteering:{name}", kwargs=kwargs or None)


def test_a_caller_gets_a_batch_and_records_a_call(client, campaign, caller, settings):
    settings.CALL_BATCH_SIZE = 2
    add_residents(campaign, 3)
    client.force_login(caller.user)
    response = client.post(url("calls"), {"campaign": campaign.pk})
    first = Resident.objects.filter(held_by=caller.user).order_by("pk").first()
    assert response.url == url("call", pk=first.pk)
    card = client.get(response.url)
    page = card.content.decode()
    assert 'href="tel:+358400000000"' in page and "Mitä sinulle kuuluu?" in page
    done = client.post(response.url, {"attempt": 1, "outcome": "well", "note": ""})
    # On to the next resident of the batch.
    second = Resident.objects.filter(held_by=caller.user).get()
    assert done.url == url("call", pk=second.pk)
    assert Call.objects.get().outcome == "well"


def test_the_script_is_in_the_callers_language(client, campaign, swedish_caller):
    add_residents(campaign, 1, language="sv")
    client.force_login(swedish_caller.user)
    resident = pool.next_calls(campaign, swedish_caller.user)[0]
    page = client.get(url("call", "sv", pk=resident.pk)).content.decode()
    assert "Hur mår du?" in page and "Ring +358 40 0000000" in page


def test_a_card_sent_twice_records_the_call_once(client, campaign, caller):
    add_residents(campaign, 1)
    client.force_login(caller.user)
    resident = pool.next_calls(campaign, caller.user)[0]
    card = url("call", pk=resident.pk)
    client.post(card, {"attempt": 1, "outcome": "no_answer"})
    again = client.post(card, {"attempt": 1, "outcome": "worried"}, follow=True)
    assert "Tämä soitto oli jo kirjattu." in again.content.decode()
    assert list(Call.objects.values_list("outcome", flat=True)) == ["no_answer"]


def test_bad_input_keeps_what_was_typed(client, campaign, caller, errands):
    add_residents(campaign, 1)
    client.force_login(caller.user)
    resident = pool.next_calls(campaign, caller.user)[0]
    response = client.post(
        url("call", pk=resident.pk),
        {"attempt": 1, "outcome": "needs_help", "description": "Kauppa torstaina", "note": "x"},
    )
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert set(errors) == {"kind_of_help", "needed_on", "area", "consent"}
    assert "Kauppa torstaina" in response.content.decode()
    assert not Call.objects.exists()


def test_a_call_again_in_the_past_is_refused(client, campaign, caller):
    add_residents(campaign, 1)
    client.force_login(caller.user)
    resident = pool.next_calls(campaign, caller.user)[0]
    past = (timezone.localtime() - datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    response = client.post(
        url("call", pk=resident.pk), {"attempt": 1, "outcome": "call_again", "call_again_at": past}
    )
    assert response.context["form"].errors["call_again_at"] == [
        "Uuden soiton ajan pitää olla tulevaisuudessa."
    ]


def test_someone_elses_card_is_not_found(client, campaign, caller, calling):
    add_residents(campaign, 1)
    resident = pool.next_calls(campaign, caller.user)[0]
    other = make_caller(calling, first_name="Olli")
    client.force_login(other.user)
    assert client.get(url("call", pk=resident.pk)).status_code == 404
    # What they typed is shown back to them, and nothing of the resident.
    typed = {"attempt": 1, "outcome": "well", "note": "Soitin."}
    answer = client.post(url("call", pk=resident.pk), typed)
    assert answer.status_code == 409 and "Soitin." in answer.content.decode()
    assert resident.name not in answer.content.decode()
    assert not Call.objects.exists()


def test_opening_the_card_keeps_the_resident_in_the_batch(client, campaign, caller, settings):
    settings.CALL_BATCH_HOLD_MINUTES = 60
    add_residents(campaign, 1)
    resident = pool.next_calls(campaign, caller.user)[0]
    soon = timezone.now() + datetime.timedelta(minutes=1)
    Resident.objects.filter(pk=resident.pk).update(held_until=soon)
    client.force_login(caller.user)
    client.get(url("call", pk=resident.pk))
    resident.refresh_from_db()
    assert resident.held_until > timezone.now() + datetime.timedelta(minutes=59)


def test_a_volunteer_who_does_not_call_sees_no_campaign(client, campaign, active):
    add_residents(campaign, 1)
    client.force_login(active.user)
    page = client.get(url("calls"))
    assert page.context["batches"] == []
    assert client.post(url("calls"), {"campaign": campaign.pk}).status_code == 404
    assert not Resident.objects.filter(held_by__isnull=False).exists()


@pytest.mark.parametrize("page", ["calls", "call"])
def test_the_callers_pages_run_constant_queries(client, campaign, caller, page, settings):
    settings.CALL_BATCH_SIZE = 5
    client.force_login(caller.user)

    def count(size):
        add_residents(campaign, size, start=campaign.residents.count())
        Resident.objects.update(held_by=None, held_until=None)
        batch = pool.next_calls(campaign, caller.user)
        address = url("calls") if page == "calls" else url("call", pk=batch[0].pk)
        client.get(address)  # the site's caches warm
        with CaptureQueriesContext(connection) as queries:
            assert client.get(address).status_code == 200
        return len(queries)

    assert count(50) == count(5000)


def test_a_campaign_outside_its_period_gives_no_calls(client, campaign, caller):
    add_residents(campaign, 1)
    campaign.starts_on = timezone.localdate() + datetime.timedelta(days=1)
    campaign.save()
    client.force_login(caller.user)
    assert client.get(url("calls")).context["batches"] == []
    assert client.post(url("calls"), {"campaign": campaign.pk}).status_code == 404


def test_a_campaign_that_is_not_a_number_is_not_found(client, caller):
    client.force_login(caller.user)
    assert client.post(url("calls"), {"campaign": "x'; --"}).status_code == 404
