"""Retrying failed tasks and recovering tasks abandoned by a worker that died.

django-tasks' database backend runs each task once: a failure is final and a task whose
worker was killed stays "running" for ever. Both are put back in the queue here, on the same
row, so that `worker_ids` counts the attempts. Every task the portal and Wagtail send is safe
to run again (an e-mail that was accepted just before its worker died may go out twice; one
lost is worse).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.dispatch import receiver
from django.utils import timezone

from django_tasks.base import TaskResultStatus
from django_tasks.signals import task_finished
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

# The delay before a retry doubles from this up to MAX_DELAY: with ten attempts a task keeps
# trying for about three hours, long enough to outlast a mail relay's maintenance window.
FIRST_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(hours=1)


def retry_delay(attempts):
    """How long to wait after the `attempts`-th failed attempt."""
    return min(FIRST_DELAY * 2 ** (attempts - 1), MAX_DELAY)


@receiver(task_finished, sender=DatabaseBackend)
def retry_failed_task(sender, task_result, **kwargs):
    if task_result.status != TaskResultStatus.FAILED:
        return
    attempts = len(task_result.worker_ids)
    if attempts >= settings.TASKS_MAX_ATTEMPTS:
        logger.error(
            "Task %s (%s) failed for good after %d attempts",
            task_result.id,
            task_result.task.name,
            attempts,
        )
        return
    delay = retry_delay(attempts)
    DBTaskResult.objects.filter(id=task_result.id, status=TaskResultStatus.FAILED).update(
        status=TaskResultStatus.READY, run_after=timezone.now() + delay, finished_at=None
    )
    logger.warning(
        "Task %s (%s) failed (attempt %d); retrying in %s",
        task_result.id,
        task_result.task.name,
        attempts,
        delay,
    )


def requeue_abandoned_tasks(now=None):
    """Put back in the queue the tasks that have been running longer than any task runs: their
    worker died (killed, out of memory, the machine lost). Returns how many."""
    now = now or timezone.now()
    cutoff = now - timedelta(minutes=settings.TASKS_ABANDONED_AFTER_MINUTES)
    abandoned = DBTaskResult.objects.running().filter(started_at__lt=cutoff)
    count = abandoned.update(status=TaskResultStatus.READY, run_after=now)
    if count:
        logger.warning("Put %d task(s) abandoned by a worker back in the queue", count)
    return count
