"""Data built once for the tests of a module or class that only read it."""

from contextlib import contextmanager

from django.db import transaction


@contextmanager
def built_once(django_db_blocker):
    """Build and keep data for several tests, then take it all back.

    Use it in a module- or class-scoped fixture that asks for `django_db_setup`, and yield
    the data from inside the block. What is built lives in a transaction that stays open
    while the tests run, each in its own savepoint (pytest-django's `db`), and is rolled back
    after the last of them: nothing reaches the tests run later. Not for transactional tests
    (`django_db(transaction=True)`), which would commit and empty that transaction.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)
