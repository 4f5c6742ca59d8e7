"""My volunteering: a volunteer's own page, their details, their data, and leaving."""

import json

from django.core import mail

import pytest

from tests.factories import (
    AreaFactory,
    CoordinatorFactory,
    KindOfHelpFactory,
    VolunteerFactory,
)
from workflows.registry.models import Consent

pytestmark = pytest.mark.django_db

HOME_FI, HOME_SV = "/fi/oma-vapaaehtoisuus/", "/sv/mitt-frivilligarbete/"


def test_anonymous_visitors_are_asked_to_log_in_with_their_email(client, applicant):
    response = client.get(HOME_SV)
    assert response.status_code == 302
    assert response["Location"].startswith("/sv/mitt-frivilligarbete/logga-in/")
    logged_in = client.post(
        "/sv/mitt-frivilligarbete/logga-in/",
        {"username": f"  {applicant.user.email.upper()} ", "password": "talkoo-test"},
    )
    assert logged_in.status_code == 302 and logged_in["Location"] == HOME_SV


def test_a_wrong_password_is_told_in_swedish_and_the_email_kept(client, applicant):
    response = client.post(
        "/sv/mitt-frivilligarbete/logga-in/",
        {"username": applicant.user.email, "password": "fel"},
    )
    content = response.content.decode()
    assert response.status_code == 200 and 'lang="sv"' in content
    assert f'value="{applicant.user.email}"' in content


def test_the_volunteer_sees_where_they_stand_in_their_language(client, applicant):
    client.force_login(applicant.user)
    content = client.get(HOME_SV).content.decode()
    assert "Din ansökan väntar på att bli läst" in content
    assert 'hreflang="fi" href="http://testserver/fi/oma-vapaaehtoisuus/"' in content
    finnish = client.get(HOME_FI).content.decode()
    assert "Hakemuksesi odottaa käsittelyä" in finnish


def test_someone_without_a_volunteer_profile_is_refused(client, coordinator):
    client.force_login(coordinator)
    assert client.get(HOME_FI).status_code == 403
    assert client.get("/fi/oma-vapaaehtoisuus/omat-tiedot.json").status_code == 403


def test_editing_details_keeps_what_was_typed_when_something_is_wrong(client, applicant):
    client.force_login(applicant.user)
    url = "/fi/oma-vapaaehtoisuus/tiedot/"
    form = client.get(url).content.decode()
    assert applicant.user.last_name in form
    bad = client.post(url, {"first_name": "", "last_name": "Virtanen", "preferred_language": "fi"})
    content = bad.content.decode()
    assert bad.status_code == 200 and 'value="Virtanen"' in content
    assert "error-summary" in content


def test_editing_details_saves_them_and_records_a_consent_change(client, applicant):
    client.force_login(applicant.user)
    kind, area = KindOfHelpFactory(name="Ystävätoiminta"), AreaFactory(name="Keskusta")
    response = client.post(
        "/fi/oma-vapaaehtoisuus/tiedot/",
        {
            "first_name": "Aino",
            "last_name": "Virtanen",
            "phone": "050 111 2222",
            "preferred_language": "fi",
            "kinds_of_help": [kind.pk],
            "areas": [area.pk],
            "availability": ["evenings"],
            "languages": ["fi", "sv"],
            "contact_sharing_consent": "on",
        },
    )
    assert response.status_code == 302
    applicant.refresh_from_db()
    assert applicant.user.last_name == "Virtanen" and applicant.phone == "050 111 2222"
    assert list(applicant.kinds_of_help.all()) == [kind]
    assert applicant.available_evenings and not applicant.available_weekdays
    assert applicant.speaks_swedish and applicant.preferred_language == "fi"
    assert applicant.consents.filter(purpose=Consent.Purpose.CONTACT_SHARING).exists()


def test_the_volunteer_downloads_their_own_data_and_nobody_elses(client, applicant):
    other = VolunteerFactory(user__first_name="Toinen", phone="044 999 9999")
    client.force_login(applicant.user)
    response = client.get("/fi/oma-vapaaehtoisuus/omat-tiedot.json")
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == applicant.user.email
    assert data["kinds_of_help"] == ["Asiointiapu"]
    assert data["onboarding"][0]["steps"][0]["status"] == "NEW"
    assert other.phone not in response.content.decode()


def test_asking_to_leave_is_recorded_once_and_shown(client, applicant):
    client.force_login(applicant.user)
    url = "/fi/oma-vapaaehtoisuus/lopeta/"
    assert client.get(url).status_code == 200
    client.post(url)
    applicant.refresh_from_db()
    asked = applicant.erasure_requested_at
    assert asked is not None
    client.post(url)
    applicant.refresh_from_db()
    assert applicant.erasure_requested_at == asked
    assert "poistamista" in client.get(HOME_FI).content.decode()


def test_a_coordinator_of_the_site_is_not_a_volunteer_either(client, home):
    role = CoordinatorFactory()
    client.force_login(role.user)
    assert client.get(HOME_SV).status_code == 403


def test_a_forgotten_password_is_reset_by_a_link_in_the_pages_language(client, applicant):
    response = client.post("/sv/mitt-frivilligarbete/losenord/", {"email": applicant.user.email})
    assert response.status_code == 302
    (message,) = mail.outbox
    link = next(line for line in message.body.splitlines() if "://" in line)
    assert "/sv/mitt-frivilligarbete/losenord/" in link
    form = client.get(link.split("testserver")[1], follow=True)
    assert form.status_code == 200
    new = {"new_password1": "ny-vinter-2027", "new_password2": "ny-vinter-2027"}
    done = client.post(form.redirect_chain[-1][0], new)
    assert done.status_code == 302
    applicant.user.refresh_from_db()
    assert applicant.user.check_password("ny-vinter-2027")
