"""What the calls hold of a volunteer who calls (connected in `apps.py`): the calls they made,
when and with what outcome, without the residents, whose data it is not theirs to take."""

from .models import Call


def export(sender, volunteer, **kwargs):
    calls = Call.objects.filter(caller=volunteer.user).order_by("called_at", "pk")
    return {"calls_made": list(calls.values("campaign__name", "called_at", "outcome"))}
