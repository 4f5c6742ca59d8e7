"""A failed task is tried again later, up to a limit; a task whose worker died is put back."""

from datetime import timedelta

from django.utils import timezone

import pytest
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from jobs.retries import requeue_abandoned_tasks, retry_delay
from workflows import sms

pytestmark = pytest.mark.django_db


@pytest.fixture
def failing_sms(settings):
    settings.SMS_BACKEND = "workflows.sms.BaseBackend"  # raises NotImplementedError


def test_retry_delay_doubles_from_thirty_seconds_up_to_an_hour():
    assert [retry_delay(n).total_seconds() for n in (1, 2, 3)] == [30, 60, 120]
    assert retry_delay(12) == timedelta(hours=1)


def test_a_failed_task_goes_back_to_the_queue_to_run_later(database_tasks, run_worker, failing_sms):
    sms.send("040 1", "Hei")
    before = timezone.now()

    run_worker()

    task = DBTaskResult.objects.get()
    assert task.status == TaskResultStatus.READY
    assert task.run_after >= before + timedelta(seconds=30)
    assert not DBTaskResult.objects.ready().exists()  # not yet


def test_a_task_that_keeps_failing_stops_after_the_last_attempt(
    settings, database_tasks, run_worker, failing_sms
):
    settings.TASKS_MAX_ATTEMPTS = 2
    sms.send("040 1", "Hei")
    run_worker()
    DBTaskResult.objects.update(run_after=timezone.now())  # the delay has passed

    run_worker()

    task = DBTaskResult.objects.get()
    assert task.status == TaskResultStatus.FAILED
    assert len(task.worker_ids) == 2
    assert "NotImplementedError" in task.exception_class_path


def test_a_task_whose_worker_died_is_put_back_after_a_while(settings, database_tasks):
    settings.TASKS_ABANDONED_AFTER_MINUTES = 10
    sms.send("040 1", "Hei")
    task = DBTaskResult.objects.get()
    task.claim("worker-that-was-killed")
    now = timezone.now()

    assert requeue_abandoned_tasks(now + timedelta(minutes=9)) == 0
    assert requeue_abandoned_tasks(now + timedelta(minutes=11)) == 1

    task.refresh_from_db()
    assert task.status == TaskResultStatus.READY
    assert task.worker_ids == ["worker-that-was-killed"]  # counted as an attempt
