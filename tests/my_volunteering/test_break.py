"""A volunteer takes a break in My volunteering and comes back from it themselves; a pause a
coordinator made is the coordinator's to end."""

import datetime

from django.utils import formats, timezone, translation

import pytest

from tests.factories import VolunteerFactory
from workflows.registry import status
from workflows.registry.models import StatusChange, Volunteer

pytestmark = pytest.mark.django_db

Status = Volunteer.Status
HOME_FI, HOME_SV = "/fi/oma-vapaaehtoisuus/", "/sv/mitt-frivilligarbete/"
BREAK_FI, BREAK_SV = "/fi/oma-vapaaehtoisuus/tauko/", "/sv/mitt-frivilligarbete/paus/"
BACK_SV = "/sv/mitt-frivilligarbete/paus/slut/"
NEXT_MONTH = timezone.localdate() + datetime.timedelta(days=30)


@pytest.fixture
def stina(client, active):
    client.force_login(active.user)
    return active


def content(response):
    return response.content.decode()


def test_an_active_volunteer_is_offered_a_break_in_their_language(client, stina):
    assert f'href="{BREAK_SV}"' in content(client.get(HOME_SV))
    assert "Ta en paus" in content(client.get(HOME_SV))
    assert f'href="{BREAK_FI}"' in content(client.get(HOME_FI))
    form = content(client.get(BREAK_SV))
    assert "Sista dagen av min paus" in form and "Börja min paus" in form


def test_a_volunteer_takes_a_break_until_a_day_and_comes_back(client, stina):
    response = client.post(
        BREAK_SV, {"until": NEXT_MONTH.isoformat(), "reason": "Barnbarnet föds"}, follow=True
    )
    assert response.redirect_chain[-1][0] == HOME_SV
    page = content(response)
    assert "Din paus har börjat." in page and "Ditt frivilliguppdrag är pausat" in page
    with translation.override("sv"):
        day = formats.date_format(NEXT_MONTH, "DATE_FORMAT")
    assert f"Din paus varar till och med {day}" in page
    assert f'action="{BACK_SV}"' in page and f'href="{BREAK_SV}"' not in page
    stina.refresh_from_db()
    assert stina.status == Status.PAUSED
    change = StatusChange.objects.get()
    assert (change.actor, change.changed_by, change.reason, change.until) == (
        StatusChange.Actor.VOLUNTEER,
        stina.user,
        "Barnbarnet föds",
        NEXT_MONTH,
    )

    back = client.post(BACK_SV, follow=True)
    assert "Välkommen tillbaka! Du är åter en aktiv frivillig." in content(back)
    stina.refresh_from_db()
    assert stina.status == Status.ACTIVE
    again = client.post(BACK_SV, follow=True)  # a double submit changes nothing more
    assert "Välkommen tillbaka!" in content(again) and StatusChange.objects.count() == 2


def test_a_break_until_further_notice_needs_no_day_and_no_reason(client, stina):
    page = content(client.post(BREAK_SV, {"until": "", "reason": ""}, follow=True))
    assert "Din paus varar tills vidare." in page
    stina.refresh_from_db()
    assert stina.status == Status.PAUSED


def test_a_last_day_in_the_past_is_told_in_swedish_and_the_words_typed_kept(client, stina):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    response = client.post(BREAK_SV, {"until": yesterday.isoformat(), "reason": "Resa"})
    page = content(response)
    assert response.status_code == 200 and "error-summary" in page
    assert "Dagen har redan passerat." in page
    assert ">\nResa</textarea>" in page and f'value="{yesterday.isoformat()}"' in page
    stina.refresh_from_db()
    assert stina.status == Status.ACTIVE and not StatusChange.objects.exists()


def test_a_pause_a_coordinator_made_is_not_ended_by_the_volunteer(client, stina, coordinator):
    status.open_door(stina, status.DOORS["pause"], coordinator, reason="Palaute selvitetään")
    page = content(client.get(HOME_SV))
    assert "Berätta för koordinatorn när du vill fortsätta." in page
    assert f'action="{BACK_SV}"' not in page and "Palaute selvitetään" not in page
    refused = client.post(BACK_SV, follow=True)
    assert "En koordinator har pausat ditt frivilliguppdrag" in content(refused)
    stina.refresh_from_db()
    assert stina.status == Status.PAUSED
    assert "Du kan ta en paus när du är en aktiv frivillig." in content(client.get(BREAK_SV))
    client.post(BREAK_SV, {"until": NEXT_MONTH.isoformat()})
    assert StatusChange.objects.count() == 1


def test_a_volunteer_in_the_reserve_is_told_so(client, home):
    volunteer = VolunteerFactory(status=Status.RESERVE, preferred_language="sv")
    client.force_login(volunteer.user)
    page = content(client.get(HOME_SV))
    assert "Du är i reserven" in page and f'href="{BREAK_SV}"' not in page


def test_only_volunteers_take_breaks(client, coordinator, home):
    assert client.get(BREAK_SV).status_code == 302  # to log in
    client.force_login(coordinator)
    assert client.get(BREAK_SV).status_code == 403
    assert client.post(BACK_SV).status_code == 403


def test_coming_back_takes_a_post_only(client, stina):
    assert client.get(BACK_SV).status_code == 405
