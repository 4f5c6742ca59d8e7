"""The knowledge bank's lists: search and filters, translated terms, detail, CSV, organisations,
waiting onboarding steps."""

import csv
import datetime
import io

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Locale

import pytest

from tests.factories import (
    AreaFactory,
    KindOfHelpFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    TrainingFactory,
    VolunteerFactory,
)
from tests.helpers.registry import share_contacts
from workflows.onboarding.flows import start
from workflows.registry.erasure import request_erasure
from workflows.registry.models import TrainingRecord, Volunteer

pytestmark = pytest.mark.django_db


def names_listed(response):
    """The volunteers' names in the list, in order."""
    return [row["name"] for row in response.context["rows"]]


@pytest.fixture
def logged_in(client, coordinator):
    client.force_login(coordinator)
    return client


@pytest.fixture
def people(home):
    errands, calls = KindOfHelpFactory(name="Asiointiapu"), KindOfHelpFactory(name="Soittoapu")
    centre = AreaFactory(name="Keskusta")
    first_aid = TrainingFactory(name="Ensiapu")
    aino = VolunteerFactory(
        user__first_name="Aino",
        user__last_name="Aalto",
        speaks_swedish=True,
        available_evenings=True,
        status=Volunteer.Status.ACTIVE,
        record_extract_sighted_on=timezone.localdate(),
    )
    aino.kinds_of_help.add(errands)
    aino.areas.add(centre)
    TrainingRecord.objects.create(
        volunteer=aino, training=first_aid, completed_on=timezone.localdate()
    )
    share_contacts(aino)
    bertil = VolunteerFactory(
        user__first_name="Bertil",
        user__last_name="Berg",
        user__email="bertil@example.fi",
        phone="=HYPERLINK(1)",
        speaks_finnish=True,
        available_weekends=True,
    )
    bertil.kinds_of_help.add(calls)
    TrainingRecord.objects.create(
        volunteer=bertil,
        training=first_aid,
        completed_on=timezone.localdate() - datetime.timedelta(days=800),
        valid_until=timezone.localdate() - datetime.timedelta(days=70),
    )
    share_contacts(bertil)
    cecilia = VolunteerFactory(user__first_name="Cecilia", user__last_name="Cederholm")
    cecilia.kinds_of_help.add(errands)
    return {"errands": errands, "centre": centre, "first_aid": first_aid}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, ["Aino Aalto", "Bertil Berg", "Cecilia Cederholm"]),
        ({"q": "berg"}, ["Bertil Berg"]),
        ({"q": "bertil@example"}, ["Bertil Berg"]),
        ({"q": "Aino Aalto"}, ["Aino Aalto"]),
        ({"kind_of_help": "errands"}, ["Aino Aalto", "Cecilia Cederholm"]),
        ({"area": "centre"}, ["Aino Aalto"]),
        ({"language": "sv"}, ["Aino Aalto"]),
        ({"availability": "weekends"}, ["Bertil Berg"]),
        ({"status": "active"}, ["Aino Aalto"]),
        ({"training": "first_aid"}, ["Aino Aalto"]),  # Bertil's has expired
        ({"children_check": "yes"}, ["Aino Aalto"]),
        ({"children_check": "no"}, ["Bertil Berg", "Cecilia Cederholm"]),
        ({"area": "999999"}, ["Aino Aalto", "Bertil Berg", "Cecilia Cederholm"]),  # shown error
    ],
)
def test_search_and_filters(logged_in, people, query, expected):
    params = {key: people[value].pk if value in people else value for key, value in query.items()}
    response = logged_in.get(reverse("bank:index"), params)
    assert response.status_code == 200
    assert names_listed(response) == expected


def test_filters_are_a_labelled_get_form(logged_in, people):
    page = logged_in.get(reverse("bank:index")).content.decode()
    assert '<form method="get"' in page
    for field in ("q", "kind_of_help", "area", "language", "availability", "status", "training"):
        assert f'<label for="id_{field}">' in page


def test_terms_are_named_in_the_active_language(logged_in, people):
    swedish = Locale.objects.get(language_code="sv")
    errands_sv = people["errands"].copy_for_translation(swedish)
    errands_sv.name = "Ärendehjälp"
    errands_sv.save()
    response = logged_in.get(reverse("bank:index"), headers={"accept-language": "sv"})
    page = response.content.decode()
    assert "Ärendehjälp" in page and "Asiointiapu" not in page
    assert "Keskusta" in page  # no Swedish name: the Finnish one


