"""Two coordinators acting on the same step at the same moment: exactly one succeeds, the
other is told what happened (a 409 page), never a 500 or a second offer.

Real threads, each with its own database connection, released together by a barrier, so
the flow's lock (`select_for_update_lock`, a row lock on the request) decides. That needs
PostgreSQL; SQLite locks the whole database file and cannot show the race. The tests commit
for real (transactional), so the data the migrations made is put back after them.
"""

from functools import partial

from django.test import Client
from django.utils import translation

from viewflow.workflow.status import STATUS

import portal.urls  # noqa: F401  (builds the flows' URLs, for their reverse())
from tests.helpers.help_requests import active_volunteer, step
from tests.helpers.races import RACE, at_once
from workflows.engine import waiting_task
from workflows.help_requests.flows import HelpRequestFlow
from workflows.help_requests.models import Offer

pytestmark = RACE

TAKEN = "Another coordinator took this step first"
DONE = "This step has already been done"


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def task_url(help_request, name, action):
    task = waiting_task(help_request, name, statuses=[STATUS.NEW, STATUS.ASSIGNED])
    return getattr(HelpRequestFlow, name).reverse(action, args=[help_request.pk, task.pk])


def says(response, message):
    with translation.override("fi"):
        return str(translation.gettext(message)) in response.content.decode()


def test_two_coordinators_claim_the_same_triage_at_once(help_request, coordinator, colleague):
    claim = task_url(help_request, "triage", "assign")
    clients = {coordinator: logged_in(coordinator), colleague: logged_in(colleague)}
    posts = at_once(*(partial(client.post, claim) for client in clients.values()))
    responses = dict(zip(clients, posts, strict=True))
    assert sorted(response.status_code for response in responses.values()) == [302, 409]
    winner = next(user for user, response in responses.items() if response.status_code == 302)
    loser = responses[colleague if winner == coordinator else coordinator]
    task = waiting_task(help_request, "triage", statuses=[STATUS.ASSIGNED])
    assert task.owner == winner
    assert says(loser, TAKEN) and winner.first_name in loser.content.decode()


def test_two_coordinators_offer_different_volunteers_at_once(
    help_request, coordinator, colleague, errands, centre
):
    volunteers = [active_volunteer(errands, centre) for _ in range(2)]
    step(help_request, "triage", coordinator, decision="accept")
    claim, execute = (task_url(help_request, "match", action) for action in ("assign", "execute"))

    def claim_and_offer(client, volunteer):
        client.post(claim)
        return client.post(execute, {"volunteer": volunteer.pk})

    clients = [logged_in(coordinator), logged_in(colleague)]
    responses = at_once(
        *(partial(claim_and_offer, c, v) for c, v in zip(clients, volunteers, strict=True))
    )
    assert sorted(response.status_code for response in responses) == [302, 409]
    offer = Offer.objects.get(help_request=help_request)
    assert offer.volunteer == volunteers[[r.status_code for r in responses].index(302)]
    # Told that the step is taken, or already done if the other was that quick.
    refused = next(r for r in responses if r.status_code == 409)
    assert says(refused, TAKEN) or says(refused, DONE)


def test_one_step_sent_from_two_tabs_at_once_makes_one_offer(
    help_request, coordinator, errands, centre
):
    volunteers = [active_volunteer(errands, centre) for _ in range(2)]
    step(help_request, "triage", coordinator, decision="accept")
    claim, execute = (task_url(help_request, "match", action) for action in ("assign", "execute"))
    tabs = [logged_in(coordinator), logged_in(coordinator)]
    assert tabs[0].post(claim).status_code == 302
    responses = at_once(
        *(
            partial(tab.post, execute, {"volunteer": v.pk})
            for tab, v in zip(tabs, volunteers, strict=True)
        )
    )
    assert sorted(response.status_code for response in responses) == [302, 409]
    assert Offer.objects.filter(help_request=help_request).count() == 1
    assert says(next(r for r in responses if r.status_code == 409), DONE)
