"""What the onboarding holds of a volunteer: given to them when they download their data,
forgotten when they are erased (connected in `apps.py`)."""

from workflows.engine import forget
from workflows.registry.export import processes

from .models import Onboarding

# The words people wrote about the applicant, blanked on erasure; the rest is decisions.
WORDS = ("question", "answer", "decline_reason", "meeting_place", "meeting_notes")
FIELDS = ("decision", "meeting_at", "meeting_outcome", "agreement_version", *WORDS)


def export(sender, volunteer, **kwargs):
    return {"onboarding": processes(Onboarding.objects.filter(volunteer=volunteer), FIELDS)}


def erase(sender, volunteer, **kwargs):
    """An erased volunteer's onboardings end and forget the words written in them."""
    forget(Onboarding.objects.filter(volunteer=volunteer), WORDS)
