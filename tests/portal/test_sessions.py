"""Staff sessions: a logout in sight on every coordinator's screen that ends the session on the
server, and a working day's idle limit for staff (volunteers keep Django's two weeks)."""

import time

from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session

import pytest

from portal.sessions import IDLE_LIMIT, LAST_SEEN
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

DOOR = "/admin/login/"
INBOX = "/workflows/help_inbox/"
PASSWORD = "talkoo-test"


def sign_in(client, username, **extra):
    return client.post(DOOR, {"username": username, "password": PASSWORD, **extra})


def test_every_coordinator_screen_has_a_logout_button_in_sight(client, coordinator):
    client.force_login(coordinator)
    for place in (INBOX, "/workflows/bank/"):
        content = client.get(place, HTTP_ACCEPT_LANGUAGE="fi").content.decode()
        assert 'class="workplace-logout"' in content
        assert 'action="/admin/logout/"' in content and "Kirjaudu ulos" in content


def test_a_coordinator_logging_out_ends_the_session_on_the_server(client, coordinator):
    sign_in(client, coordinator.username)
    key = client.session.session_key
    assert client.get(INBOX).status_code == 200
    response = client.post("/admin/logout/")
    assert response.status_code == 302 and response["Location"] == DOOR
    assert not Session.objects.filter(session_key=key).exists()
    client.cookies[settings.SESSION_COOKIE_NAME] = key  # the old cookie, kept by a thief
    assert client.get(INBOX)["Location"].startswith(DOOR)


def test_a_link_to_the_logout_neither_logs_out_nor_drops_the_cookie(client, coordinator):
    sign_in(client, coordinator.username)
    response = client.get("/admin/logout/")
    assert response.status_code == 302
    assert client.cookies[settings.SESSION_COOKIE_NAME].value  # not deleted
    assert client.get(INBOX).status_code == 200


def idle_for(client, hours):
    session = client.session
    session[LAST_SEEN] = int(time.time() - hours * 3600)
    session.save()


def test_a_staff_session_used_within_a_working_day_goes_on(client, coordinator, settings):
    settings.STAFF_SESSION_IDLE_HOURS = 8
    sign_in(client, coordinator.username)
    assert client.session[IDLE_LIMIT] == 8 * 3600
    idle_for(client, 7.5)
    assert client.get(INBOX).status_code == 200
    assert time.time() - client.session[LAST_SEEN] < 60  # the count started again


def test_a_staff_session_idle_for_longer_than_a_working_day_is_ended_on_the_server(
    client, coordinator
):
    sign_in(client, coordinator.username, remember="on")  # "remember me" changes nothing
    key = client.session.session_key
    idle_for(client, 8.5)
    assert client.get(INBOX)["Location"].startswith(DOOR)
    assert not Session.objects.filter(session_key=key).exists()


def test_a_volunteer_keeps_the_usual_session(client, applicant):
    client.post(
        "/fi/oma-vapaaehtoisuus/kirjaudu/",
        {"username": applicant.user.email, "password": PASSWORD},
    )
    assert IDLE_LIMIT not in client.session
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE


def test_a_password_change_ends_the_users_other_sessions(client, coordinator):
    sign_in(client, coordinator.username)
    coordinator.set_password("uusi-salasana-2026")
    coordinator.save()
    assert client.get(INBOX)["Location"].startswith(DOOR)


def test_an_editor_signing_in_gets_the_working_day_too(client, home):
    editor = UserFactory(username="eeva@example.fi")
    editor.groups.add(Group.objects.get(name="Editors"))
    sign_in(client, "eeva@example.fi")
    assert client.session[IDLE_LIMIT] == settings.STAFF_SESSION_IDLE_HOURS * 3600
