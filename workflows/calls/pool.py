"""Who calls whom: a caller's batch of residents from a campaign's pool.

A caller asks for their next calls and gets up to `CALL_BATCH_SIZE` residents, held for them
for `CALL_BATCH_HOLD_MINUTES`; what they have not called by then returns to the pool. The pool
gives first the residents who speak a language the caller speaks, then those of the caller's
areas, then those tried least, oldest on the list first. A resident whose agreed time or next
try has not come yet is not in it, nor is one whose number went on the do-not-call list.

Two callers never get the same resident: on PostgreSQL the candidates are locked as they are
read and others skip them (`FOR UPDATE SKIP LOCKED`), and the hold is written only on rows
still free (so SQLite, which has no row locks but writes one at a time, holds it too).
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.utils import timezone

from workflows.registry.models import Volunteer
from workflows.registry.permissions import coordinated_site_ids, is_coordinator

from .models import CallCampaign, DoNotCall, Resident


def may_call(user, campaign):
    """Whether `user` is one of `campaign`'s callers: a coordinator of its municipality, or an
    active volunteer there who offers the campaign's kind of help."""
    if not campaign.is_calling or not user.is_authenticated:
        return False
    if is_coordinator(user, campaign.site_id):
        return True
    return Volunteer.objects.filter(
        user=user,
        site_id=campaign.site_id,
        status=Volunteer.Status.ACTIVE,
        erased_at__isnull=True,
        kinds_of_help=campaign.kind_of_help_id,
    ).exists()


def campaigns_for(user):
    """The open campaigns `user` may call for, newest first (one query, or two for a
    coordinator)."""
    volunteer_campaigns = Q(
        site__volunteers__user=user,
        site__volunteers__status=Volunteer.Status.ACTIVE,
        site__volunteers__erased_at__isnull=True,
        site__volunteers__kinds_of_help=F("kind_of_help"),
    )
    from_roles = Q(site_id__in=coordinated_site_ids(user))
    today = timezone.localdate()
    return (
        CallCampaign.objects.filter(
            closed_at__isnull=True, starts_on__lte=today, ends_on__gte=today
        )
        .filter(volunteer_campaigns | from_roles)
        .distinct()
        .order_by("-created", "-pk")
    )


def free(now):
    """Residents nobody holds now."""
    return Q(held_by__isnull=True) | Q(held_until__lte=now)


def callable_now(campaign, now):
    barred = DoNotCall.objects.filter(site_id=campaign.site_id).values("phone")
    return (
        Resident.objects.filter(campaign=campaign, state=Resident.State.WAITING)
        .filter(Q(call_after__isnull=True) | Q(call_after__lte=now))
        .exclude(phone__in=barred)
    )


def held(campaign, user, now=None):
    """The residents of `campaign` in `user`'s batch now, in the order they were given."""
    now = now or timezone.now()
    return (
        Resident.objects.filter(
            campaign=campaign, held_by=user, held_until__gt=now, state=Resident.State.WAITING
        )
        .select_related("area")
        .order_by("call_after", "pk")
    )


def next_calls(campaign, user, languages=(), area_ids=(), now=None):
    """`user`'s batch: the residents they hold, topped up from the pool to the batch size.
    Constant queries, whatever the list's length."""
    now = now or timezone.now()
    until = now + datetime.timedelta(minutes=settings.CALL_BATCH_HOLD_MINUTES)
    with transaction.atomic():
        mine = list(held(campaign, user, now).values_list("pk", flat=True))
        wanted = settings.CALL_BATCH_SIZE - len(mine)
        if wanted > 0:
            order = [*_first(language__in=languages), *_first(area_id__in=area_ids), "tries", "pk"]
            candidates = (
                callable_now(campaign, now)
                .filter(free(now))
                .order_by(*order)
                .select_for_update(skip_locked=True, of=("self",))
                .values_list("pk", flat=True)[:wanted]
            )
            given = Resident.objects.filter(pk__in=list(candidates), state=Resident.State.WAITING)
            given.filter(free(now)).update(held_by=user, held_until=until)
            # Whatever this batch was given, and what the caller held, for the same time.
            Resident.objects.filter(pk__in=mine).update(held_until=until)
    return held(campaign, user, now)


def _first(**lookup):
    """An ordering that puts the rows matching `lookup` first; none for an empty list (a
    constant in ORDER BY would be read as a column's position)."""
    if not next(iter(lookup.values())):
        return []
    match = When(**lookup, then=Value(0))
    return [Case(match, default=Value(1), output_field=IntegerField()).asc()]


def keep_holding(resident, user, now=None):
    """`user` has opened `resident`'s card: their hold runs for the full time from now, so a
    call under way does not go to another caller."""
    now = now or timezone.now()
    until = now + datetime.timedelta(minutes=settings.CALL_BATCH_HOLD_MINUTES)
    Resident.objects.filter(pk=resident.pk, held_by=user).update(held_until=until)


def release(resident):
    """`resident` leaves the batch they were in (called, or given back)."""
    resident.held_by, resident.held_until = None, None


def caller_languages(user):
    """The languages `user` speaks, as a volunteer says; a coordinator calls anyone."""
    volunteer = Volunteer.objects.filter(user=user).first()
    if volunteer is None:
        return (), ()
    languages = [
        code
        for code, speaks in (
            ("fi", volunteer.speaks_finnish),
            ("sv", volunteer.speaks_swedish),
            ("en", volunteer.speaks_english),
        )
        if speaks
    ]
    return languages, list(volunteer.areas.values_list("pk", flat=True))
