"""The scheduler queues each periodic job once when it falls due, and leaves a heartbeat."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.core.management import call_command
from django.core.management.base import SystemCheckError

import pytest
from django_tasks_db.models import DBTaskResult

from jobs.management.commands import run_scheduler
from jobs.models import ScheduledRun
from jobs.schedule import last_due, scheduler_is_alive, scheduler_pass

pytestmark = pytest.mark.django_db
HELSINKI = ZoneInfo("Europe/Helsinki")
SCHEDULE = [("workflow_timers", "every minute"), ("remind_coordinators", "07:00")]


@pytest.fixture
def schedule(settings, database_tasks):
    settings.SCHEDULE = SCHEDULE


def queued():
    return sorted(task.args_kwargs["args"][0] for task in DBTaskResult.objects.all())


def at(hour, minute, second=0, day=3):
    return datetime(2026, 12, day, hour, minute, second, tzinfo=HELSINKI)


def test_a_daily_job_falls_due_at_its_local_time_and_stays_due_until_the_next_day():
    assert last_due("07:00", at(7, 0)) == at(7, 0)
    assert last_due("07:00", at(23, 59)) == at(7, 0)
    assert last_due("07:00", at(6, 59)) == at(7, 0, day=2)


def test_each_job_is_queued_once_when_due(schedule):
    assert scheduler_pass(at(7, 0, 5)) == ["workflow_timers", "remind_coordinators"]
    assert scheduler_pass(at(7, 0, 20)) == []  # the same minute: nothing new
    assert scheduler_pass(at(7, 1, 5)) == ["workflow_timers"]
    assert scheduler_pass(at(7, 0, 5, day=4)) == ["workflow_timers", "remind_coordinators"]
    assert queued() == ["remind_coordinators"] * 2 + ["workflow_timers"] * 3


def test_a_scheduler_that_was_down_for_days_catches_up_once(schedule):
    scheduler_pass(at(7, 0))
    DBTaskResult.objects.all().delete()

    assert scheduler_pass(at(12, 0, day=6)) == ["workflow_timers", "remind_coordinators"]


def test_the_queued_jobs_run_on_the_worker(schedule, run_worker):
    scheduler_pass()
    run_worker()
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}


def test_the_heartbeat_says_whether_the_scheduler_runs(settings, schedule, monkeypatch):
    settings.SCHEDULER_STALE_AFTER_SECONDS = 180
    # Inside the test's transaction: the check for stale connections would close the test's own.
    monkeypatch.setattr(run_scheduler, "close_old_connections", lambda: None)
    assert not scheduler_is_alive()

    call_command("run_scheduler", once=True)
    beat = ScheduledRun.objects.get(name=ScheduledRun.HEARTBEAT).last_run_at

    assert scheduler_is_alive(beat + timedelta(seconds=179))
    assert not scheduler_is_alive(beat + timedelta(seconds=181))


def test_a_schedule_naming_no_command_fails_the_checks(settings):
    settings.SCHEDULE = [("no_such_command", "every minute"), ("workflow_timers", "7 am")]
    with pytest.raises(SystemCheckError, match="jobs.E001.*|jobs.E002"):
        call_command("check")
