"""A campaign's figures for its page: how far the round has got, by outcome, by day and by
caller. A constant number of queries whatever the list's length: the counting is PostgreSQL's
(or SQLite's) GROUP BY, never Python's."""

from dataclasses import dataclass

from django.db.models import Count, F
from django.db.models.functions import TruncDate

from .models import CallBack, Outcome, Resident


@dataclass
class Progress:
    total: int
    waiting: int
    done: int
    unreached: int
    by_outcome: list  # [(label, count)] in the order of Outcome
    never_called: int

    @property
    def finished(self):
        return self.done + self.unreached

    @property
    def percent(self):
        return round(100 * self.finished / self.total) if self.total else 0


def progress(campaign):
    """Where the list stands (one query)."""
    rows = campaign.residents.values_list("state", "outcome").annotate(n=Count("pk"))
    states, outcomes, never_called = {}, {}, 0
    for state, outcome, count in rows:
        states[state] = states.get(state, 0) + count
        if state == Resident.State.WAITING and not outcome:
            never_called += count
        elif state != Resident.State.WAITING:
            outcomes[outcome] = outcomes.get(outcome, 0) + count
    return Progress(
        total=sum(states.values()),
        waiting=states.get(Resident.State.WAITING, 0),
        done=states.get(Resident.State.DONE, 0),
        unreached=states.get(Resident.State.UNREACHED, 0),
        by_outcome=[(label, outcomes.get(value, 0)) for value, label in Outcome.choices],
        never_called=never_called,
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


def unreached(campaign, limit=200):
    """The residents not reached after every try, to decide about (one query)."""
    return list(
        campaign.residents.filter(state=Resident.State.UNREACHED).select_related("area")[:limit]
    )


def call_backs(campaign, limit=200):
    """The coordinators' call backs of the campaign, open first (one query)."""
    return list(
        CallBack.objects.filter(resident__campaign=campaign)
        .select_related("resident")
        .order_by(F("finished").asc(nulls_first=True), "-created")[:limit]
    )
