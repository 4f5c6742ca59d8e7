"""The volunteer registry keeps one standing consent per purpose and every change of mind."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from wagtail.models import Site

import pytest

from workflows.registry.models import Consent, Volunteer

pytestmark = pytest.mark.django_db


@pytest.fixture
def volunteer(django_user_model):
    user = django_user_model.objects.create_user(
        "aino", email="aino@vapaaehtoiset.example", first_name="Aino", last_name="Laine"
    )
    return Volunteer.objects.create(user=user, site=Site.objects.get(is_default_site=True))


def test_a_new_volunteer_is_an_applicant_named_after_their_account(volunteer):
    assert volunteer.status == Volunteer.Status.APPLICANT
    assert str(volunteer) == "Aino Laine"


def test_only_one_standing_consent_per_purpose(volunteer):
    Consent.objects.create(volunteer=volunteer, purpose="privacy_notice", text_version="2026-11")
    with pytest.raises(IntegrityError), transaction.atomic():
        Consent.objects.create(
            volunteer=volunteer, purpose="privacy_notice", text_version="2027-01"
        )


def test_a_withdrawn_consent_stays_on_record_beside_a_new_one(volunteer):
    old = Consent.objects.create(
        volunteer=volunteer, purpose="contact_sharing", text_version="2026-11"
    )
    old.withdrawn_at = timezone.now()
    old.save()
    Consent.objects.create(volunteer=volunteer, purpose="contact_sharing", text_version="2027-01")
    assert [c.text_version for c in volunteer.consents.all()] == ["2026-11", "2027-01"]


def test_status_change_is_timed(volunteer):
    before = volunteer.status_changed_at
    volunteer.set_status(Volunteer.Status.ACTIVE)
    assert volunteer.status == "active" and volunteer.status_changed_at > before
