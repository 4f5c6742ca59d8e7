"""Which volunteers have reached a milestone worth a thank-you, and which one.

A milestone is a first task done, 10, 50, 100 or 250 hours of reported help, or each full
year since signing up. A volunteer who has passed several since the last check (say, the
feature is new and they already have 120 hours) is thanked once, for the highest: a lower
milestone reached after a higher one was thanked is never started. Paused volunteers and
those in the reserve are still thanked; applicants, those who have left and the erased are
not.

Every count comes from a few grouped queries, however many volunteers there are.
"""

from dataclasses import dataclass

from django.db.models import Sum
from django.utils import timezone

from workflows.help_requests.models import Report
from workflows.registry.models import Volunteer

from .models import Thanks

HOUR_THRESHOLDS = (10, 50, 100, 250)
FIRST_TASK_OUTCOMES = (Report.Outcome.DONE, Report.Outcome.PARTLY)


@dataclass(frozen=True)
class Milestone:
    reason: str
    amount: int | None = None

    @property
    def key(self):
        return self.reason if self.amount is None else f"{self.reason}:{self.amount}"


def full_years(since, today):
    years = today.year - since.year
    return years - ((today.month, today.day) < (since.month, since.day))


def thankable(site=None):
    volunteers = Volunteer.objects.filter(status__in=Volunteer.IN_NETWORK, erased_at__isnull=True)
    return volunteers.filter(site=site) if site is not None else volunteers


def due(site=None, today=None):
    """[(volunteer pk, Milestone)] of every milestone due now and not thanked yet."""
    today = today or timezone.localdate()
    volunteers = dict(thankable(site).values_list("pk", "created_at"))
    reports = Report.objects.filter(volunteer_id__in=volunteers)
    hours = dict(
        reports.values("volunteer_id")
        .annotate(total=Sum("hours"))
        .values_list("volunteer_id", "total")
    )
    first_task_done = set(
        reports.filter(outcome__in=FIRST_TASK_OUTCOMES).values_list("volunteer_id", flat=True)
    )
    thanked = {}
    for volunteer_id, reason, amount in (
        Thanks.objects.filter(volunteer_id__in=volunteers)
        .exclude(milestone_key="")
        .values_list("volunteer_id", "reason", "amount")
    ):
        thanked.setdefault((volunteer_id, reason), set()).add(amount)

    found = []
    for pk, signed_up in volunteers.items():
        if pk in first_task_done and (pk, Thanks.Reason.FIRST_TASK) not in thanked:
            found.append((pk, Milestone(Thanks.Reason.FIRST_TASK)))
        reached = [t for t in HOUR_THRESHOLDS if hours.get(pk, 0) >= t]
        if reached and _above_all(reached[-1], thanked.get((pk, Thanks.Reason.HOURS))):
            found.append((pk, Milestone(Thanks.Reason.HOURS, reached[-1])))
        years = full_years(timezone.localdate(signed_up), today)
        if years >= 1 and _above_all(years, thanked.get((pk, Thanks.Reason.YEARS))):
            found.append((pk, Milestone(Thanks.Reason.YEARS, years)))
    return found


def _above_all(amount, thanked_amounts):
    return not thanked_amounts or amount > max(thanked_amounts)