def test_the_list_is_paginated_without_javascript(logged_in, home):
    for number in range(55):
        VolunteerFactory(user__last_name=f"Sivu{number:02d}")
    response = logged_in.get(reverse("bank:index"), {"status": "applicant"})
    assert len(response.context["rows"]) == 50
    assert '?status=applicant&amp;page=2"' in response.content.decode()
    second = logged_in.get(reverse("bank:index"), {"status": "applicant", "page": 2})
    assert len(second.context["rows"]) == 5


def test_the_detail_shows_everything_and_the_onboarding(logged_in, people):
    aino = Volunteer.objects.get(user__first_name="Aino")
    start(aino)
    page = logged_in.get(reverse("bank:detail", args=[aino.pk])).content.decode()
    process = aino.onboardings.get()
    assert f"/workflows/onboarding/{process.pk}/" in page
    for text in ("Aino Aalto", "040 123 4567", "Asiointiapu", "Keskusta", "Ensiapu", "2026-01"):
        assert text in page


def test_the_csv_lists_those_who_share_their_contacts_safely(logged_in, people):
    response = logged_in.get(reverse("bank:export"), {"kind_of_help": people["errands"].pk})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    today = timezone.localdate().isoformat()
    assert f'filename="talkoo-contacts-{today}.csv"' in response["Content-Disposition"]
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 2  # the header and Aino: Cecilia did not agree to share
    assert rows[1][:3] == ["Aino Aalto", rows[1][1], "040 123 4567"]
    assert rows[1][4:] == ["Asiointiapu", "Keskusta"]

    everyone = logged_in.get(reverse("bank:export")).content.decode("utf-8-sig")
    bertil = next(r for r in csv.reader(io.StringIO(everyone), delimiter=";") if "Berg" in r[0])
    assert bertil[2] == "'=HYPERLINK(1)"


def test_erasure_requests_are_shown_and_filtered(logged_in, people):
    aino = Volunteer.objects.get(user__first_name="Aino")
    request_erasure(aino)
    first = aino.erasure_requested_at
    request_erasure(aino)
    assert aino.erasure_requested_at == first
    response = logged_in.get(reverse("bank:index"))
    assert response.context["erasure_requests"] == 1
    assert names_listed(logged_in.get(reverse("bank:index"), {"erasure": "on"})) == ["Aino Aalto"]


def test_organisations_with_their_volunteers(logged_in, home, people):
    index = OrganisationIndexPageFactory(parent=home)
    red_cross = OrganisationPageFactory(parent=index, title="Punainen Risti")
    OrganisationPageFactory(parent=index, title="Luonnos", live=False)
    Volunteer.objects.filter(user__first_name__in=["Aino", "Bertil"]).update(organisation=red_cross)
    response = logged_in.get(reverse("bank:organisations"))
    page = response.content.decode()
    assert [(p.title, p.volunteer_count) for p, url in response.context["rows"]] == [
        ("Punainen Risti", 2)
    ]
    assert red_cross.url in page
    # Editing a profile is an editor's work: a coordinator who is not one is not sent to be
    # refused in Wagtail; one who is gets the way there.
    edit = f"/admin/pages/{red_cross.pk}/edit/"
    assert edit not in page
    response.wsgi_request.user.groups.add(Group.objects.get(name="Editors"))
    assert edit in logged_in.get(reverse("bank:organisations")).content.decode()


def test_waiting_onboarding_steps_stalled_first(logged_in, home, settings):
    settings.ONBOARDING_STALLED_AFTER_DAYS = 14
    fresh = VolunteerFactory(user__first_name="Uusi", user__last_name="Tuore")
    old = VolunteerFactory(user__first_name="Vanha", user__last_name="Odottaja")
    start(fresh)
    start(old)
    old.onboardings.get().task_set.update(created=timezone.now() - datetime.timedelta(days=20))

    response = logged_in.get(reverse("bank:stalled"))
    rows = response.context["rows"]
    assert [(r["volunteer"], r["stalled"]) for r in rows] == [(old, True), (fresh, False)]
    task = rows[0]["task"]
    assert rows[0]["url"] == f"/workflows/onboarding/{task.process_id}/review/{task.pk}/"
    page = response.content.decode()
    with translation.override("fi"):
        assert str(task.title) in page and "Vanha Odottaja" in page
