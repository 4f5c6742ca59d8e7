"""The lists coordinators work from in viewflow's pages of a process (its queue, a process's
page, the claim page a link leads to): a step nobody holds is taken and opened in one click,
without JavaScript."""

import datetime

from django.utils import timezone

import pytest
from viewflow.workflow.status import STATUS

import portal.urls  # noqa: F401  (a flow's addresses reverse once the URLconf is loaded)
from tests.factories import CoordinatorFactory, OtherSiteFactory, VolunteerFactory
from workflows.engine import waiting_task
from workflows.onboarding.flows import OnboardingFlow
from workflows.onboarding.flows import start as start_onboarding

pytestmark = pytest.mark.django_db

QUEUE = "/workflows/onboarding/queue/"


def applicant(first_name, days_waiting=0):
    """An applicant whose review has waited `days_waiting` days."""
    volunteer = VolunteerFactory(user__first_name=first_name, user__last_name="Hakija")
    process = start_onboarding(volunteer)
    review = waiting_task(process, "review")
    created = timezone.now() - datetime.timedelta(days=days_waiting)
    type(review).objects.filter(pk=review.pk).update(created=created)
    return process, review


def claim_url(task):
    return task.flow_task.reverse("assign", args=[task.process_id, task.pk])


def take_form(task):
    return f'<form method="post" action="{claim_url(task)}" class="worklist__take">'


def test_the_queue_takes_and_opens_a_step_in_one_click(client, home, coordinator):
    client.force_login(coordinator)
    process, review = applicant("Aila")

    page = client.get(QUEUE).content.decode()

    assert take_form(review) in page
    assert 'name="_continue" value="1"' in page
    assert "Ota itselle ja avaa<span" in page and ": Käsittele hakemus, Aila Hakija" in page
    assert f"#{process.pk}/{review.pk}" not in page  # no ids to decipher
    opened = client.post(claim_url(review), {"_continue": "1"}, follow=True)
    assert opened.request["PATH_INFO"] == review.flow_task.reverse(
        "execute", args=[process.pk, review.pk]
    )
    review.refresh_from_db()
    assert review.owner == coordinator and review.status == STATUS.ASSIGNED


def test_a_process_page_takes_its_waiting_step_in_one_click(client, home, coordinator):
    client.force_login(coordinator)
    process, review = applicant("Aila")

    page = client.get(OnboardingFlow.instance.reverse("process_detail", args=[process.pk]))

    assert take_form(review) in page.content.decode()


def test_a_link_to_a_step_nobody_holds_asks_once_with_one_button(client, home, coordinator):
    client.force_login(coordinator)
    process, review = applicant("Aila")

    page = client.get(claim_url(review)).content.decode()

    assert page.count('name="_continue" value="1"') == 1 and "Ota itselle ja avaa" in page
    assert "Ota itselle ja jatka" not in page


def test_another_municipalitys_coordinator_cannot_take_a_step(client, home, coordinator):
    _, review = applicant("Aila")
    stranger = CoordinatorFactory(site=OtherSiteFactory()).user
    client.force_login(stranger)

    assert claim_url(review) not in client.get(QUEUE).content.decode()
    assert client.post(claim_url(review), {"_continue": "1"}).status_code == 403
    review.refresh_from_db()
    assert review.owner is None and review.status == STATUS.NEW
