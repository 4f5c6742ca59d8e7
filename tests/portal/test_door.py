"""The staff door: one sign-in that takes each person where their work is, and never answers
a coordinator who typed /admin/ with a refusal that reads like a wrong password."""

from django.contrib.auth.models import Group
from django.contrib.messages import get_messages

import pytest

from tests.factories import CoordinatorFactory, UserFactory, VolunteerFactory

pytestmark = pytest.mark.django_db

DOOR = "/admin/login/"
PASSWORD = "talkoo-test"


@pytest.fixture
def website_editor(home):
    user = UserFactory(username="eeva@example.fi", first_name="Eeva")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def both_roles(website_editor):
    CoordinatorFactory(user=website_editor)
    return website_editor


def sign_in(client, user, password=PASSWORD, **extra):
    data = {"username": user.username, "password": password, **extra}
    return client.post(DOOR, data, HTTP_ACCEPT_LANGUAGE="fi")


def test_every_staff_place_sends_an_anonymous_visitor_to_the_one_door(client):
    for place in ("/workflows/", "/admin/", "/workflows/bank/"):
        response = client.get(place)
        assert response.status_code == 302
        assert response["Location"].startswith(f"{DOOR}?next={place}")


def test_the_door_speaks_the_visitors_language_and_points_volunteers_elsewhere(client):
    finnish = client.get(DOOR, HTTP_ACCEPT_LANGUAGE="fi").content.decode()
    assert "Kirjaudu Talkoon henkilökunnan työkaluihin" in finnish
    assert "/fi/oma-vapaaehtoisuus/kirjaudu/" in finnish
    swedish = client.get(DOOR, HTTP_ACCEPT_LANGUAGE="sv").content.decode()
    assert "Logga in i Talkoos verktyg för personalen" in swedish


def test_a_coordinator_is_taken_to_the_inbox(client, home, coordinator):
    # Wagtail's form sends its dashboard as `next` when nobody asked for anything.
    response = sign_in(client, coordinator, next="/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/workflows/help_inbox/"


def test_an_editor_is_taken_to_the_dashboard(client, website_editor):
    response = sign_in(client, website_editor, next="/admin/")
    assert response["Location"] == "/admin/"


def test_someone_with_both_roles_chooses(client, both_roles):
    response = sign_in(client, both_roles, next="/admin/")
    assert response["Location"] == "/admin/work/"
    page = client.get("/admin/work/", HTTP_ACCEPT_LANGUAGE="fi").content.decode()
    assert 'href="/workflows/help_inbox/"' in page
    assert 'href="/admin/"' in page


def test_a_volunteer_at_the_staff_door_is_taken_to_my_volunteering(client, home):
    volunteer = VolunteerFactory().user
    response = sign_in(client, volunteer)
    assert response["Location"] == "/fi/oma-vapaaehtoisuus/"


def test_the_place_asked_for_is_kept_when_it_is_the_persons(client, home, coordinator):
    response = sign_in(client, coordinator, next="/workflows/bank/")
    assert response["Location"] == "/workflows/bank/"


def test_a_place_that_is_not_the_persons_is_not_a_destination(client, home, coordinator):
    assert sign_in(client, coordinator, next="/admin/pages/")["Location"] == (
        "/workflows/help_inbox/"
    )
    client.logout()
    off_site = sign_in(client, coordinator, next="https://evil.example.com/")
    assert off_site["Location"] == "/workflows/help_inbox/"


def test_a_signed_in_coordinator_who_types_admin_lands_on_their_work(client, home, coordinator):
    client.force_login(coordinator)
    response = client.get("/admin/", follow=True, HTTP_ACCEPT_LANGUAGE="fi")
    assert response.redirect_chain[-1][0] == "/workflows/help_inbox/"
    said = [str(message) for message in get_messages(response.wsgi_request)]
    assert not any("permission" in text or "oikeutta" in text for text in said)


def test_a_wrong_password_keeps_the_username_and_says_so_in_swedish(client, coordinator):
    response = client.post(
        DOOR,
        {"username": coordinator.username, "password": "wrong"},
        HTTP_ACCEPT_LANGUAGE="sv",
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert f'value="{coordinator.username}"' in page
    assert "användarnamn" in page.lower()  # Wagtail's own Swedish error
    assert not response.wsgi_request.user.is_authenticated


def test_a_volunteer_signed_in_on_the_public_site_may_still_sign_in_as_staff(client, home):
    client.force_login(VolunteerFactory().user)
    response = client.get(f"{DOOR}?next=/workflows/", HTTP_ACCEPT_LANGUAGE="fi")
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()


def test_the_workplace_can_sign_out_and_an_editor_can_go_back_to_wagtail(client, both_roles):
    client.force_login(both_roles)
    page = client.get("/workflows/help_inbox/", HTTP_ACCEPT_LANGUAGE="fi").content.decode()
    assert 'action="/admin/logout/"' in page
    assert 'href="/workflows/website/"' in page
    assert client.get("/workflows/website/")["Location"] == "/admin/"
    assert client.post("/admin/logout/")["Location"] == DOOR


def test_a_coordinator_who_does_not_edit_has_no_way_to_wagtail(client, home, coordinator):
    client.force_login(coordinator)
    page = client.get("/workflows/help_inbox/").content.decode()
    assert 'href="/workflows/website/"' not in page
    assert 'action="/admin/logout/"' in page
