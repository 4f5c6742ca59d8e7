"""The doors of a volunteer's status as services: each change on the history, the doors that
do not open, a volunteer's own break, a pause ending on its day, reasons forgotten in time,
and the reasons in the volunteer's download and gone on erasure."""

import datetime

from django.core.management import call_command
from django.utils import timezone

import pytest

from workflows.registry import status
from workflows.registry.erasure import erase
from workflows.registry.export import everything_about
from workflows.registry.models import StatusChange, Volunteer

pytestmark = pytest.mark.django_db

Status, Actor = Volunteer.Status, StatusChange.Actor
TODAY = datetime.date(2027, 3, 10)


@pytest.fixture
def aino(volunteer):
    volunteer.set_status(Status.ACTIVE)
    volunteer.save()
    return volunteer


def door(name):
    return status.DOORS[name]


def test_a_coordinators_pause_is_on_the_history_with_who_when_why_and_until(aino, coordinator):
    change = status.open_door(
        aino, door("pause"), coordinator, reason="  Muuttaa kesäksi mökille. ", until=TODAY
    )
    aino.refresh_from_db()
    assert aino.status == Status.PAUSED
    stored = StatusChange.objects.get()
    assert stored == change
    assert (stored.actor, stored.changed_by, stored.from_status, stored.to_status) == (
        Actor.COORDINATOR,
        coordinator,
        Status.ACTIVE,
        Status.PAUSED,
    )
    assert (stored.reason, stored.until) == ("Muuttaa kesäksi mökille.", TODAY)
    assert timezone.now() - stored.at < datetime.timedelta(minutes=1)


def test_every_door_keeps_its_step_on_the_history_newest_first(aino, coordinator):
    status.open_door(aino, door("pause"), coordinator, reason="Loma")
    status.open_door(aino, door("reserve"), coordinator)
    status.open_door(aino, door("resume"), coordinator)
    status.open_door(aino, door("end"), coordinator, reason="Muutti pois")
    steps = list(aino.status_changes.values_list("from_status", "to_status"))
    assert steps == [
        (Status.ACTIVE, Status.ENDED),
        (Status.RESERVE, Status.ACTIVE),
        (Status.PAUSED, Status.RESERVE),
        (Status.ACTIVE, Status.PAUSED),
    ]
    assert status.doors_open(aino) == []


@pytest.mark.parametrize(
    ("now", "name"),
    [
        (Status.ACTIVE, "resume"),
        (Status.APPLICANT, "pause"),
        (Status.APPLICANT, "end"),
        (Status.ENDED, "resume"),
        (Status.ENDED, "end"),
        (Status.RESERVE, "reserve"),
    ],
)
def test_a_door_that_does_not_open_from_the_status_stores_nothing(
    volunteer, coordinator, now, name
):
    volunteer.set_status(now)
    volunteer.save()
    with pytest.raises(status.NotPossible):
        status.open_door(volunteer, door(name), coordinator, reason="x")
    volunteer.refresh_from_db()
    assert volunteer.status == now and not StatusChange.objects.exists()


def test_an_erased_volunteer_has_no_doors(aino, coordinator):
    erase(aino)
    aino.refresh_from_db()
    assert status.doors_open(aino) == []
    with pytest.raises(status.NotPossible):
        status.open_door(aino, door("resume"), coordinator)


def test_a_volunteer_takes_a_break_and_comes_back_themselves(aino):
    status.take_break(aino, until=TODAY, reason="Lapsenlapsi syntyy")
    pause = status.current_pause(aino)
    assert aino.status == Status.PAUSED and pause.actor == Actor.VOLUNTEER
    assert pause.changed_by == aino.user and status.may_come_back(aino, pause)
    status.come_back(aino)
    aino.refresh_from_db()
    assert aino.status == Status.ACTIVE
    assert aino.status_changes.first().actor == Actor.VOLUNTEER
    with pytest.raises(status.NotPossible):  # a double submit
        status.come_back(aino)
    assert aino.status_changes.count() == 2


