"""viewflow's own pages of each process (dashboard, process and task lists, inbox, queue,
archive, a process's chart) show a coordinator their own municipality's work only; a
superuser sees every municipality's.

Two municipalities, Testikylä and Toinen, each with help requests and onboardings: one whose
first step was taken and whose next step was claimed (the taker's archive and inbox), and one
waiting for its first step (the queue). Anna coordinates Testikylä; she helped Toinen out for
a while, so its steps were taken by her too, until her role there ended: the only way a
task of another municipality reaches her inbox or archive.
"""

import re

from django.db import transaction
from django.test import override_settings

from wagtail.models import Site

import pytest
from viewflow.workflow.status import STATUS

import portal.urls  # noqa: F401  (builds the flows' URLs, for their reverse())
from tests.factories import (
    AreaFactory,
    CoordinatorFactory,
    KindOfHelpFactory,
    OtherSiteFactory,
    UserFactory,
    VolunteerFactory,
    municipality_home,
)
from tests.helpers.database import built_once
from tests.helpers.help_requests import committed, intake_data, step, submit
from workflows.engine import waiting_task
from workflows.help_requests import flows as requests_flows
from workflows.help_requests.flows import HelpRequestFlow
from workflows.onboarding import services as onboarding
from workflows.onboarding.flows import OnboardingFlow, start

pytestmark = pytest.mark.django_db

FLOWS = {"helprequest": HelpRequestFlow, "onboarding": OnboardingFlow}
LISTS = ["index", "process_list", "task_list", "inbox", "queue", "archive"]
# What identifies a municipality's work in viewflow's pages: the task and process summaries
# name the help request's area and the applicant.
MARKS = {
    "testikyla": {"helprequest": "Keskusta", "onboarding": "Aaltonen"},
    "toinen": {"helprequest": "Rantakylä", "onboarding": "Bergström"},
}


LOCMEM = "workflows.sms.LocmemBackend"


@pytest.fixture(autouse=True)
def sms(settings):
    settings.SMS_BACKEND = LOCMEM


def municipalities():
    """Testikylä (the default site, with its home page) and Toinen."""
    municipality_home()
    toinen = OtherSiteFactory()
    return {"testikyla": Site.objects.get(is_default_site=True), "toinen": toinen}


def claim(task, user):
    assert task.flow_task.can_assign(user, task)
    with transaction.atomic(), task.activation() as activation:
        activation.assign(user)


def help_requests(site, area, taker):
    """A request triaged by `taker`, who then claimed its matching; and one waiting."""
    errands = KindOfHelpFactory(name="Asiointi")
    taken = submit(site, errands, area)
    step(taken, "triage", taker, decision="accept")
    claim(taken.task_set.get(flow_task=HelpRequestFlow.match), taker)
    submit(site, errands, area)


def onboardings(site, surname, taker):
    """An application reviewed by `taker`, who then claimed the meeting; and one waiting."""
    taken, waiting = (
        VolunteerFactory(site=site, user__first_name=name, user__last_name=surname)
        for name in ("Aila", "Eeva")
    )
    for volunteer in (taken, waiting):
        with transaction.atomic():
            start(volunteer)
    committed(onboarding.complete_step, taken, "review", taker, decision="approve")
    process = onboarding.latest(taken)
    claim(process.task_set.get(flow_task=OnboardingFlow.schedule_meeting), taker)


def work_of(municipality, site, taker):
    marks = MARKS[municipality]
    help_requests(site, AreaFactory(name=marks["helprequest"]), taker)
    onboardings(site, marks["onboarding"], taker)


# Each view of the two municipalities' work is built once for the class of tests that only
# look at it, and taken back after the class's last test.


@pytest.fixture(scope="class")
def anna(django_db_setup, django_db_blocker):
    """Anna, who coordinates Testikylä; both municipalities' work, Toinen's taken by her while
    she helped out there."""
    with built_once(django_db_blocker):
        with override_settings(SMS_BACKEND=LOCMEM):
            sites = municipalities()
            anna = CoordinatorFactory(site=sites["testikyla"]).user
            work_of("testikyla", sites["testikyla"], anna)
            role = CoordinatorFactory(user=anna, site=sites["toinen"])
            # A fresh copy of her account: the one at hand remembers her roles as they were.
            work_of("toinen", sites["toinen"], type(anna).objects.get(pk=anna.pk))
            role.delete()
        yield anna


