"""Volunteers asking for the same seat at the same moment: the session's row lock decides.
Exactly one gets the last seat and the others join the waiting list, seats never exceed the
capacity, and one volunteer's double submit makes one enrolment.

Real threads, each with its own database connection, released together by a barrier. That
needs PostgreSQL; SQLite locks the whole database file and cannot show the race. The tests
commit for real (transactional), so the data the migrations made is put back after them.
"""

from functools import partial

from tests.helpers.races import RACE, at_once
from tests.helpers.training import volunteer
from workflows.training import flows, services
from workflows.training.models import Enrolment

pytestmark = RACE


def seats_held(session):
    return Enrolment.objects.filter(session=session, state__in=Enrolment.HOLDS_SEAT).count()


def test_two_volunteers_taking_the_last_seat_at_once_one_gets_it_one_waits(session):
    flows.enrol(volunteer(), session)  # one of the two seats
    racers = [volunteer(), volunteer()]

    results = at_once(
        *(partial(flows.enrol, racer, session) for racer in racers),
        refusals=services.NotPossible,
    )

    assert sorted(result.state for result in results) == [
        Enrolment.State.CONFIRMED,
        Enrolment.State.WAITING,
    ]
    assert seats_held(session) == session.capacity == 2
    waiting = next(result for result in results if result.state == Enrolment.State.WAITING)
    assert waiting.waiting_since is not None


def test_many_volunteers_racing_for_the_last_seat_never_overfill_the_session(session):
    flows.enrol(volunteer(), session)
    racers = [volunteer() for _ in range(6)]

    results = at_once(
        *(partial(flows.enrol, racer, session) for racer in racers),
        refusals=services.NotPossible,
    )

    states = [result.state for result in results]
    assert states.count(Enrolment.State.CONFIRMED) == 1
    assert states.count(Enrolment.State.WAITING) == 5
    assert seats_held(session) == session.capacity


def test_one_volunteers_double_submit_at_the_same_moment_makes_one_enrolment(session):
    person = volunteer()

    results = at_once(
        *(partial(flows.enrol, person, session) for _ in range(2)),
        refusals=services.NotPossible,
    )

    enrolments = [result for result in results if isinstance(result, Enrolment)]
    refusals = [result for result in results if isinstance(result, services.NotPossible)]
    assert len(enrolments) == 1 and len(refusals) == 1
    assert refusals[0].message == services.ALREADY_ENROLLED
    assert Enrolment.objects.filter(session=session, volunteer=person).count() == 1
    assert enrolments[0].state == Enrolment.State.CONFIRMED
