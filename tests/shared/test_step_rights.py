"""Object-level rights on every step action: claim, release, reassign, execute, cancel, undo,
revive and a process's own pages, in every process, check the process's municipality.

The matrix walks every `/workflows/` address of a process or step (each node's own actions
and the process's pages) of both municipalities' processes, as every role that must not act
there: the other municipality's coordinator, a volunteer and an anonymous visitor, by GET
and by POST. A leak is an answer that is neither a refusal nor a sign-in page, or any change
to a step's owner or status.
"""

import datetime

from django.db import transaction
from django.test import override_settings
from django.urls import URLResolver
from django.utils import timezone

from wagtail.models import Site

import pytest
from viewflow.workflow.status import STATUS

import portal.urls  # noqa: F401  (builds the flows' URLs, for their reverse())
from tests.factories import (
    AreaFactory,
    CoordinatorFactory,
    KindOfHelpFactory,
    OtherSiteFactory,
    VolunteerFactory,
    municipality_home,
)
from tests.helpers.database import built_once
from tests.helpers.help_requests import committed, step, submit
from workflows.certificates.flows import CertificateRequestFlow, ask
from workflows.help_requests.flows import HelpRequestFlow
from workflows.onboarding import services as onboarding
from workflows.onboarding.flows import OnboardingFlow, start
from workflows.registry.models import Volunteer
from workflows.thanks.flows import ThanksFlow, thank
from workflows.thanks.models import Thanks

pytestmark = pytest.mark.django_db

LOCMEM = "workflows.sms.LocmemBackend"
FLOWS = [HelpRequestFlow, OnboardingFlow, CertificateRequestFlow, ThanksFlow]
PROCESS_PAGES = ["process_detail", "process_cancel", "process_chart"]
SIGN_IN = "/admin/login/"


def claim_first_step(process, user):
    """`user` claims the first coordinator's step `process` waits at."""
    for task in process.task_set.filter(status=STATUS.NEW).order_by("pk"):
        if task.flow_task_type == "HUMAN" and task.flow_task.can_assign(user, task):
            with transaction.atomic(), task.activation() as activation:
                activation.assign(user)
            return task
    raise AssertionError(f"nothing for {user} to claim in {process}")


def work_in(site, coordinator):
    """One process of each flow in `site`, a step of each claimed by `coordinator` (a help
    request and an onboarding past their first step too)."""
    help_request = submit(site, KindOfHelpFactory(), AreaFactory())
    step(help_request, "triage", coordinator, decision="accept")
    applicant = VolunteerFactory(site=site)
    with transaction.atomic():
        start(applicant)
    committed(onboarding.complete_step, applicant, "review", coordinator, decision="approve")
    active = VolunteerFactory(site=site, status=Volunteer.Status.ACTIVE)
    today = timezone.localdate()
    period = {"period_start": today - datetime.timedelta(days=30), "period_end": today}
    certificate = ask(active, {"language": "fi", "purpose": "Työhakemus", **period})
    with transaction.atomic():
        thanks = thank(active, Thanks.Reason.BY_HAND, user=coordinator)
    processes = [help_request, onboarding.latest(applicant), certificate, thanks]
    for process in processes:
        claim_first_step(process, coordinator)
    return processes


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Testikylä and Toinen, each with a coordinator and a process of every flow."""
    with built_once(django_db_blocker), override_settings(SMS_BACKEND=LOCMEM):
        municipality_home()
        sites = {"testikyla": Site.objects.get(is_default_site=True), "toinen": OtherSiteFactory()}
        coordinators = {name: CoordinatorFactory(site=site).user for name, site in sites.items()}
        work = {name: work_in(site, coordinators[name]) for name, site in sites.items()}
        colleague = CoordinatorFactory(site=sites["testikyla"]).user
        volunteer = VolunteerFactory(site=sites["testikyla"]).user
        yield {
            "coordinators": coordinators,
            "work": work,
            "colleague": colleague,
            "volunteer": volunteer,
        }


def action_urls(process):
    """Every address of `process`'s pages and of its steps' actions."""
    flow = process.flow_class.instance
    urls = [flow.reverse(name, args=[process.pk]) for name in PROCESS_PAGES]
    for task in process.task_set.order_by("pk"):
        node = task.flow_task
        patterns, _, _ = node.urls
        for name in task_actions(patterns):
            urls.append(node.reverse(name, args=[process.pk, task.pk]))
    return urls


def task_actions(patterns):
    """The names of the views among `patterns` (includes too) that act on one task."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from task_actions(pattern.url_patterns)
        elif "task_pk" in str(pattern.pattern):
            yield pattern.name


