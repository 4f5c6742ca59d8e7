"""What waits for a coordinator, on the staff door's choice and Wagtail's dashboard: each
process's open coordinator steps in their municipalities, stalled work first, in constant
queries."""

import datetime

from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Site

import pytest
from viewflow.workflow.models import Task

from portal.work import waiting_work
from tests.factories import CoordinatorFactory, VolunteerFactory
from workflows.onboarding import flows as onboarding

pytestmark = pytest.mark.django_db


def sign_ups(count, site=None):
    """`count` new volunteers of `site` (the default municipality), each at onboarding's review."""
    extra = {"site": site} if site else {}
    return [onboarding.start(VolunteerFactory(**extra)) for _ in range(count)]


def by_place(work):
    return {item.url: item for item in work}


def test_open_steps_are_counted_and_the_stalled_come_first(home, coordinator, settings):
    settings.ONBOARDING_STALLED_AFTER_DAYS = 14
    first, *_ = sign_ups(3)
    long_ago = timezone.now() - datetime.timedelta(days=15)
    Task.objects.filter(process=first, flow_task=onboarding.OnboardingFlow.review).update(
        created=long_ago
    )
    elsewhere = Site.objects.create(hostname="muualla.example.fi", root_page=home)
    sign_ups(2, site=elsewhere)  # another municipality's work is not Kaisa's

    work = waiting_work(coordinator)

    assert work[0].url == "/workflows/bank/onboarding/"
    assert (work[0].waiting, work[0].stalled) == (3, 1)
    counts = by_place(work)
    assert counts["/workflows/help_inbox/"].waiting == 0
    assert counts["/workflows/trainings/"].waiting == 0


def test_the_count_costs_the_same_queries_however_much_waits(home, coordinator):
    sign_ups(1)
    coordinator = type(coordinator).objects.get(pk=coordinator.pk)  # no cached roles
    with CaptureQueriesContext(connection) as few:
        waiting_work(coordinator)
    sign_ups(6)
    coordinator = type(coordinator).objects.get(pk=coordinator.pk)
    with CaptureQueriesContext(connection) as many:
        waiting_work(coordinator)
    assert len(few) == len(many) == 3  # roles, open steps, rolls


def test_someone_who_coordinates_nothing_has_no_coordinators_work(home):
    assert waiting_work(VolunteerFactory().user) == []


def test_the_dashboard_shows_an_editing_coordinator_their_work(client, home):
    role = CoordinatorFactory()
    role.user.groups.add(Group.objects.get(name="Editors"))
    sign_ups(2)
    client.force_login(role.user)
    page = client.get("/admin/").content.decode()  # in the municipality's language
    assert "Työsi koordinaattorina" in page
    assert "Perehdytyksen vaiheet</a>: 2 odottaa" in " ".join(page.split())
    assert 'href="/workflows/help_inbox/"' in page  # the menu item and the panel's button


def test_an_editor_who_does_not_coordinate_sees_neither(client, home):
    editor = VolunteerFactory().user
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    page = client.get("/admin/").content.decode()
    assert "Työsi koordinaattorina" not in page
    assert "/workflows/help_inbox/" not in page
