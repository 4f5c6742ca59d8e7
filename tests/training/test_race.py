"""Volunteers asking for the same seat at the same moment: the session's row lock decides.
Exactly one gets the last seat and the others join the waiting list, seats never exceed the
capacity, and one volunteer's double submit makes one enrolment.

Real threads, each with its own database connection, released together by a barrier. That
needs PostgreSQL; SQLite locks the whole database file and cannot show the race. The tests
commit for real (transactional), so the data the migrations made is put back after them.
"""

import threading
from functools import partial

from django.conf import settings
from django.db import connection, connections
from django.db.models.signals import post_save

from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

import pytest

from workflows.training import services
from workflows.training.models import Enrolment

from .conftest import volunteer

pytestmark = [
    pytest.mark.skipif(
        not settings.USING_POSTGRES,
        reason="the race needs PostgreSQL's row locks; SQLite locks the whole database",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


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
    """Run each call in its own thread, all released at the same moment; their results (a
    refusal, `NotPossible`, is a result too)."""
    barrier = threading.Barrier(len(calls))
    results, errors = [None] * len(calls), []

    def run(index, call):
        try:
            barrier.wait(timeout=10)
            results[index] = call()
        except services.NotPossible as refusal:
            results[index] = refusal
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


def seats_held(session):
    return Enrolment.objects.filter(session=session, state__in=Enrolment.HOLDS_SEAT).count()


def test_two_volunteers_taking_the_last_seat_at_once_one_gets_it_one_waits(session):
    services.enrol(volunteer(), session)  # one of the two seats
    racers = [volunteer(), volunteer()]

    results = at_once(*(partial(services.enrol, racer, session) for racer in racers))

    assert sorted(result.state for result in results) == [
        Enrolment.State.CONFIRMED,
        Enrolment.State.WAITING,
    ]
    assert seats_held(session) == session.capacity == 2
    waiting = next(result for result in results if result.state == Enrolment.State.WAITING)
    assert waiting.waiting_since is not None


def test_many_volunteers_racing_for_the_last_seat_never_overfill_the_session(session):
    services.enrol(volunteer(), session)
    racers = [volunteer() for _ in range(6)]

    results = at_once(*(partial(services.enrol, racer, session) for racer in racers))

    states = [result.state for result in results]
    assert states.count(Enrolment.State.CONFIRMED) == 1
    assert states.count(Enrolment.State.WAITING) == 5
    assert seats_held(session) == session.capacity


def test_one_volunteers_double_submit_at_the_same_moment_makes_one_enrolment(session):
    person = volunteer()

    results = at_once(*(partial(services.enrol, person, session) for _ in range(2)))

    enrolments = [result for result in results if isinstance(result, Enrolment)]
    refusals = [result for result in results if isinstance(result, services.NotPossible)]
    assert len(enrolments) == 1 and len(refusals) == 1
    assert refusals[0].message == services.ALREADY_ENROLLED
    assert Enrolment.objects.filter(session=session, volunteer=person).count() == 1
    assert enrolments[0].state == Enrolment.State.CONFIRMED
