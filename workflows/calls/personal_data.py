"""What the calls hold of a volunteer who calls (connected in `apps.py`): the calls they made,
when and with what outcome, without the residents, whose data it is not theirs to take; and
the batch they held, given back when they stop being an active caller."""

from workflows.registry.models import Volunteer

from .models import Call
from .services import give_back_all


def export(sender, volunteer, **kwargs):
    calls = Call.objects.filter(caller=volunteer.user).order_by("called_at", "pk")
    return {"calls_made": list(calls.values("campaign__name", "called_at", "outcome"))}


def release(sender, volunteer, **kwargs):
    """A volunteer who is no longer active (paused, in the reserve, ended, erased) gives back
    the calls they held, for the other callers."""
    if volunteer.status != Volunteer.Status.ACTIVE or volunteer.erased_at:
        give_back_all(volunteer.user)
