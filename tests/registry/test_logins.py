"""Guessing protection: every login locks an account or an address after a few failures and
says when to try again; sign-up and password reset are throttled and tell nobody whether an
address has an account; staff unlock."""

import uuid

from django.contrib.auth.models import Group
from django.core.management import call_command

import pytest
from axes.models import AccessLog

from tests import factories
from tests.factories import CoordinatorFactory, UserFactory

pytestmark = pytest.mark.django_db

VOLUNTEER_LOGIN_FI = "/fi/oma-vapaaehtoisuus/kirjaudu/"
VOLUNTEER_LOGIN_SV = "/sv/mitt-frivilligarbete/logga-in/"
RESET_FI = "/fi/oma-vapaaehtoisuus/salasana/"
DOOR = "/admin/login/"
PASSWORD = "talkoo-test"


@pytest.fixture(autouse=True)
def three_failures(settings):
    settings.AXES_FAILURE_LIMIT = 3


def log_in(client, url, username, password, address="10.0.0.1"):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=address)


def fail(client, url, username, times, address="10.0.0.1"):
    for _ in range(times):
        log_in(client, url, username, "väärin", address)


def logged_in(client):
    return "_auth_user_id" in client.session


def test_a_volunteer_login_locks_after_the_failures_and_says_when_to_try_again(client, applicant):
    email = applicant.user.email
    fail(client, VOLUNTEER_LOGIN_SV, email, 2)
    third = log_in(client, VOLUNTEER_LOGIN_SV, email, "väärin")
    assert third.status_code == 429
    content = third.content.decode()
    assert "För många misslyckade inloggningsförsök." in content
    assert "Du kan försöka igen kl." in content and "(om 15 minuter)" in content
    assert f'value="{email}"' in content  # what was typed is kept
    right = log_in(client, VOLUNTEER_LOGIN_SV, email, PASSWORD)
    assert right.status_code == 429 and not logged_in(client)


def test_an_account_is_locked_from_every_address_and_in_any_case(client, applicant):
    email = applicant.user.email
    fail(client, VOLUNTEER_LOGIN_FI, email.upper(), 3, address="10.0.0.1")
    response = log_in(client, VOLUNTEER_LOGIN_FI, email, PASSWORD, address="10.0.0.2")
    assert response.status_code == 429
    assert "Liian monta epäonnistunutta kirjautumisyritystä." in response.content.decode()


def test_an_address_guessing_many_accounts_is_locked(client, applicant):
    for n in range(3):
        log_in(client, VOLUNTEER_LOGIN_FI, f"arvaus{n}@example.fi", "väärin")
    response = log_in(client, VOLUNTEER_LOGIN_FI, applicant.user.email, PASSWORD)
    assert response.status_code == 429 and not logged_in(client)


def test_other_accounts_from_other_addresses_log_in_as_usual(client, applicant, active):
    fail(client, VOLUNTEER_LOGIN_FI, applicant.user.email, 5)
    response = log_in(client, VOLUNTEER_LOGIN_FI, active.user.email, PASSWORD, "10.0.0.9")
    assert response.status_code == 302 and logged_in(client)


def test_logging_in_to_ones_own_account_does_not_wipe_the_failures_against_another(
    client, applicant, active
):
    """Failures are not forgotten on a success: else guessing could go on for ever between
    logins to one's own account from the same address."""
    fail(client, VOLUNTEER_LOGIN_FI, applicant.user.email, 2)
    assert log_in(client, VOLUNTEER_LOGIN_FI, active.user.email, PASSWORD).status_code == 302
    client.logout()
    fail(client, VOLUNTEER_LOGIN_FI, applicant.user.email, 1)
    response = log_in(client, VOLUNTEER_LOGIN_FI, applicant.user.email, PASSWORD, "10.0.0.7")
    assert response.status_code == 429


def test_failures_below_the_limit_still_let_the_right_password_in(client, applicant):
    fail(client, VOLUNTEER_LOGIN_FI, applicant.user.email, 2)
    response = log_in(client, VOLUNTEER_LOGIN_FI, applicant.user.email, PASSWORD)
    assert response.status_code == 302 and logged_in(client)


