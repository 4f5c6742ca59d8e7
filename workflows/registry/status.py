"""The doors of a volunteer's status: pause, resume, move to the reserve, end.

A coordinator opens them from the volunteer's page in the knowledge bank; a volunteer pauses
themselves in My volunteering ("taking a break until …") and comes back from a break of their
own (a pause a coordinator made is the coordinator's to end). Each change is stored with who
made it, when, from what to what, why and until when (`StatusChange`), under a lock on the
volunteer and in the transaction that changes the status; a door that no longer opens (the
status changed meanwhile, a double submit) raises `NotPossible` and stores nothing. The
change is announced with `volunteer_status_changed`, so a process lets go of what it holds
open for someone no longer active (an offer waiting for their answer goes back to matching).

Time does two things here, both run daily by `update_volunteer_statuses` (cron, see README):
a pause with a last day ends by itself the day after it (`end_pauses`), and a reason is
forgotten once the status it explains has been over for `VOLUNTEER_STATUS_REASON_DAYS`
(`forget_reasons`).
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import StatusChange, Volunteer
from .signals import volunteer_status_changed

Status = Volunteer.Status
Actor = StatusChange.Actor


class NotPossible(Exception):
    """The door does not open from the volunteer's status as it is now."""


@dataclass(frozen=True)
class Door:
    """A coordinator's way from some statuses to another; the reason is `required`, else
    optional, and a pause asks `until` when."""

    name: str
    to: str
    sources: tuple
    title: str
    button: str
    required: bool = False
    until: bool = False


DOORS = {
    door.name: door
    for door in (
        Door(
            "pause",
            Status.PAUSED,
            (Status.ACTIVE, Status.PAUSED),
            _("Pause"),
            _("Pause…"),
            required=True,
            until=True,
        ),
        Door("resume", Status.ACTIVE, (Status.PAUSED, Status.RESERVE), _("Resume"), _("Resume")),
        Door(
            "reserve",
            Status.RESERVE,
            (Status.ACTIVE, Status.PAUSED),
            _("Move to the reserve"),
            _("Move to the reserve…"),
        ),
        Door(
            "end",
            Status.ENDED,
            (Status.ACTIVE, Status.PAUSED, Status.RESERVE),
            _("End the volunteering"),
            _("End…"),
            required=True,
        ),
    )
}


def doors_open(volunteer):
    """The doors that open from `volunteer`'s status, in the order a page shows them."""
    if volunteer.erased_at:
        return []
    return [door for door in DOORS.values() if volunteer.status in door.sources]


def check_until(day, today=None):
    """The error message for a pause's last day, or None when the day will do."""
    if day is not None and day < (today or timezone.localdate()):
        return _("The day has already passed. Give today or a later day.")
    return None


def open_door(volunteer, door, user, reason="", until=None):
    """`user`, a coordinator, takes `volunteer` through `door` (a `DOORS` value). Returns the
    change. The caller has checked that `user` coordinates the volunteer's municipality."""
    return _change(
        volunteer,
        door.to,
        lambda locked: locked.status in door.sources,
        Actor.COORDINATOR,
        user,
        reason=reason,
        until=until if door.until else None,
    )


# The volunteer's own doors ----------------------------------------------------------------


def current_pause(volunteer):
    """The change that paused `volunteer`, while they are paused; else None."""
    if volunteer.status != Status.PAUSED:
        return None
    latest = volunteer.status_changes.first()
    return latest if latest and latest.to_status == Status.PAUSED else None


def may_come_back(volunteer, pause):
    """Whether `volunteer` may end `pause` (their `current_pause`) themselves: it is theirs."""
    return pause is not None and pause.actor == Actor.VOLUNTEER


def take_break(volunteer, until=None, reason=""):
    """An active `volunteer` pauses themselves, until a day or until further notice."""
    return _change(
        volunteer,
        Status.PAUSED,
        lambda locked: locked.status == Status.ACTIVE,
        Actor.VOLUNTEER,
        volunteer.user,
        reason=reason,
        until=until,
    )


def come_back(volunteer):
    """`volunteer` ends a break they took themselves and is active again."""
    return _change(
        volunteer,
        Status.ACTIVE,
        lambda locked: may_come_back(locked, current_pause(locked)),
        Actor.VOLUNTEER,
        volunteer.user,
    )


# What time does ---------------------------------------------------------------------------


def pauses_over(today=None):
    """The paused volunteers whose pause's last day has passed."""
    today = today or timezone.localdate()
    latest = StatusChange.objects.filter(volunteer=OuterRef("pk")).order_by("-at", "-pk")
    return (
        Volunteer.objects.filter(status=Status.PAUSED, erased_at__isnull=True)
        .annotate(
            paused_to=Subquery(latest.values("to_status")[:1]),
            last_day=Subquery(latest.values("until")[:1]),
        )
        .filter(paused_to=Status.PAUSED, last_day__lt=today)
    )


def end_pauses(today=None):
    """Make active again each volunteer whose pause's last day is before `today`, recorded as
    done automatically. Returns how many; a second run finds nothing left to do."""
    today = today or timezone.localdate()
    ended = 0
    for volunteer in pauses_over(today).order_by("pk"):
        try:
            _change(
                volunteer,
                Status.ACTIVE,
                lambda locked: pauses_over(today).filter(pk=locked.pk).exists(),
                Actor.PORTAL,
                None,
            )
        except NotPossible:  # resumed by someone meanwhile
            continue
        ended += 1
    return ended


def forget_reasons(now=None):
    """Blank the reasons whose status has been over for `VOLUNTEER_STATUS_REASON_DAYS` (a
    later change came before then), and those of volunteerings that ended before then.
    Returns how many were forgotten."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.VOLUNTEER_STATUS_REASON_DAYS)
    later = StatusChange.objects.filter(volunteer=OuterRef("volunteer"), at__lt=cutoff).filter(
        Q(at__gt=OuterRef("at")) | Q(at=OuterRef("at"), pk__gt=OuterRef("pk"))
    )
    over = Exists(later) | Q(to_status=Status.ENDED, at__lt=cutoff)
    return StatusChange.objects.exclude(reason="").filter(over).update(reason="")


def _change(volunteer, to, allowed, actor, user, reason="", until=None):
    with transaction.atomic():
        locked = Volunteer.objects.select_for_update().get(pk=volunteer.pk)
        if locked.erased_at or not allowed(locked):
            raise NotPossible
        change = StatusChange.objects.create(
            volunteer=locked,
            actor=actor,
            changed_by=user,
            from_status=locked.status,
            to_status=to,
            reason=reason.strip(),
            until=until,
        )
        locked.set_status(to)
        locked.save(update_fields=["status", "status_changed_at"])
        volunteer_status_changed.send(sender=Volunteer, volunteer=locked, change=change)
    volunteer.status, volunteer.status_changed_at = locked.status, locked.status_changed_at
    return change
