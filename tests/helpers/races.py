"""What the race tests share: real threads released together, each with its own database
connection, on PostgreSQL (SQLite locks the whole file and cannot show a race).

A race test module sets `pytestmark = RACE` and calls `at_once`; the fixture that puts the
migrations' data back after its transactional tests is `migrations_data_put_back` in
tests/conftest.py.
"""

import threading

from django.conf import settings
from django.db import connection

import pytest

RACE = [
    pytest.mark.skipif(
        not settings.USING_POSTGRES,
        reason="the race needs PostgreSQL's row locks; SQLite locks the whole database",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrations_data_put_back"),
]


def at_once(*calls, refusals=()):
    """Run each call in its own thread, all released at the same moment; their results. An
    exception of a type in `refusals` is a result too (a clear "no" to the one who lost)."""
    barrier = threading.Barrier(len(calls))
    results, errors = [None] * len(calls), []

    def run(index, call):
        try:
            barrier.wait(timeout=10)
            results[index] = call()
        except refusals as refusal:
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
