"""What the thank-yous hold of a volunteer: given to them when they download their data,
forgotten when they are erased (connected in `apps.py`)."""

from workflows.engine import forget
from workflows.registry.export import processes

from .models import Thanks

FIELDS = ("reason", "amount", "campaign", "decision", "message", "delivery", "sent_at")


def export(sender, volunteer, **kwargs):
    return {"thanks": processes(Thanks.objects.filter(volunteer=volunteer), FIELDS)}


def erase(sender, volunteer, **kwargs):
    """An erased volunteer's thank-yous end and forget their messages."""
    forget(Thanks.objects.filter(volunteer=volunteer), ("message",))
