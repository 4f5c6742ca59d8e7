"""What the calls do, apart from the forms that ask for it: opening a campaign, filling its
list, recording a call's outcome, a coordinator's call back, closing.

    opened ─> the list is imported (or typed in) ─> callers take batches and call ─> closed
    each resident: no answer ─> tried again on another day, at most CALL_NO_ANSWER_TRIES times
                   call again ─> back in the pool at the agreed time
                   well / wrong number ─> done
                   does not want calls ─> done, and on the municipality's do-not-call list
                   needs help ─> done, and a help request starts (flows.call_made)
                   worried ─> done, and a coordinator calls back (flows.call_made)
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from workflows.engine import take_step

from .models import Call, DoNotCall, Outcome, Resident
from .pool import release

CAMPAIGN_FIELDS = (
    "name",
    "name_sv",
    "script",
    "script_sv",
    "starts_on",
    "ends_on",
    "kind_of_help",
    "legal_basis",
    "list_source",
    "list_kept_until",
)

# The outcomes after which a resident is not called again in this campaign.
FINAL = (
    Outcome.WELL,
    Outcome.NEEDS_HELP,
    Outcome.WORRIED,
    Outcome.DOES_NOT_WANT,
    Outcome.WRONG_NUMBER,
)


class NotYours(Exception):
    """This try of the call was recorded already (a second submit, another tab)."""


class HeldByAnother(Exception):
    """While the card was open, the resident went back to the pool and to another caller."""


def begin(process, site, user, data):
    for name in CAMPAIGN_FIELDS:
        # The form gives the kind of help as its pk.
        setattr(process, f"{name}_id" if name == "kind_of_help" else name, data[name])
    process.site, process.opened_by = site, user
    process.save()
    return process


def close(process):
    """The campaign ends: nobody is given its residents any more."""
    now = timezone.now()
    process.closed_at = now
    process.save(update_fields=["closed_at"])
    process.residents.filter(held_by__isnull=False).update(held_by=None, held_until=None)
    return {"closed": now.isoformat()}


def import_rows(campaign, rows):
    """Add the previewed `rows` ([name, phone, language, area pk]) to `campaign`'s list, all or
    nothing; a phone already on the list (added since the preview) is left out. Returns how
    many were added."""
    residents = [
        Resident(campaign=campaign, name=name, phone=phone, language=language, area_id=area)
        for name, phone, language, area in rows
    ]
    with transaction.atomic():
        before = campaign.residents.count()
        Resident.objects.bulk_create(residents, batch_size=1000, ignore_conflicts=True)
        return campaign.residents.count() - before


def add_resident(campaign, data):
    """One resident typed in by a coordinator; None when the phone is on the list already."""
    try:
        with transaction.atomic():
            return Resident.objects.create(campaign=campaign, **data)
    except IntegrityError:
        return None


def on_do_not_call_list(site_id, phone):
    return DoNotCall.objects.filter(site_id=site_id, phone=phone).exists()


def record(resident, user, attempt, data, now=None):
    """Record the outcome of `user`'s call to `resident` (their try number `attempt`) and move
    the resident on; returns the call. Raises NotYours when that try was recorded already or
    the resident is not in `user`'s batch. The caller holds the transaction."""
    now = now or timezone.now()
    resident = Resident.objects.select_for_update().get(pk=resident.pk)
    if resident.tries != attempt - 1:
        raise NotYours
    if resident.held_by_id != user.pk:
        raise HeldByAnother
    outcome = data["outcome"]
    call = Call.objects.create(
        campaign_id=resident.campaign_id,
        resident=resident,
        caller=user,
        attempt=attempt,
        outcome=outcome,
        called_at=now,
        call_again_at=data.get("call_again_at") if outcome == Outcome.CALL_AGAIN else None,
        note=data.get("note", ""),
    )
    resident.tries, resident.outcome = attempt, outcome
    release(resident)
    if outcome in FINAL:
        resident.state, resident.call_after = Resident.State.DONE, None
    elif outcome == Outcome.CALL_AGAIN:
        resident.call_after = call.call_again_at
    elif attempt >= settings.CALL_NO_ANSWER_TRIES:
        resident.state = Resident.State.UNREACHED
    else:
        # The next try on another day and at another time of day.
        resident.call_after = now + datetime.timedelta(hours=settings.CALL_RETRY_AFTER_HOURS)
    if outcome == Outcome.NEEDS_HELP and data.get("area") and resident.area_id is None:
        resident.area_id = data["area"]
    resident.save()
    if outcome == Outcome.DOES_NOT_WANT and resident.phone:
        site_id = resident.campaign.site_id
        DoNotCall.objects.get_or_create(site_id=site_id, phone=resident.phone)
        # The same wish holds in the municipality's other campaigns: nobody waits for a call
        # there that will never come.
        Resident.objects.filter(
            campaign__site_id=site_id, phone=resident.phone, state=Resident.State.WAITING
        ).update(state=Resident.State.DONE, outcome=Outcome.DOES_NOT_WANT, held_by=None)
    return call


def need_data(resident, data):
    """The help request a need found on a call asks for, as the intake forms give it: the
    resident asks for themselves, by phone, in their language."""
    return {
        "for_whom": "self",
        "requester_name": resident.name,
        "person_consents": True,
        "kind_of_help": data["kind_of_help"],
        "area": data.get("area") or resident.area_id,
        "address": data.get("address", ""),
        "needed_on": data["needed_on"],
        "time_of_day": data["time_of_day"],
        "description": data["description"],
        "preferred_language": resident.language,
        "phone": resident.phone.as_e164 if resident.phone else "",
        "email": "",
    }


def link_need(resident, help_request):
    Resident.objects.filter(pk=resident.pk).update(help_request=help_request)


def give_back(campaign, user):
    """`user`'s uncalled batch returns to the pool at once."""
    return campaign.residents.filter(held_by=user, state=Resident.State.WAITING).update(
        held_by=None, held_until=None
    )


def give_back_all(user):
    """Every batch `user` holds returns to the pool (they are no longer an active caller)."""
    return Resident.objects.filter(held_by=user, state=Resident.State.WAITING).update(
        held_by=None, held_until=None
    )


# A coordinator's call back ----------------------------------------------------------------


def begin_call_back(process, call):
    process.call, process.resident = call, call.resident
    process.save()
    return process


def record_step(step, process, data, user=None):
    process.decision = data["decision"]
    process.notes = data.get("notes", "")
    process.save(update_fields=["decision", "notes"])
    return {"decision": process.decision}


def call_back(process, user, **data):
    """`user` takes the call back step as its page would; for scripts and the demo. Returns
    False when it does not wait for `user`."""
    return take_step(
        process, "call_back", user, lambda current: record_step("call_back", current, data)
    )
