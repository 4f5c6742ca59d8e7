"""The periodic jobs: which management command runs when, queued by `run_scheduler`.

`settings.SCHEDULE` lists (command, when) pairs; `when` is "every minute" or a local time of
day, "07:00". Each pass of the scheduler queues the jobs that fell due since it last queued
them, in one transaction per job under a row lock, so two schedulers never queue a job twice
and a scheduler that was down catches up once (not once per missed day). Every command is
safe to run again: a second run finds nothing left to do.
"""

import io
import logging
from datetime import datetime, time, timedelta

from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from django_tasks import task

from jobs.models import ScheduledRun
from jobs.retries import requeue_abandoned_tasks

logger = logging.getLogger(__name__)

EVERY_MINUTE = "every minute"


@task()
def run_command(name):
    """A scheduled management command, run on a worker (retried when it fails)."""
    out = io.StringIO()
    call_command(name, stdout=out)
    if output := out.getvalue().strip():
        logger.info("%s: %s", name, output)


def time_of_day(when):
    """ "07:00" as a time; ValueError when it is not HH:MM."""
    hour, minute = when.split(":")
    return time(int(hour), int(minute))


def last_due(when, now):
    """The latest moment at or before `now` at which a job scheduled `when` fell due."""
    if when == EVERY_MINUTE:
        return now.replace(second=0, microsecond=0)
    local = timezone.localtime(now)
    due = timezone.make_aware(datetime.combine(local.date(), time_of_day(when)))
    return due if due <= now else due - timedelta(days=1)


def queue_due_jobs(now=None):
    """Queue every job that fell due since it last ran; returns their names."""
    now = now or timezone.now()
    queued = []
    for command, when in settings.SCHEDULE:
        due = last_due(when, now)
        with transaction.atomic():
            run = ScheduledRun.objects.select_for_update().filter(name=command).first()
            if run is not None and run.last_run_at >= due:
                continue
            ScheduledRun.objects.update_or_create(name=command, defaults={"last_run_at": now})
            run_command.enqueue(command)
        queued.append(command)
    return queued


def scheduler_pass(now=None):
    """One pass of the scheduler: its heartbeat, abandoned tasks back in the queue, due jobs."""
    now = now or timezone.now()
    ScheduledRun.objects.update_or_create(
        name=ScheduledRun.HEARTBEAT, defaults={"last_run_at": now}
    )
    requeue_abandoned_tasks(now)
    return queue_due_jobs(now)


def scheduler_is_alive(now=None):
    """Whether the scheduler has made a pass recently (the readiness check)."""
    now = now or timezone.now()
    limit = now - timedelta(seconds=settings.SCHEDULER_STALE_AFTER_SECONDS)
    return ScheduledRun.objects.filter(name=ScheduledRun.HEARTBEAT, last_run_at__gte=limit).exists()
