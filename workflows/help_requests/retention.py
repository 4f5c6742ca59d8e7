"""Retention: closed help requests lose everything personal once kept long enough.

A request that is done, cancelled (by the resident, or rejected as spam) or referred
elsewhere, and whose process finished more than `HELP_REQUEST_RETENTION_DAYS` ago, is
anonymised: the resident's details and every free text about them are blanked, on the request,
on its offers and reports and in its process's and tasks' recorded data; the private link
stops working. What stays is what the network counts: municipality, kind of help, area, the
month it was needed, how it came in and ended, the offers' answers and the hours reported.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from viewflow.workflow.models import Task

from .models import HelpRequest, Offer, Report, new_access_key

CLOSED = (HelpRequest.Stage.DONE, HelpRequest.Stage.CANCELLED, HelpRequest.Stage.REFERRED)

# What a task's `data` may keep: decision codes, pks and hours (see services.record_step and
# the Handle steps). Anything else, and any key added later, is dropped.
KEPT_TASK_DATA = (
    "decision",
    "closing",
    "answer",
    "answered",
    "offer",
    "report",
    "hours",
    "concern",
    "corrected",  # the names of the fields a coordinator corrected, never their values
)


def due(now=None):
    """The requests to anonymise at `now`."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.HELP_REQUEST_RETENTION_DAYS)
    return HelpRequest.objects.filter(
        stage__in=CLOSED, finished__lt=cutoff, anonymised_at__isnull=True
    )


def anonymise(now=None, dry_run=False):
    """Anonymise every request due at `now`, in one transaction; returns how many. Requests
    anonymised before are not touched again."""
    now = now or timezone.now()
    with transaction.atomic():
        requests = list(due(now).select_for_update().order_by("pk"))
        if dry_run:
            return len(requests)
        for help_request in requests:
            _anonymise(help_request, now)
    return len(requests)


def _anonymise(help_request, now):
    for name in HelpRequest.PERSONAL_FIELDS:
        setattr(help_request, name, "")
    help_request.access_key = new_access_key()  # nobody has it: the old link finds nothing
    help_request.token = None
    help_request.needed_on = help_request.needed_on.replace(day=1)
    help_request.next_visit_on = None
    help_request.data = {}
    help_request.anonymised_at = now
    help_request.save()
    Report.objects.filter(help_request=help_request).update(
        notes="", concern="", concern_handled=""
    )
    Offer.objects.filter(help_request=help_request).update(note="")
    for task in Task.objects.filter(process=help_request).exclude(data={}):
        task.data = {key: value for key, value in task.data.items() if key in KEPT_TASK_DATA}
        task.save(update_fields=["data"])
