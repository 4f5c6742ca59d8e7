"""Training certificates: issued once on attendance, a PDF in Finnish and Swedish for the
holder and their coordinators, and a verification page that tells genuine from forged and
shows nothing but name, training and date."""

import datetime

from django.core import mail
from django.utils import timezone

import pytest

from tests.factories import CoordinatorFactory, OtherSiteFactory, UserFactory
from tests.helpers.training import volunteer
from workflows.certificates.models import Certificate
from workflows.registry.erasure import erase
from workflows.training import attendance, flows

pytestmark = pytest.mark.django_db


@pytest.fixture
def attended(session, coordinator, django_capture_on_commit_callbacks):
    person = volunteer(user__first_name="Saara", user__last_name="Saattaja", phone="040 765 4321")
    enrolment = flows.enrol(person, session)
    session.starts_at = timezone.now() - datetime.timedelta(hours=2)
    session.ends_at = timezone.now() - datetime.timedelta(hours=1)
    session.save()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        attendance.mark_attendance(session, {enrolment.pk}, coordinator)
    enrolment.refresh_from_db()
    return enrolment


def test_attending_a_training_gives_one_certificate_and_mails_its_link(attended, coordinator):
    certificate = Certificate.objects.get()
    assert certificate.volunteer == attended.volunteer
    assert certificate.holder_name == "Saara Saattaja"
    assert certificate.training == attended.session.training
    assert certificate.dated == timezone.localdate(attended.session.starts_at)
    (message,) = mail.outbox
    assert f"/todistukset/{certificate.code}/pdf/" in message.body
    # Marking the roll again gives no second certificate.
    attendance.mark_attendance(attended.session, {attended.pk}, coordinator)
    assert Certificate.objects.count() == 1


def test_the_verification_page_shows_name_training_and_date_only(client, attended):
    certificate = Certificate.objects.get()
    response = client.get(f"/fi/todistukset/{certificate.code}/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Saara Saattaja" in text
    assert "Saattohoidon vapaaehtoiskoulutus" in text
    assert "040 765 4321" not in text
    assert attended.volunteer.user.email not in text
    assert "no-store" in response["Cache-Control"]


def test_a_forged_number_is_told_it_is_not_genuine(client, attended):
    response = client.get("/fi/todistukset/forged-number-123/")
    assert response.status_code == 404
    assert "Saara" not in response.content.decode()
    assert client.get("/sv/intyg/" + "x" * 300 + "/").status_code == 404


def test_the_holder_and_a_coordinator_get_the_pdf_others_do_not(client, attended, coordinator):
    certificate = Certificate.objects.get()
    url = f"/fi/todistukset/{certificate.code}/pdf/"
    assert client.get(url).status_code == 302  # log in first
    client.force_login(attended.volunteer.user)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    client.force_login(coordinator)
    assert client.get(url).status_code == 200
    client.force_login(volunteer().user)
    assert client.get(url).status_code == 404
    elsewhere = CoordinatorFactory(site=OtherSiteFactory(), user=UserFactory())
    client.force_login(elsewhere.user)
    assert client.get(url).status_code == 404


def test_erasing_the_volunteer_withdraws_the_certificate(client, attended):
    erase(attended.volunteer)
    certificate = Certificate.objects.get()
    assert certificate.withdrawn_at is not None
    assert certificate.holder_name == ""
    response = client.get(f"/fi/todistukset/{certificate.code}/")
    assert response.status_code == 200
    assert "Saara" not in response.content.decode()
