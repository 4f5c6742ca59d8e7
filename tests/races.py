"""What the race tests share: real threads released together, each with its own database
connection, on PostgreSQL (SQLite locks the whole file and cannot show a race), and the
migrations' data put back after the transactional tests that empty the database.

A race test module sets `pytestmark = RACE` and calls `at_once`.
"""

import threading

from django.conf import settings
from django.db import connection, connections
from django.db.models.signals import post_save

from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

import pytest

RACE = [
    pytest.mark.skipif(
        not settings.USING_POSTGRES,
        reason="the race needs PostgreSQL's row locks; SQLite locks the whole database",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrations_data_put_back"),
]


@pytest.fixture(scope="module")
def migrations_data_put_back(django_db_blocker):
    """A transactional test empties the database when it ends. Each race test starts from
    what the migrations made (`serialized_rollback`: the root page, locales, groups), and it
    is put back after the module's last, for the tests run later on a reused test database.

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
