"""What waits in the help-request inbox: one queue per waiting step, and the inbox's filters.

A request waits at exactly one step at a time, so each waiting request is one open task: the
inbox lists tasks, not requests. Only the requests of the municipalities the coordinator
coordinates are listed. A request that has waited at triage or matching longer than
`HELP_REQUEST_STALLED_AFTER_HOURS` is stalled, as in the coordinators' daily reminder
(`reminders.STALLING_STEPS`): marked, and listed first.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db.models import BooleanField, Case, Count, Prefetch, Q, Value, When
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from viewflow.workflow.models import Task

from workflows.registry.permissions import coordinated_site_ids
from workflows.steps import WAITING

from ..flows import HelpRequestFlow, answer_time, offer_time
from ..models import Offer
from ..reminders import STALLING_STEPS

# The steps a coordinator takes; those of the volunteer and the resident have deadlines.
COORDINATOR_STEPS = ("triage", "match", "follow_up", "close")
AGES = (1, 3, 7)  # the age filter's choices, in days


@dataclass(frozen=True)
class Queue:
    slug: str
    title: Promise
    step: str
    # The volunteer's and the resident's steps time out: the flow's timer's delay.
    timeout: Callable | None = None

    @property
    def node(self):
        return getattr(HelpRequestFlow, self.step)

    def deadline(self, task):
        """When the waiting `task` times out, or None if it does not."""
        return task.created + self.timeout(None) if self.timeout else None


QUEUES = (
    Queue("triage", _("To triage"), "triage"),
    Queue("matching", _("To match with a volunteer"), "match"),
    Queue("offers", _("Offers waiting for an answer"), "offer", timeout=offer_time),
    Queue("resident", _("Waiting for the resident's answer"), "resident_answers", answer_time),
    Queue("concerns", _("Concerns to follow up"), "follow_up"),
    Queue("under_way", _("Volunteer found, help under way"), "help_given"),
    Queue("closing", _("To close"), "close"),
)
BY_SLUG = {queue.slug: queue for queue in QUEUES}
BY_STEP = {queue.step: queue for queue in QUEUES}


def stalled_since():
    return timezone.now() - datetime.timedelta(hours=settings.HELP_REQUEST_STALLED_AFTER_HOURS)


def stalled():
    """Which waiting tasks are stalled: at triage or matching for longer than the setting."""
    stalling = [getattr(HelpRequestFlow, step) for step in STALLING_STEPS]
    return Q(flow_task__in=stalling, created__lt=stalled_since())


def waiting_tasks(user):
    """The waiting steps of the help requests of `user`'s municipalities, stalled ones first,
    then the longest waiting; each with its request, who holds it and any open offer."""
    open_offers = Offer.objects.filter(answer="").select_related("volunteer__user")
    return (
        Task.objects.filter(
            flow_task__in=[queue.node for queue in QUEUES],
            status__in=WAITING,
            process__helprequest__site_id__in=coordinated_site_ids(user),
        )
        .annotate(
            stalled=Case(
                When(stalled(), then=Value(True)), default=False, output_field=BooleanField()
            )
        )
        .select_related("owner", "process__helprequest__volunteer__user")
        .prefetch_related(
            Prefetch("process__helprequest__offers", open_offers, to_attr="open_offers")
        )
        .order_by("-stalled", "created", "pk")
    )


def filtered(tasks, kind=None, area=None, age=None):
    """`tasks` of requests of that kind of help, in that area, older than `age` days."""
    if kind:
        tasks = tasks.filter(process__helprequest__kind_of_help_id=kind)
    if area:
        tasks = tasks.filter(process__helprequest__area_id=area)
    if age:
        tasks = tasks.filter(process__created__lt=timezone.now() - datetime.timedelta(days=age))
    return tasks


def counts(tasks):
    """{queue slug: how many of `tasks` wait there} and the stalled ones: one query."""
    return tasks.order_by().aggregate(
        all=Count("pk"),
        stalled_count=Count("pk", filter=Q(stalled=True)),
        **{queue.slug: Count("pk", filter=Q(flow_task=queue.node)) for queue in QUEUES},
    )
