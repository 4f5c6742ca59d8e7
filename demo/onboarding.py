"""The demo's onboarding processes: applicants waiting at every step, and finished ones.

Steps are taken through the onboarding services as the demo coordinator, the way the task
pages take them, then dated back so that the queue shows waits of different lengths (and
some stalled ones).
"""

import datetime

from django.contrib.auth import get_user_model
from django.db.models import F
from django.utils import timezone

from viewflow.workflow.models import Task

from demo.data import load
from demo.volunteers import give_consents
from workflows.onboarding import services
from workflows.onboarding.flows import start
from workflows.registry.models import Area, KindOfHelp, Training, Volunteer

# Where each demo applicant's onboarding stands: the steps they have been through.
MEETING = ["review", "schedule_meeting"]
STAGES = [
    [],  # waiting for review
    [],
    ["ask"],  # a question waits for the applicant's answer
    ["review"],  # approved: a meeting to schedule
    MEETING,  # the meeting to be held
    [*MEETING, "meeting_outcome"],  # works with children: the extract to sight
    [*MEETING, "meeting_outcome"],  # orientation to mark
    [*MEETING, "meeting_outcome", "orientation"],  # the agreement to accept
    [*MEETING, "meeting_outcome", "orientation"],
    [],
]
MONTH = datetime.timedelta(days=30)
STALLED_DAYS = (21, 30)  # the first two wait longer than the 14 days coordinators are shown


def build_onboarding(site, finnish):
    coordinator = get_user_model().objects.get(username="coordinator")
    orientation = Training.objects.get(locale=finnish, orientation=True)
    applicants = list(Volunteer.objects.filter(site=site, status=Volunteer.Status.APPLICANT))
    applicants.append(_demo_applicant(site, finnish))
    # The demo applicant login waits at the agreement, like the two before it.
    stages = [*STAGES, STAGES[-3]]
    for number, (volunteer, stage) in enumerate(zip(applicants, stages, strict=True)):
        volunteer.can_work_with_children = number == 5
        volunteer.save(update_fields=["can_work_with_children"])
        start(volunteer)
        for step in stage:
            _take(volunteer, step, coordinator, orientation)
        days = STALLED_DAYS[number] if number < len(STALLED_DAYS) else number % 5 + 1
        _date_back(volunteer, days)
    for volunteer in Volunteer.objects.filter(site=site, status=Volunteer.Status.ACTIVE)[:6]:
        _onboarded(volunteer, coordinator, orientation)
    return len(applicants)


def _take(volunteer, step, coordinator, orientation):
    in_a_week = timezone.now() + datetime.timedelta(days=7)
    says = load("volunteers")["onboarding"]
    fields = {
        "ask": {"decision": "ask", "question": says["question"]},
        "review": {"decision": "approve"},
        "schedule_meeting": {"meeting_at": in_a_week, "meeting_place": says["meeting_place"]},
        "meeting_outcome": {"meeting_outcome": "continue", "meeting_notes": says["meeting_notes"]},
        "sight_extract": {"record_extract_issued_on": timezone.localdate() - MONTH},
        "orientation": {"training": orientation},
    }[step]
    services.complete_step(volunteer, "review" if step == "ask" else step, coordinator, **fields)


def _onboarded(volunteer, coordinator, orientation):
    """An active volunteer's finished onboarding, for the history."""
    start(volunteer)
    extract = ["sight_extract"] if volunteer.can_work_with_children else []
    for step in [*MEETING, "meeting_outcome", *extract, "orientation"]:
        _take(volunteer, step, coordinator, orientation)
    services.accept_agreement(volunteer, load("agreement")["version"])
    _date_back(volunteer, 60)


def _date_back(volunteer, days):
    """Move the volunteer's onboarding `days` into the past, keeping its order of events."""
    shift = datetime.timedelta(days=days)
    process = services.latest(volunteer)
    type(process).objects.filter(pk=process.pk).update(created=F("created") - shift)
    tasks = Task.objects.filter(process=process)
    tasks.update(created=F("created") - shift)
    tasks.filter(finished__isnull=False).update(finished=F("finished") - shift)


def _demo_applicant(site, finnish):
    """The `applicant` demo login: waits to accept the agreement in My volunteering."""
    user = get_user_model().objects.get(username="applicant")
    volunteer = Volunteer.objects.create(
        user=user,
        site=site,
        phone="040 000 0998",
        preferred_language="fi",
        available_weekdays=True,
        speaks_finnish=True,
    )
    volunteer.kinds_of_help.set(KindOfHelp.objects.filter(locale=finnish)[2:4])
    volunteer.areas.set(Area.objects.filter(locale=finnish)[:2])
    give_consents(volunteer, contact_sharing=False)
    return volunteer
