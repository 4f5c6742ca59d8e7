"""The load balancer's readiness check: the database, the cache and the scheduler, with no
detail given to the public."""

from django.core.management import call_command

import pytest

from jobs.management.commands import run_scheduler
from portal import views

pytestmark = pytest.mark.django_db


@pytest.fixture
def scheduler_ran(monkeypatch):
    monkeypatch.setattr(run_scheduler, "close_old_connections", lambda: None)
    call_command("run_scheduler", once=True)


def test_liveness_answers_ok_without_checking_anything(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.content == b"ok"


def test_ready_when_database_cache_and_scheduler_answer(client, scheduler_ran):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-cache" in response["Cache-Control"]


def test_not_ready_when_the_scheduler_has_not_run(client, caplog):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.content == b"unavailable"
    assert "scheduler" in caplog.text


def test_not_ready_when_the_cache_fails_and_the_reason_stays_in_the_log(
    client, scheduler_ran, monkeypatch, caplog
):
    def broken():
        raise ConnectionError("redis://secret-host:6379 refused")

    monkeypatch.setitem(views.READINESS_CHECKS, "cache", broken)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert b"secret-host" not in response.content and b"cache" not in response.content
    assert "secret-host" in caplog.text
