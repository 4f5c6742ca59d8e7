from django.core.management import call_command

import pytest
from django_tasks_db.management.commands import db_worker

DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def database_tasks(settings):
    """Tasks queued in the database, as in production, until `run_worker` runs them."""
    settings.TASKS = DATABASE_BACKEND


@pytest.fixture
def run_worker(monkeypatch):
    """Run the worker over every task that is ready now, then return. Inside the test's
    transaction: the worker's check for stale connections would close the test's own."""
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    def run():
        call_command("db_worker", batch=True, interval=0, verbosity=0)

    return run
