"""The demo's volunteers who are paused, in the reserve or have left, with the history of how
they got there: the doors of `workflows.registry.status` taken one by one, as the demo
coordinator (or the volunteer, on a break of their own) took them, then dated back. The steps
and reasons are data (`volunteers.yaml`, `status_history`)."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from demo.data import load
from workflows.registry import status
from workflows.registry.models import StatusChange, Volunteer

# The statuses whose volunteers have a history, in the order `volunteers.yaml` lists them.
HISTORIES = (Volunteer.Status.PAUSED, Volunteer.Status.ENDED, Volunteer.Status.RESERVE)


def build_status_history(site):
    """Returns how many changes of status the demo's volunteers have."""
    coordinator = get_user_model().objects.get(username="coordinator")
    histories = load("volunteers")["status_history"]
    for state in HISTORIES:
        volunteers = list(Volunteer.objects.filter(site=site, status=state).order_by("pk"))
        for volunteer, steps in zip(volunteers, histories[state], strict=True):
            # They were active before their history begins.
            volunteer.set_status(Volunteer.Status.ACTIVE)
            volunteer.save(update_fields=["status", "status_changed_at"])
            for step in steps:
                _take(volunteer, step, coordinator)
    return StatusChange.objects.filter(volunteer__site=site).count()


def _take(volunteer, step, coordinator):
    today = timezone.localdate()
    door, reason = step["door"], step.get("reason", "")
    until = today + datetime.timedelta(days=step["last_day"]) if "last_day" in step else None
    if door == "break":
        change = status.take_break(volunteer, until=until, reason=reason)
    elif door == "over":
        status.end_pauses()
        change = volunteer.status_changes.first()
    else:
        change = status.open_door(
            volunteer, status.DOORS[door], coordinator, reason=reason, until=until
        )
    at = timezone.now() - datetime.timedelta(days=step["days_ago"])
    StatusChange.objects.filter(pk=change.pk).update(at=at)
    Volunteer.objects.filter(pk=volunteer.pk).update(status_changed_at=at)
