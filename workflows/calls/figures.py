"""A campaign's figures for its page: how far the round has got, by outcome, by day and by
caller. A constant number of queries whatever the list's length: the counting is PostgreSQL's
(or SQLite's) GROUP BY, never Python's."""

from dataclasses import dataclass

from django.db.models import Count, F
from django.db.models.functions import TruncDate

from .models import CallBack, Outcome, Resident
from .services import FINAL


@dataclass
class Progress:
    total: int
    done: int
    unreached: int
    by_outcome: list  # [(label, count)] of the called, by their final outcome
    never_called: int
    call_again: int  # waiting for an agreed time
    try_again: int  # not answered yet, to be tried again

    @property
    def waiting(self):
        return self.never_called + self.call_again + self.try_again

    @property
    def finished(self):
        return self.done + self.unreached

    @property
    def percent(self):
        # Rounded down: 100 % only when nobody waits any more.
        return 100 * self.finished // self.total if self.total else 0


def progress(campaign):
    """Where the list stands (one query)."""
    rows = campaign.residents.values_list("state", "outcome").annotate(n=Count("pk"))
    counts = {(state, outcome): n for state, outcome, n in rows}

    def count(state, *outcomes):
        return sum(
            n for (s, o), n in counts.items() if s == state and (not outcomes or o in outcomes)
        )

    waiting = Resident.State.WAITING
    return Progress(
        total=sum(counts.values()),
        done=count(Resident.State.DONE),
        unreached=count(Resident.State.UNREACHED),
        by_outcome=[
            (label, counts.get((Resident.State.DONE, value), 0))
            for value, label in Outcome.choices
            if value in FINAL
        ],
        never_called=count(waiting, ""),
        call_again=count(waiting, Outcome.CALL_AGAIN),
        try_again=count(waiting, Outcome.NO_ANSWER),
    )


def calls_per_day(campaign):
    """[(day, calls made)] oldest first (one query)."""
    return list(
        campaign.calls.annotate(day=TruncDate("called_at"))
        .values_list("day")
        .annotate(n=Count("pk"))
        .order_by("day")
    )


def callers(campaign):
    """[(caller's name, calls made)], the most first (one query)."""
    rows = (
        campaign.calls.values_list("caller__first_name", "caller__last_name", "caller__username")
        .annotate(n=Count("pk"))
        .order_by("-n", "caller__last_name")
    )
    return [(f"{first} {last}".strip() or username or "–", n) for first, last, username, n in rows]


def needs_found(campaign, limit=200):
    """The residents whose call found a need, with their help request (one query)."""
    return list(
        campaign.residents.filter(help_request__isnull=False)
        .select_related("help_request")
        .order_by("-pk")[:limit]
    )


def unreached(campaign, area_names, limit=200):
    """[(resident, their area's name)] of those not reached after every try, to decide about
    (one query; `area_names` maps an area's pk to its name in the reader's language)."""
    residents = campaign.residents.filter(state=Resident.State.UNREACHED)[:limit]
    return [(resident, area_names.get(resident.area_id, "")) for resident in residents]


def call_backs(campaign, limit=200):
    """The coordinators' call backs of the campaign, open first (one query)."""
    return list(
        CallBack.objects.filter(resident__campaign=campaign)
        .select_related("resident")
        .order_by(F("finished").asc(nulls_first=True), "-created")[:limit]
    )
