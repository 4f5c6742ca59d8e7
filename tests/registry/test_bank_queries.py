"""The knowledge bank's list and contact list cost the same queries for 50 or 5,000 people."""

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Site

import pytest

from tests.factories import AreaFactory, KindOfHelpFactory, TrainingFactory
from workflows.registry.models import Consent, TrainingRecord, Volunteer

pytestmark = pytest.mark.django_db

# Session, user, user's profile, roles; the filters' terms in two languages (3 × 2); the
# list's count and page; its kinds of help, areas and trainings; the erasure requests' count;
# the user's permissions (2: whether the menu offers Wagtail).
LIST_QUERIES = 18
# Session, user, profile, roles; the terms (3 × 2); the volunteers; their kinds and areas.
EXPORT_QUERIES = 13


def add_volunteers(count, start):
    """`count` volunteers with kinds of help, areas, a training and consent, in bulk."""
    site = Site.objects.get(is_default_site=True)
    kinds = [KindOfHelpFactory(), KindOfHelpFactory()]
    area, training = AreaFactory(), TrainingFactory()
    users = get_user_model().objects.bulk_create(
        get_user_model()(
            username=f"bulk{n}@example.fi",
            email=f"bulk{n}@example.fi",
            first_name="Bulk",
            last_name=f"{n:05d}",
            password="!",
        )
        for n in range(start, start + count)
    )
    volunteers = Volunteer.objects.bulk_create(
        Volunteer(user=user, site=site, phone="040", speaks_finnish=True) for user in users
    )
    Volunteer.kinds_of_help.through.objects.bulk_create(
        Volunteer.kinds_of_help.through(volunteer=v, kindofhelp=kind)
        for v in volunteers
        for kind in kinds
    )
    Volunteer.areas.through.objects.bulk_create(
        Volunteer.areas.through(volunteer=v, area=area) for v in volunteers
    )
    TrainingRecord.objects.bulk_create(
        TrainingRecord(volunteer=v, training=training, completed_on=timezone.localdate())
        for v in volunteers
    )
    Consent.objects.bulk_create(
        Consent(volunteer=v, purpose=Consent.Purpose.CONTACT_SHARING, text_version="1")
        for v in volunteers
    )


def queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries), response


def test_the_list_and_the_contact_list_run_a_fixed_number_of_queries(client, coordinator):
    client.force_login(coordinator)
    add_volunteers(50, 0)
    few_list, _ = queries(client, reverse("bank:index"))
    few_export, response = queries(client, reverse("bank:export"))
    assert response.content.decode("utf-8-sig").count("\n") == 51

    add_volunteers(4950, 50)
    many_list, response = queries(client, reverse("bank:index"))
    assert response.context["paginator"].count == 5000
    many_export, response = queries(client, reverse("bank:export"))
    assert response.content.decode("utf-8-sig").count("\n") == 5001

    assert few_list == many_list == LIST_QUERIES
    assert few_export == many_export == EXPORT_QUERIES
