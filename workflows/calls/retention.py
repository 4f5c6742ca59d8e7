"""Retention: a call list's personal data goes on the date its campaign set.

On `list_kept_until` the residents' names and phone numbers, the callers' notes and the call
backs' notes are blanked, for good, in one transaction; the campaign closes if it was open.
What stays is what the network counts: each resident's outcome, tries, area and language, each
call's outcome and day, and who called (the callers' own record). A campaign still open is
closed first (`purge_call_lists` does it through the flow). The municipality's
do-not-call list is not a campaign's: it stays while the wish stands.
"""

from django.db import transaction
from django.utils import timezone

from workflows.engine import forget

from .models import Call, CallBack, CallCampaign, Resident


def due(today=None):
    today = today or timezone.localdate()
    return CallCampaign.objects.filter(list_kept_until__lt=today, purged_at__isnull=True)


def purge(today=None, dry_run=False):
    """Purge every list due `today`; returns how many campaigns."""
    campaigns = list(due(today).order_by("pk"))
    if dry_run:
        return len(campaigns)
    for campaign in campaigns:
        with transaction.atomic():
            _purge(campaign)
    return len(campaigns)


def _purge(campaign):
    now = timezone.now()
    residents = Resident.objects.filter(campaign=campaign)
    residents.update(**dict.fromkeys(Resident.PERSONAL_FIELDS, ""), held_by=None, held_until=None)
    Call.objects.filter(campaign=campaign).update(**dict.fromkeys(Call.PERSONAL_FIELDS, ""))
    # A call back still waiting ends: there is nobody left to call.
    forget(CallBack.objects.filter(resident__campaign=campaign), CallBack.PERSONAL_FIELDS)
    CallCampaign.objects.filter(pk=campaign.pk).update(purged_at=now)
