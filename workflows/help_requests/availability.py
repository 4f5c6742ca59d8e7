"""A volunteer who stops being active (paused, moved to the reserve, ended) is not left
holding an offer: each offer waiting for their answer is withdrawn, and its request goes back
to matching at once rather than when the offer would have timed out. Tasks they have already
taken on stay theirs; the request's closing step can find another volunteer.

Connected to the registry's `volunteer_status_changed` in `apps.py`.
"""

from django.utils import timezone

from workflows.engine import NotYourTurn, run_handle
from workflows.registry.models import Volunteer

from .models import Offer


def withdraw_offers(sender, volunteer, change, **kwargs):
    if change.to_status == Volunteer.Status.ACTIVE:
        return
    waiting = Offer.objects.filter(volunteer=volunteer, answer="").select_related("help_request")
    for offer in waiting:
        try:
            run_handle(offer.help_request, "offer", _withdraw(offer))
        except NotYourTurn:  # answered in the same instant
            continue


def _withdraw(offer):
    def apply(process):
        current = Offer.objects.select_for_update().get(pk=offer.pk)
        if current.answer:
            raise NotYourTurn
        current.answer, current.answered_at = Offer.Answer.WITHDRAWN, timezone.now()
        current.save(update_fields=["answer", "answered_at"])
        return {"offer": current.pk, "answer": current.answer}

    return apply