def test_the_staff_door_locks_too_in_the_staff_language(client, home):
    role = CoordinatorFactory(user__username="kaisa@example.fi")
    role.user.groups.add(Group.objects.get(name="Coordinators"))
    for _ in range(3):
        response = client.post(
            DOOR,
            {"username": "kaisa@example.fi", "password": "väärin"},
            HTTP_ACCEPT_LANGUAGE="fi",
            REMOTE_ADDR="10.0.0.1",
        )
    assert response.status_code == 429
    assert "Liian monta epäonnistunutta kirjautumisyritystä." in response.content.decode()
    right = client.post(
        DOOR, {"username": "kaisa@example.fi", "password": PASSWORD}, REMOTE_ADDR="10.0.0.3"
    )
    assert right.status_code == 429 and not logged_in(client)


def test_staff_unlock_an_account_with_a_command(client, applicant):
    email = applicant.user.email
    fail(client, VOLUNTEER_LOGIN_FI, email, 3)
    call_command("axes_reset_username", email, verbosity=0)
    call_command("axes_reset_ip", "10.0.0.1", verbosity=0)
    response = log_in(client, VOLUNTEER_LOGIN_FI, email, PASSWORD)
    assert response.status_code == 302 and logged_in(client)


def test_a_volunteer_password_reset_says_sent_whether_or_not_the_address_has_an_account(
    client, applicant, mailoutbox
):
    known = client.post(RESET_FI, {"email": applicant.user.email})
    unknown = client.post(RESET_FI, {"email": "ei-tilia@example.fi"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert [mail.to for mail in mailoutbox] == [[applicant.user.email]]


def test_password_resets_are_throttled_per_address_and_say_when_to_try_again(
    client, applicant, settings
):
    settings.PASSWORD_RESET_RATE_LIMIT = "2/h"
    for n in range(2):
        client.post(RESET_FI, {"email": f"muu{n}@example.fi"}, REMOTE_ADDR="10.0.0.1")
    response = client.post(RESET_FI, {"email": applicant.user.email}, REMOTE_ADDR="10.0.0.1")
    assert response.status_code == 429
    content = response.content.decode()
    assert "Liian monta yritystä täältä." in content and "Voit yrittää uudelleen" in content
    elsewhere = client.post(RESET_FI, {"email": "toinen@example.fi"}, REMOTE_ADDR="10.0.0.2")
    assert elsewhere.status_code == 302


def test_password_resets_are_throttled_per_email_address_from_any_address(
    client, applicant, settings
):
    settings.PASSWORD_RESET_RATE_LIMIT = "2/h"
    for n in range(2):
        client.post(RESET_FI, {"email": applicant.user.email}, REMOTE_ADDR=f"10.0.1.{n}")
    response = client.post(RESET_FI, {"email": applicant.user.email}, REMOTE_ADDR="10.0.1.9")
    assert response.status_code == 429


def test_staff_password_resets_are_throttled(client, home, settings):
    settings.PASSWORD_RESET_RATE_LIMIT = "1/h"
    UserFactory(username="eeva@example.fi", email="eeva@example.fi")
    url = "/admin/password_reset/"
    first = client.post(url, {"email": "eeva@example.fi"}, HTTP_ACCEPT_LANGUAGE="fi")
    second = client.post(url, {"email": "eeva@example.fi"}, HTTP_ACCEPT_LANGUAGE="fi")
    assert first.status_code == 302
    assert second.status_code == 429
    assert "Liian monta yritystä täältä." in second.content.decode()


def sign_up_answers(terms, email):
    return {
        "first_name": "Aila",
        "last_name": "Berg",
        "email": email,
        "password": "kesä-ilta-2026",
        "preferred_language": "fi",
        "kinds_of_help": [terms.pk],
        "areas": [factories.AreaFactory().pk],
        "privacy_consent": "on",
        "token": str(uuid.uuid4()),
    }


def test_sign_ups_are_throttled_per_address_but_a_double_submit_passes(client, home, settings):
    settings.SIGN_UP_RATE_LIMIT = "1/h"
    page = factories.VolunteerSignUpPageFactory(parent=home)
    kind = factories.KindOfHelpFactory()
    first = sign_up_answers(kind, "aila@example.fi")
    assert client.post(page.url, first).status_code == 302
    assert client.post(page.url, first).status_code == 302  # the same form again
    second = client.post(page.url, sign_up_answers(kind, "bertil@example.fi"))
    assert second.status_code == 429
    content = second.content.decode()
    assert "Liian monta yritystä täältä." in content and 'value="bertil@example.fi"' in content


def test_a_successful_login_leaves_no_log_of_addresses_behind(client, applicant):
    assert log_in(client, VOLUNTEER_LOGIN_FI, applicant.user.email, PASSWORD).status_code == 302
    assert not AccessLog.objects.exists()
