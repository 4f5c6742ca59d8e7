"""A volunteer's thanks and certificates in My volunteering, and asking for a certificate of
volunteering there."""

import datetime

from django.utils import timezone

import pytest

from workflows.certificates.models import CertificateRequest

pytestmark = pytest.mark.django_db

HOME = "/fi/oma-vapaaehtoisuus/"
ASK = "/fi/oma-vapaaehtoisuus/todistus/"


def form(**overrides):
    today = timezone.localdate()
    return {
        "language": "sv",
        "period_start": (today - datetime.timedelta(days=30)).isoformat(),
        "period_end": today.isoformat(),
        "purpose": "Studier",
        **overrides,
    }


def test_a_volunteer_asks_for_a_certificate_once(client, active):
    client.force_login(active.user)
    assert "todistus" in client.get(HOME).content.decode()
    response = client.post(ASK, form())
    assert response.status_code == 302
    (request,) = CertificateRequest.objects.all()
    assert (request.volunteer, request.language, request.purpose) == (active, "sv", "Studier")
    page = client.get(HOME).content.decode()
    assert 'action="/fi/oma-vapaaehtoisuus/todistus/"' not in page
    client.post(ASK, form())
    assert CertificateRequest.objects.count() == 1


def test_a_period_that_ends_before_it_starts_is_refused_and_keeps_what_was_typed(client, active):
    client.force_login(active.user)
    today = timezone.localdate()
    response = client.post(
        ASK,
        form(
            period_start=today.isoformat(),
            period_end=(today - datetime.timedelta(days=3)).isoformat(),
            purpose="Työhakemus",
        ),
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert "Työhakemus" in text
    assert not CertificateRequest.objects.exists()


def test_anonymous_visitors_log_in_first(client, home):
    response = client.post(ASK, form())
    assert response.status_code == 302
    assert "kirjaudu" in response["Location"] or "log-in" in response["Location"]
