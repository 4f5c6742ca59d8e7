"""Two coordinators acting on the same step at the same moment: exactly one succeeds, the
other is told what happened (a 409 page), never a 500 or a second offer.

Real threads, each with its own database connection, released together by a barrier, so
the flow's lock (`select_for_update_lock`, a row lock on the request) decides. That needs
PostgreSQL; SQLite locks the whole database file and cannot show the race. The tests commit
for real (transactional), so the data the migrations made is put back after them.
"""

import threading
from functools import partial

from django.conf import settings
from django.db import connection, connections
from django.db.models.signals import post_save
from django.test import Client
from django.utils import translation

from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

import pytest
from viewflow.workflow.status import STATUS

import portal.urls  # noqa: F401  (builds the flows' URLs, for their reverse())
from tests.factories import CoordinatorFactory
from workflows.help_requests import services
from workflows.help_requests.flows import HelpRequestFlow
from workflows.help_requests.models import Offer

from .conftest import active_volunteer, step

pytestmark = [
    pytest.mark.skipif(
        not settings.USING_POSTGRES,
        reason="the race needs PostgreSQL's row locks; SQLite locks the whole database",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TAKEN = "Another coordinator took this step first"
DONE = "This step has already been done"


@pytest.fixture(scope="module", autouse=True)
def migrations_data_put_back(django_db_blocker):
    """A transactional test empties the database when it ends. Each test here starts from
    what the migrations made (`serialized_rollback`: the root page, locales, groups), and it
    is put back after the last, for the tests run later on a reused test database.

    While it is loaded, wagtail-localize's handler that synchronises page trees when a
    LocaleSynchronization is saved stays off: the rows come back in no particular order, and
    the trees come back as they were anyway."""
    post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
    yield
    try:
        with django_db_blocker.unblock():
            for alias in connections:
                contents = getattr(connections[alias], "_test_serialized_contents", None)
                if contents:
                    connections[alias].creation.deserialize_db_from_string(contents)
    finally:
        post_save.connect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)


def at_once(*calls):
    """Run each call in its own thread, all released at the same moment; their results."""
    barrier = threading.Barrier(len(calls))
    results, errors = [None] * len(calls), []

    def run(index, call):
        try:
            barrier.wait(timeout=10)
            results[index] = call()
        except BaseException as error:  # noqa: BLE001  (reported below, in the test's thread)
            errors.append(error)
        finally:
            connection.close()  # this thread's own connection

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    return results


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def task_url(help_request, name, action):
    task = services.waiting_task(help_request, name, statuses=[STATUS.NEW, STATUS.ASSIGNED])
    return getattr(HelpRequestFlow, name).reverse(action, args=[help_request.pk, task.pk])


def says(response, message):
    with translation.override("fi"):
        return str(translation.gettext(message)) in response.content.decode()


@pytest.fixture
def colleague(coordinator):
    return CoordinatorFactory(user__first_name="Olli").user


def test_two_coordinators_claim_the_same_triage_at_once(help_request, coordinator, colleague):
    claim = task_url(help_request, "triage", "assign")
    clients = {coordinator: logged_in(coordinator), colleague: logged_in(colleague)}
    posts = at_once(*(partial(client.post, claim) for client in clients.values()))
    responses = dict(zip(clients, posts, strict=True))
    assert sorted(response.status_code for response in responses.values()) == [302, 409]
    winner = next(user for user, response in responses.items() if response.status_code == 302)
    loser = responses[colleague if winner == coordinator else coordinator]
    task = services.waiting_task(help_request, "triage", statuses=[STATUS.ASSIGNED])
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
