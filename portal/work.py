"""What waits for a coordinator: each process's open coordinator steps in their
municipalities, how many of them are stalled, and the rolls still to mark.

The staff door (`portal.door`) and the coordinators' panel on Wagtail's dashboard
(`portal.wagtail_hooks`) show it, stalled work first. Three queries (the user's
municipalities, the open steps, the rolls), whatever the history.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from viewflow.workflow.models import Task
from viewflow.workflow.status import STATUS

from workflows.certificates.flows import CertificateRequestFlow
from workflows.help_requests.flows import HelpRequestFlow
from workflows.help_requests.inbox import queues
from workflows.onboarding.flows import OnboardingFlow
from workflows.registry.bank.stalled import stalled_since as onboarding_stalled_since
from workflows.registry.permissions import coordinated_site_ids, site_permission
from workflows.thanks.flows import ThanksFlow
from workflows.training.models import Enrolment, Session
from workflows.training.roll.views import PAST_DAYS


@dataclass(frozen=True)
class Work:
    """One kind of work: how many wait, how many of those too long, and where to do it."""

    title: Promise
    url: str
    waiting: int
    stalled: int = 0


@dataclass(frozen=True)
class Process:
    flow_class: type
    title: Promise
    url_name: str


# Where a coordinator's work opens: the help-request inbox, first in the workplace.
WORKPLACE_URL = reverse_lazy("help_inbox:index")

# The processes whose steps wait for a coordinator, in the order a coordinator works them.
PROCESSES = (
    Process(HelpRequestFlow, _("Help requests"), "help_inbox:index"),
    Process(OnboardingFlow, _("Onboarding steps"), "bank:stalled"),
    Process(ThanksFlow, _("Thank-yous to send"), "thanks:queue"),
    Process(CertificateRequestFlow, _("Certificates to approve"), "certificaterequest:queue"),
)


def _stalled():
    """The open steps that have waited too long, by each list's own rule: a help request at
    triage or matching (the inbox's), an onboarding step (the bank's stalled list)."""
    return queues.stalled() | Q(
        process__flow_class=OnboardingFlow, created__lt=onboarding_stalled_since()
    )


def rolls_to_mark(user):
    """How many sessions of `user`'s municipalities have begun, in the last PAST_DAYS days,
    and still have someone on the roll without a mark."""
    now = timezone.now()
    return (
        Session.objects.filter(
            site_id__in=coordinated_site_ids(user),
            cancelled=False,
            starts_at__lte=now,
            starts_at__gte=now - datetime.timedelta(days=PAST_DAYS),
            enrolments__state=Enrolment.State.CONFIRMED,
        )
        .distinct()
        .count()
    )


def waiting_work(user):
    """The work waiting in the municipalities `user` coordinates, stalled work first; empty
    for someone who coordinates none."""
    sites = coordinated_site_ids(user)
    if not sites:
        return []
    # A coordinator's step is one the flows give to a municipality's coordinators
    # (`scoping.coordinators`): its owner permission names the municipality.
    counts = {
        row["process__flow_class"]: row
        for row in Task.objects.filter(
            owner_permission__in=[site_permission(pk) for pk in sites],
            status__in=[STATUS.NEW, STATUS.ASSIGNED],
        )
        .values("process__flow_class")
        .annotate(waiting=Count("pk"), stalled=Count("pk", filter=_stalled()))
        .order_by()
    }
    work = [
        Work(
            process.title,
            reverse(process.url_name),
            counts.get(process.flow_class, {}).get("waiting", 0),
            counts.get(process.flow_class, {}).get("stalled", 0),
        )
        for process in PROCESSES
    ]
    work.append(Work(_("Rolls to mark"), reverse("trainings:index"), rolls_to_mark(user)))
    return sorted(work, key=lambda item: not item.stalled)
