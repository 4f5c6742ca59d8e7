"""The coordinators' daily reminder: help requests that have waited too long, and concerns.

Offers and questions time out by themselves (viewflow's timers); a request waiting for a
coordinator at triage or matching does not, and a volunteer's concern must not wait unseen.
Once a day `send_reminders` e-mails each municipality's coordinators the requests of theirs
that have waited longer than `HELP_REQUEST_STALLED_AFTER_HOURS` at those steps and every
concern waiting for follow-up, with links to their inbox. A `CoordinatorReminder`
row per municipality and day keeps a second run on the same day from sending it again.

The reminder is in Finnish; a municipality whose home page is also in Swedish gets the same
list in Swedish below it, so one shared mailbox serves both languages.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from viewflow.workflow.models import Task

from workflows.municipality import coordinators_contact
from workflows.notifications import notify
from workflows.registry.models import Coordinator

from .flows import HelpRequestFlow
from .models import CoordinatorReminder
from .services import OPEN_TASK

STALLING_STEPS = ("triage", "match")
CONCERN_STEP = "follow_up"


@dataclass
class Waiting:
    """One municipality's waiting work: tasks stalled at triage or matching, and concerns."""

    site: object
    stalled: list = field(default_factory=list)
    concerns: list = field(default_factory=list)


def waiting(now=None):
    """What waits for each municipality's coordinators at `now`: {site pk: Waiting}."""
    now = now or timezone.now()
    stalled_before = now - datetime.timedelta(hours=settings.HELP_REQUEST_STALLED_AFTER_HOURS)
    flow = HelpRequestFlow
    steps = [getattr(flow, name) for name in (*STALLING_STEPS, CONCERN_STEP)]
    tasks = (
        Task.objects.filter(flow_task__in=steps, status__in=OPEN_TASK)
        .filter(Q(flow_task=flow.follow_up) | Q(created__lt=stalled_before))
        .select_related(
            "process__helprequest__site",
            "process__helprequest__kind_of_help",
            "process__helprequest__area",
        )
        .order_by("created", "pk")
    )
    found = {}
    for task in tasks:
        is_concern = task.flow_task == flow.follow_up
        help_request = task.process.helprequest
        entry = found.setdefault(help_request.site_id, Waiting(site=help_request.site))
        (entry.concerns if is_concern else entry.stalled).append(_row(task, help_request))
    return found


def _row(task, help_request):
    return {
        "number": help_request.pk,
        "kind": help_request.kind_of_help,
        "area": help_request.area,
        "step": task.flow_task.task_title,
        "since": task.created,
        "link": _absolute(help_request.site, reverse("help_inbox:history", args=[help_request.pk])),
    }


def _absolute(site, path):
    return site.root_url.rstrip("/") + path


def coordinators_email(site):
    """Where the reminder goes: the municipality's coordinators' e-mail, or, with none set,
    each coordinator's own."""
    email = coordinators_contact(site)["email"]
    if email:
        return [email]
    users = Coordinator.objects.filter(site=site, user__is_active=True)
    return sorted({email for email in users.values_list("user__email", flat=True) if email})


def other_languages(site):
    """The languages besides the source language that the municipality's public site speaks."""
    translations = site.root_page.get_translations().live().select_related("locale")
    codes = {page.locale.language_code for page in translations}
    return [
        code for code, _ in settings.LANGUAGES if code in codes and code != settings.LANGUAGE_CODE
    ]


def send_reminders(now=None):
    """E-mail each municipality with waiting work its reminder, once a day. Returns how many
    municipalities were reminded."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    sent = 0
    for entry in waiting(now).values():
        recipients = coordinators_email(entry.site)
        if not recipients:
            continue
        with transaction.atomic():
            # The unique row is the once-a-day guard, also against a run at the same moment.
            _, created = CoordinatorReminder.objects.get_or_create(site=entry.site, sent_on=today)
            if not created:
                continue
            notify(recipients, "coordinator_reminder", _context(entry), settings.LANGUAGE_CODE)
        sent += 1
    return sent


def _context(entry):
    return {
        "stalled": entry.stalled,
        "concerns": entry.concerns,
        "hours": settings.HELP_REQUEST_STALLED_AFTER_HOURS,
        "other_languages": other_languages(entry.site),
        "inbox": _absolute(entry.site, reverse("help_inbox:index")),
    }
