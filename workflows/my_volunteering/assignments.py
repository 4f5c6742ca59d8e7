"""Help requests offered to a volunteer or taken on by them, as My volunteering shows them.

Every query here starts from the volunteer: a request is theirs to see only when it was
offered to them or they took it on. What they see of it depends on where it stands
(`Situation`): before they accept, only what they need to decide (kind, area, day, language,
what is needed, the coordinator's note); the person's name, address and phone only while the
task is theirs and under way; never the coordinators' notes or anyone else's requests.

The home page's lists take a fixed number of queries however many requests there are: the
names of kinds of help and areas come from one look-up per vocabulary, not one per request.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Q, Sum
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from workflows.engine import waiting_task
from workflows.help_requests.models import HelpRequest, Offer
from workflows.help_requests.services import when
from workflows.registry.models import Area, KindOfHelp, term_names

# How many finished tasks the home page lists.
RECENT_FINISHED = 5

OFFERED = "offered"  # an offer to them waits for their answer
UNDER_WAY = "under_way"  # theirs, and the visit is to be reported
REPORTED = "reported"  # theirs, reported; a coordinator follows up or closes it
FINISHED = "finished"  # theirs, and done or cancelled
NOT_TAKEN = "not_taken"  # offered to them, but they declined or the offer lapsed

TITLES = {
    OFFERED: _("Could you take this task on?"),
    UNDER_WAY: _("You have taken this task on"),
    REPORTED: _("Your report has reached the coordinator"),
    FINISHED: _("This task is over"),
    NOT_TAKEN: _("This offer is no longer open"),
}

# Why an offer is no longer open, as the volunteer is told.
ENDINGS = {
    Offer.Answer.DECLINED: _("You declined this offer. Thank you for answering."),
    Offer.Answer.EXPIRED: _(
        "The time to answer ran out, so the task will be offered to another volunteer."
    ),
    Offer.Answer.WITHDRAWN: _("The resident cancelled the request."),
}


def visible_to(volunteer):
    """The requests `volunteer` may open: offered to them, or taken on by them."""
    offered = Offer.objects.filter(help_request=OuterRef("pk"), volunteer=volunteer)
    return HelpRequest.objects.filter(Q(volunteer=volunteer) | Exists(offered))


def request_for(volunteer, pk):
    """Request `pk` if `volunteer` may see it, else 404: nobody learns it exists."""
    requests = visible_to(volunteer).select_related("kind_of_help", "area")
    return get_object_or_404(requests, pk=pk)


def answer_by(offer):
    """When the offer lapses if it is not answered (the flow's timer fires then)."""
    return offer.offered_at + timedelta(hours=settings.HELP_OFFER_ANSWER_HOURS)


@dataclass(frozen=True)
class Situation:
    state: str
    offer: Offer | None  # their latest offer on the request, if any

    @property
    def title(self):
        return TITLES[self.state]

    @property
    def is_open_offer(self):
        return self.state == OFFERED

    @property
    def shows_request(self):
        """What help is needed and the coordinator's note: while it is offered or theirs."""
        return self.state in (OFFERED, UNDER_WAY, REPORTED)

    @property
    def shows_contact(self):
        """The person's name, address and phone: only while the task is theirs and open."""
        return self.state in (UNDER_WAY, REPORTED)

    @property
    def ending(self):
        return ENDINGS.get(self.offer.answer, "") if self.state == NOT_TAKEN else ""

    @property
    def answer_by(self):
        return answer_by(self.offer) if self.is_open_offer else None


def situation(help_request, volunteer):
    """Where `help_request` stands for `volunteer` (who may see it: see `request_for`)."""
    offer = help_request.offers.filter(volunteer=volunteer).order_by("-offered_at", "-pk").first()
    if help_request.volunteer_id != volunteer.pk:
        state = OFFERED if offer and not offer.answer and help_request.is_open else NOT_TAKEN
    elif not help_request.is_open:
        state = FINISHED
    elif waiting_task(help_request, "help_given"):
        state = UNDER_WAY
    else:
        state = REPORTED
    return Situation(state, offer)


def own_reports(help_request, volunteer):
    return help_request.reports.filter(volunteer=volunteer).order_by("done_on", "pk")


# The home page ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One line of the home page's lists: a request in the words of the active language."""

    help_request: HelpRequest
    kind: str
    area: str
    when: str
    answer_by: object = None  # for an offer: when it lapses
    hours: object = None  # for a finished task: the hours the volunteer reported


def overview(volunteer):
    """The home page's lists: offers waiting for an answer, tasks under way, recent finished."""
    offers = list(
        Offer.objects.filter(volunteer=volunteer, answer="")
        .select_related("help_request")
        .order_by("offered_at", "pk")
    )
    under_way = list(
        HelpRequest.objects.filter(
            volunteer=volunteer, stage=HelpRequest.Stage.VOLUNTEER_FOUND
        ).order_by("needed_on", "pk")
    )
    finished = list(
        HelpRequest.objects.filter(
            volunteer=volunteer, stage__in=[HelpRequest.Stage.DONE, HelpRequest.Stage.CANCELLED]
        )
        .annotate(own_hours=Sum("reports__hours", filter=Q(reports__volunteer=volunteer)))
        .order_by(F("finished").desc(nulls_last=True), "-pk")[:RECENT_FINISHED]
    )
    if not (offers or under_way or finished):
        return {"offers_waiting": [], "tasks_under_way": [], "tasks_finished": []}
    kinds, areas, language = term_names(KindOfHelp), term_names(Area), get_language()

    def entry(help_request, **extra):
        return Entry(
            help_request,
            kinds.get(help_request.kind_of_help_id, ""),
            areas.get(help_request.area_id, ""),
            when(help_request, language),
            **extra,
        )

    return {
        "offers_waiting": [entry(o.help_request, answer_by=answer_by(o)) for o in offers],
        "tasks_under_way": [entry(r) for r in under_way],
        "tasks_finished": [entry(r, hours=r.own_hours) for r in finished],
    }