def snapshot(world):
    return {
        task.pk: (task.owner_id, task.status)
        for processes in world["work"].values()
        for process in processes
        for task in process.task_set.all()
    }


def refused(response, anonymous):
    if anonymous and response.status_code == 302:
        return response["Location"].startswith(SIGN_IN)
    return response.status_code in (403, 404, 405)


def test_no_role_acts_on_another_municipalitys_processes(client, world):
    before = snapshot(world)
    outsiders = {
        "testikyla": [world["coordinators"]["toinen"], world["volunteer"], None],
        "toinen": [world["coordinators"]["testikyla"], world["volunteer"], None],
    }
    tried, leaks = 0, []
    for municipality, processes in world["work"].items():
        for user in outsiders[municipality]:
            client.logout()
            if user is not None:
                client.force_login(user)
            for process in processes:
                for url in action_urls(process):
                    for method in (client.get, client.post):
                        response = method(url)
                        tried += 1
                        if not refused(response, user is None):
                            leaks.append((url, user, method.__name__, response.status_code))
    assert leaks == [], leaks[:20]
    assert snapshot(world) == before
    # 4 flows x 2 municipalities x 3 roles x 2 methods, over every action of every step.
    assert tried >= 4 * 2 * 3 * 2 * len(PROCESS_PAGES)
    print(f"permission matrix: {tried} requests, {len(leaks)} leaks")


@pytest.mark.parametrize("flow", FLOWS, ids=lambda flow: flow.__name__)
def test_another_municipalitys_coordinator_cannot_release_a_claimed_step(client, world, flow):
    (process,) = [p for p in world["work"]["testikyla"] if p.flow_class is flow]
    task = process.task_set.get(status=STATUS.ASSIGNED)
    owner = task.owner_id
    stranger = world["coordinators"]["toinen"]
    assert not task.flow_task.can_unassign(stranger, task)
    client.force_login(stranger)
    url = task.flow_task.reverse("unassign", args=[process.pk, task.pk])
    assert client.post(url).status_code == 403
    task.refresh_from_db()
    assert task.owner_id == owner and task.status == STATUS.ASSIGNED


@pytest.mark.parametrize("flow", FLOWS, ids=lambda flow: flow.__name__)
def test_a_colleague_of_the_same_municipality_may_release_a_claimed_step(world, flow):
    (process,) = [p for p in world["work"]["testikyla"] if p.flow_class is flow]
    task = process.task_set.get(status=STATUS.ASSIGNED)
    assert task.flow_task.can_unassign(world["colleague"], task)
    assert task.flow_task.can_unassign(task.owner, task)


def test_a_step_of_another_process_is_not_reached_through_ones_own_process(client, world):
    """viewflow loads a step by its own number, whatever process the address names."""
    own = world["work"]["toinen"][0]
    theirs = world["work"]["testikyla"][0].task_set.get(status=STATUS.ASSIGNED)
    client.force_login(world["coordinators"]["toinen"])
    url = theirs.flow_task.reverse("unassign", args=[own.pk, theirs.pk])
    assert client.post(url).status_code == 403
    theirs.refresh_from_db()
    assert theirs.status == STATUS.ASSIGNED


def test_the_own_coordinator_still_opens_their_processes(client, world):
    client.force_login(world["coordinators"]["testikyla"])
    for process in world["work"]["testikyla"]:
        detail = process.flow_class.instance.reverse("process_detail", args=[process.pk])
        assert client.get(detail).status_code == 200


@pytest.mark.parametrize("flow", FLOWS, ids=lambda flow: flow.__name__)
def test_the_own_coordinator_still_works_lets_go_and_takes_their_steps(client, world, flow):
    (process,) = [p for p in world["work"]["testikyla"] if p.flow_class is flow]
    task = process.task_set.get(status=STATUS.ASSIGNED)
    node = task.flow_task
    client.force_login(task.owner)
    assert client.get(node.reverse("execute", args=[process.pk, task.pk])).status_code == 200
    assert client.post(node.reverse("unassign", args=[process.pk, task.pk])).status_code == 302
    task.refresh_from_db()
    assert task.status == STATUS.NEW
    client.force_login(world["colleague"])
    assert client.get(node.reverse("assign", args=[process.pk, task.pk])).status_code == 200
    assert client.post(node.reverse("assign", args=[process.pk, task.pk])).status_code == 302
    task.refresh_from_db()
    assert task.owner == world["colleague"]