def test_a_pause_a_coordinator_made_is_not_the_volunteers_to_end(aino, coordinator):
    status.open_door(aino, door("pause"), coordinator, reason="Selvitetään palautetta")
    assert not status.may_come_back(aino, status.current_pause(aino))
    with pytest.raises(status.NotPossible):
        status.come_back(aino)
    with pytest.raises(status.NotPossible):  # nor can they pause again while paused
        status.take_break(aino)
    aino.refresh_from_db()
    assert aino.status == Status.PAUSED


def test_a_pause_ends_by_itself_the_day_after_its_last_day(aino, coordinator):
    status.open_door(aino, door("pause"), coordinator, reason="Loma", until=TODAY)
    open_ended = Volunteer.objects.create(
        user=coordinator.__class__.objects.create(username="toinen"),
        site=aino.site,
        status=Status.ACTIVE,
    )
    status.take_break(open_ended)  # until further notice

    assert status.end_pauses(today=TODAY) == 0  # the last day is still a day of the pause
    assert status.end_pauses(today=TODAY + datetime.timedelta(days=1)) == 1
    aino.refresh_from_db()
    open_ended.refresh_from_db()
    assert aino.status == Status.ACTIVE and open_ended.status == Status.PAUSED
    resumed = aino.status_changes.first()
    assert (resumed.actor, resumed.changed_by, resumed.from_status) == (
        Actor.PORTAL,
        None,
        Status.PAUSED,
    )
    assert status.end_pauses(today=TODAY + datetime.timedelta(days=2)) == 0


def test_the_daily_command_ends_the_pauses_that_are_over(aino, coordinator, capsys):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    status.open_door(aino, door("pause"), coordinator, reason="Loma", until=timezone.localdate())
    StatusChange.objects.update(until=yesterday)
    call_command("update_volunteer_statuses")
    assert "1 pause(s) ended" in capsys.readouterr().out
    aino.refresh_from_db()
    assert aino.status == Status.ACTIVE


def test_a_pause_resumed_by_hand_is_not_ended_again(aino, coordinator):
    status.open_door(aino, door("pause"), coordinator, reason="Loma", until=TODAY)
    status.open_door(aino, door("resume"), coordinator)
    assert status.end_pauses(today=TODAY + datetime.timedelta(days=5)) == 0
    assert aino.status_changes.count() == 2


def test_reasons_are_forgotten_once_their_status_has_been_over_long_enough(
    aino, coordinator, settings
):
    settings.VOLUNTEER_STATUS_REASON_DAYS = 30
    long_ago = timezone.now() - datetime.timedelta(days=60)
    status.open_door(aino, door("pause"), coordinator, reason="Vanha syy")
    status.open_door(aino, door("resume"), coordinator)
    status.open_door(aino, door("reserve"), coordinator, reason="Tuore syy")
    older, resumed, newest = aino.status_changes.order_by("at")
    StatusChange.objects.filter(pk=older.pk).update(at=long_ago - datetime.timedelta(days=9))
    StatusChange.objects.filter(pk=resumed.pk).update(at=long_ago)

    assert status.forget_reasons() == 1
    reasons = dict(aino.status_changes.values_list("to_status", "reason"))
    # The reserve still stands: its reason stays however old it grows.
    assert reasons == {Status.PAUSED: "", Status.ACTIVE: "", Status.RESERVE: "Tuore syy"}
    StatusChange.objects.filter(pk=newest.pk).update(at=long_ago)
    assert status.forget_reasons() == 0

    status.open_door(aino, door("end"), coordinator, reason="Muutti pois")
    StatusChange.objects.filter(to_status=Status.ENDED).update(at=long_ago)
    assert status.forget_reasons() == 2  # the reserve is over, and the end long past


def test_the_history_is_in_the_volunteers_download_and_its_reasons_go_on_erasure(aino, coordinator):
    status.open_door(aino, door("pause"), coordinator, reason="Loma", until=TODAY)
    exported = everything_about(aino)["status_changes"]
    assert exported == [
        {
            "at": aino.status_changes.get().at,
            "by": "coordinator",
            "from": "active",
            "to": "paused",
            "reason": "Loma",
            "until": TODAY,
        }
    ]
    erase(aino)
    change = StatusChange.objects.get()
    assert change.reason == "" and change.to_status == Status.PAUSED
