"""The doors of a volunteer's status in the knowledge bank: each door's page and POST, bad
input kept on the form, the wrong roles refused, the history and its views logged."""

import datetime

from django.urls import reverse
from django.utils import timezone

import pytest

from workflows.registry import status
from workflows.registry.models import StatusChange, Volunteer, VolunteerStaffView

pytestmark = pytest.mark.django_db

Status = Volunteer.Status
NEXT_MONTH = timezone.localdate() + datetime.timedelta(days=30)


@pytest.fixture
def aino(volunteer):
    volunteer.set_status(Status.ACTIVE)
    volunteer.save()
    return volunteer


@pytest.fixture
def logged_in(client, coordinator):
    client.force_login(coordinator)
    return client


def door_url(volunteer, name):
    return reverse("bank:status", args=[volunteer.pk, name])


def page(response):
    return response.content.decode()


def test_the_volunteers_page_shows_the_doors_that_open_and_logs_the_view(
    logged_in, aino, coordinator
):
    response = logged_in.get(reverse("bank:detail", args=[aino.pk]))
    content = page(response)
    assert "Tila ja sen historia" in content
    for name in ("pause", "reserve", "end"):
        assert door_url(aino, name) in content
    assert door_url(aino, "resume") not in content
    assert "Tilan muutoksia ei ole vielä kirjattu." in content
    viewed = VolunteerStaffView.objects.get()
    assert (viewed.user, viewed.volunteer, viewed.page) == (
        coordinator,
        aino,
        reverse("bank:detail", args=[aino.pk]),
    )


def test_a_coordinator_pauses_a_volunteer_until_a_day_and_it_is_on_the_history(
    logged_in, aino, coordinator
):
    form = logged_in.get(door_url(aino, "pause"))
    assert form.status_code == 200 and form["Cache-Control"] == "private, no-store"
    assert "Tauon viimeinen päivä" in page(form)
    response = logged_in.post(
        door_url(aino, "pause"),
        {"reason": "Kesä mökillä ilman nettiä", "until": NEXT_MONTH.isoformat()},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("bank:detail", args=[aino.pk])
    content = page(response)
    assert "Aino Virtanen on nyt tauolla." in content
    assert "Kesä mökillä ilman nettiä" in content and "Kaisa" in content
    assert door_url(aino, "resume") in content
    aino.refresh_from_db()
    assert aino.status == Status.PAUSED
    change = StatusChange.objects.get()
    assert (change.changed_by, change.until) == (coordinator, NEXT_MONTH)


def test_resume_reserve_and_end_each_take_one_post(logged_in, aino):
    logged_in.post(door_url(aino, "reserve"), {"reason": ""})
    aino.refresh_from_db()
    assert aino.status == Status.RESERVE
    logged_in.post(door_url(aino, "resume"))
    aino.refresh_from_db()
    assert aino.status == Status.ACTIVE
    logged_in.post(door_url(aino, "end"), {"reason": "Muutti toiselle paikkakunnalle"})
    aino.refresh_from_db()
    assert aino.status == Status.ENDED
    assert list(aino.status_changes.values_list("to_status", flat=True)) == [
        Status.ENDED,
        Status.ACTIVE,
        Status.RESERVE,
    ]


def test_ending_asks_for_a_confirmation_that_says_what_it_means(logged_in, aino):
    content = page(logged_in.get(door_url(aino, "end")))
    assert "Päättynyttä vapaaehtoistoimintaa ei voi jatkaa täältä." in content
    assert "Päätä vapaaehtoistoiminta" in content
    aino.refresh_from_db()
    assert aino.status == Status.ACTIVE  # a GET changes nothing


def test_a_missing_reason_is_told_and_the_day_typed_is_kept(logged_in, aino):
    response = logged_in.post(door_url(aino, "pause"), {"reason": " ", "until": "2031-05-31"})
    content = page(response)
    assert response.status_code == 200
    assert "Tämä kenttä on pakollinen." in content
    assert 'value="2031-05-31"' in content
    ending = logged_in.post(door_url(aino, "end"), {"reason": ""})
    assert ending.status_code == 200 and "Tämä kenttä on pakollinen." in page(ending)
    aino.refresh_from_db()
    assert aino.status == Status.ACTIVE and not StatusChange.objects.exists()


def test_a_last_day_in_the_past_is_told_and_the_reason_typed_is_kept(logged_in, aino):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    response = logged_in.post(
        door_url(aino, "pause"), {"reason": "Loma", "until": yesterday.isoformat()}
    )
    content = page(response)
    assert response.status_code == 200
    assert "Päivä on jo mennyt." in content and ">\nLoma</textarea>" in content
    assert not StatusChange.objects.exists()


def test_a_door_that_no_longer_opens_changes_nothing(logged_in, aino):
    response = logged_in.post(door_url(aino, "resume"), follow=True)
    assert "Aino Virtanen – tila nyt: aktiivinen. Mitään ei muutettu." in page(response)
    assert not StatusChange.objects.exists()
    assert "Tätä ei voi tehdä" in page(logged_in.get(door_url(aino, "resume")))


def test_an_unknown_door_is_not_found(logged_in, aino):
    url = reverse("bank:detail", args=[aino.pk]) + "status/promote/"
    assert logged_in.get(url, follow=True).status_code == 404


def test_a_volunteer_and_an_editor_are_refused(client, aino, editor):
    for user in (aino.user, editor):
        client.force_login(user)
        for name in status.DOORS:
            assert client.get(door_url(aino, name)).status_code == 403
            assert client.post(door_url(aino, name), {"reason": "x"}).status_code == 403
    aino.refresh_from_db()
    assert aino.status == Status.ACTIVE and not StatusChange.objects.exists()


def test_anonymous_visitors_are_sent_to_log_in(client, aino):
    response = client.post(door_url(aino, "end"), {"reason": "x"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_another_municipalitys_coordinator_finds_no_such_volunteer(client, other_coordinator, aino):
    client.force_login(other_coordinator)
    for name in status.DOORS:
        assert client.get(door_url(aino, name), follow=True).status_code == 404
        response = client.post(door_url(aino, name), {"reason": "x"}, follow=True)
        assert response.status_code == 404
    aino.refresh_from_db()
    assert aino.status == Status.ACTIVE and not StatusChange.objects.exists()