@pytest.fixture(scope="class")
def admin_at_work(django_db_setup, django_db_blocker):
    """A superuser who took steps in both municipalities."""
    with built_once(django_db_blocker):
        with override_settings(SMS_BACKEND=LOCMEM):
            admin = UserFactory(is_superuser=True, is_staff=True)
            for municipality, site in municipalities().items():
                work_of(municipality, site, admin)
        yield admin


@pytest.fixture
def admin(db):
    return UserFactory(is_superuser=True, is_staff=True)


def page(client, user, app, name):
    client.force_login(user)
    response = client.get(FLOWS[app].instance.reverse(name))
    assert response.status_code == 200
    return response.content.decode()


class TestACoordinator:
    @pytest.mark.parametrize("app", FLOWS)
    @pytest.mark.parametrize("name", LISTS)
    def test_sees_only_their_municipalitys_work(self, client, anna, app, name):
        html = page(client, anna, app, name)
        assert MARKS["testikyla"][app] in html
        assert MARKS["toinen"][app] not in html

    @pytest.mark.parametrize("app", FLOWS)
    def test_the_menus_counts_leave_out_other_municipalities(self, client, anna, app):
        html = page(client, anna, app, "index")
        inbox = FLOWS[app].instance.reverse("inbox")
        # One claimed step of Testikylä waits in Anna's inbox; Toinen's is no longer hers.
        count = re.search(rf'href="{inbox}".*?"mdc-list-item__meta">\s*(\d+)', html, re.DOTALL)
        assert count[1] == "1"

    @pytest.mark.parametrize("app", FLOWS)
    def test_a_process_chart_is_shown_to_its_own_municipalitys_coordinators(
        self, client, anna, admin, app
    ):
        process_class = FLOWS[app].process_class
        lookup = {"helprequest": "site", "onboarding": "volunteer__site"}[app]
        own = process_class.objects.filter(**{f"{lookup}__is_default_site": True}).first()
        other = process_class.objects.exclude(**{f"{lookup}__is_default_site": True}).first()
        client.force_login(anna)
        chart = FLOWS[app].instance.reverse("process_chart", args=[own.pk])
        assert client.get(chart).status_code == 200
        other_chart = FLOWS[app].instance.reverse("process_chart", args=[other.pk])
        assert client.get(other_chart).status_code == 403
        # The flow's own chart holds no one's data.
        assert client.get(FLOWS[app].instance.reverse("chart")).status_code == 200
        client.force_login(admin)
        assert client.get(other_chart).status_code == 200

    @pytest.mark.parametrize("app", FLOWS)
    @pytest.mark.parametrize("action", ["tasks_assign", "tasks_unassign"])
    def test_a_bulk_action_does_not_show_another_municipalitys_tasks(
        self, client, anna, app, action
    ):
        client.force_login(anna)
        # Unconfirmed, the action lists the tasks it would take: all of them, if asked so.
        response = client.post(FLOWS[app].instance.reverse(action), {"select_all": "1"})
        html = response.content.decode()
        assert response.status_code == 200
        assert MARKS["testikyla"][app] in html
        assert MARKS["toinen"][app] not in html

    def test_someone_who_coordinates_nothing_is_refused(self, client, anna):
        client.force_login(VolunteerFactory().user)
        for flow in FLOWS.values():
            for name in LISTS:
                assert client.get(flow.instance.reverse(name)).status_code == 403


class TestASuperuser:
    @pytest.mark.parametrize("app", FLOWS)
    @pytest.mark.parametrize("name", LISTS)
    def test_sees_every_municipalitys_work(self, client, admin_at_work, app, name):
        html = page(client, admin_at_work, app, name)
        assert MARKS["testikyla"][app] in html
        assert MARKS["toinen"][app] in html


def test_a_coordinator_whose_role_ends_gives_back_the_steps_they_had_claimed(home):
    role = CoordinatorFactory()
    with transaction.atomic():
        data = intake_data(KindOfHelpFactory(), AreaFactory())
        request, _ = requests_flows.submit(role.site, data, "v1", {})
    task = waiting_task(request, "triage")
    with transaction.atomic(), task.activation() as activation:
        activation.assign(role.user)
    role.delete()
    task.refresh_from_db()
    assert task.status == STATUS.NEW and task.owner is None
