"""A consent's text version as staff read it: the privacy notice's title and the day of the
version agreed to, not the stored "page 9 revision 7"."""

import datetime

from django.urls import reverse
from django.utils import timezone, translation

import pytest

from tests.factories import ContentPageFactory
from workflows.municipality import NOTICE_VERSION, describe_version
from workflows.registry.models import Consent

pytestmark = pytest.mark.django_db


@pytest.fixture
def notice_version(home):
    notice = ContentPageFactory(parent=home, title="Tietosuojaseloste")
    revision = notice.save_revision()
    revision.publish()
    revision.created_at = timezone.make_aware(datetime.datetime(2026, 9, 1, 10))
    revision.save(update_fields=["created_at"])
    return NOTICE_VERSION.format(page=notice.pk, revision=revision.pk)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", "Tietosuojaseloste, versio 1.9.2026"),
        ("sv", "Tietosuojaseloste, version 1.9.2026"),
    ],
)
def test_a_notice_version_reads_as_its_title_and_day(notice_version, language, expected):
    with translation.override(language):
        assert describe_version(notice_version) == expected
        assert describe_version(f"verbal: {notice_version}") == expected


def test_other_versions(home):
    with translation.override("fi"):
        assert describe_version("2026-1") == "2026-1"  # an agreement's own version name
        assert describe_version("unknown") == "ei kirjattu"
        assert (
            describe_version("page 1 revision 999999")
            == "tietosuojaseloste, joka on sittemmin poistettu"
        )


def test_the_bank_shows_the_notice_by_title(client, coordinator, volunteer, notice_version):
    Consent.objects.create(
        volunteer=volunteer, purpose="privacy_notice", text_version=notice_version
    )
    client.force_login(coordinator)
    page = client.get(reverse("bank:detail", args=[volunteer.pk])).content.decode()
    assert "Tietosuojaseloste, versio 1.9.2026" in page
    assert notice_version not in page
