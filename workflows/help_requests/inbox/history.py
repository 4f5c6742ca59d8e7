"""A help request's file as its history page tells it: each step, who took it and when, and
what was decided there, with the request's offers and reports.

Each task's `data` keeps what was decided at that step (`services.record_step` and the
volunteer's and the resident's steps store it); here it is put into words. Gateways are
left out, and so are timers that never fired: they decided nothing.
"""

from decimal import Decimal

from django.utils import formats
from django.utils.dateparse import parse_date
from django.utils.translation import gettext_lazy as _

from viewflow.workflow.status import STATUS

from ..models import HelpRequest, Offer
from .queues import BY_STEP, WAITING

HIDDEN_TYPES = ("EXCLUSIVE_GATEWAY", "SWITCH", "PARALLEL_GATEWAY")
# Who takes the steps that no coordinator owns.
ACTORS = {
    "start_web": _("the resident, on the web"),
    "resident_answers": _("the resident"),
    "offer": _("the volunteer"),
    "help_given": _("the volunteer"),
}
AUTOMATIC = _("automatically")


def case_file(help_request):
    """The offers and reports of `help_request` with their volunteers: two queries."""
    offers = help_request.offers.select_related("volunteer__user", "offered_by")
    reports = help_request.reports.select_related("volunteer__user")
    return {
        "offers": list(offers.order_by("offered_at", "pk")),
        "reports": list(reports.order_by("created_at", "pk")),
    }


def person(user):
    return user.get_full_name() or user.get_username()


def volunteer_name(volunteer):
    return person(volunteer.user) if volunteer else "–"


def _label(choices, value):
    return dict(choices.choices).get(value, value)


def _day(value):
    day = parse_date(value) if isinstance(value, str) else None
    return formats.date_format(day, "SHORT_DATE_FORMAT") if day else value


def decided(step, data, offers, reports):
    """What `data` of a task at `step` says was decided, as (what, value) pairs in words."""
    facts = []
    for key, value in (data or {}).items():
        if key == "decision":
            facts.append((_("Decision"), _label(HelpRequest.Decision, value)))
        elif key == "offer":
            if step == "match":  # at the volunteer's own answer, they are its "who"
                offer = offers.get(value)
                facts.append((_("Volunteer"), volunteer_name(offer.volunteer) if offer else value))
        elif key == "answer":
            facts.append((_("Answer"), _label(Offer.Answer, value)))
        elif key == "report":
            report = reports.get(value)
            if report:
                day = formats.date_format(report.done_on, "SHORT_DATE_FORMAT")
                facts.append((_("Report"), f"{day}, {report.get_outcome_display()}"))
        elif key == "hours":
            facts.append((_("Hours"), formats.localize(Decimal(value))))
        elif key == "concern":
            facts.append((_("Concern"), _("yes") if value else _("no")))
        elif key == "closing":
            facts.append((_("Decision"), _label(HelpRequest.Closing, value)))
        elif key == "next_visit_on":
            facts.append((_("Next visit"), _day(value)))
        elif key == "corrected":
            names = {"address": _("address"), "person_phone": _("phone of the person helped")}
            corrected = ", ".join(str(names.get(name, name)) for name in value)
            facts.append((_("Completed or corrected"), corrected))
        elif key == "answered":
            facts.append((_("The resident answered"), _("yes") if value else _("no")))
        elif key != "volunteer":  # the volunteer is named with their offer
            facts.append((key, value))
    return facts


def who(task, offers, reports):
    """Who took `task`: its coordinator, the volunteer or resident, or nobody (automatic)."""
    if task.owner_id:
        return person(task.owner)
    data = task.data or {}
    if "offer" in data and data["offer"] in offers:
        return volunteer_name(offers[data["offer"]].volunteer)
    if "report" in data and data["report"] in reports:
        return volunteer_name(reports[data["report"]].volunteer)
    return ACTORS.get(task.flow_task.name, AUTOMATIC)


def steps(process, case):
    """The steps of `process` in order, each a dict for the history page: one query, with
    `case` (from `case_file`) naming the volunteers."""
    offers = {offer.pk: offer for offer in case["offers"]}
    reports = {report.pk: report for report in case["reports"]}
    rows = []
    for task in process.task_set.select_related("owner").order_by("created", "pk"):
        kind = task.flow_task_type
        if kind in HIDDEN_TYPES or (kind == "TIMER" and task.status != STATUS.DONE):
            continue
        waiting = task.status in WAITING and task.flow_task.name in BY_STEP
        rows.append(
            {
                "task": task,
                "title": task.flow_task.task_title,
                "who": who(task, offers, reports) if not waiting or task.owner_id else "",
                "started": task.assigned or task.started or task.created,
                "waiting": waiting,
                "decided": decided(task.flow_task.name, task.data, offers, reports),
            }
        )
    return rows
