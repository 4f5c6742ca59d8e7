"""Where a volunteer stands, in words they understand, and what happens next."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from viewflow.workflow.status import STATUS

from workflows.registry import status as doors
from workflows.registry.models import Volunteer

# The open onboarding step → (where you are, what happens next).
STEPS = {
    "review": (
        _("Your application is waiting to be read"),
        _("A coordinator reads your application and contacts you about an introductory meeting."),
    ),
    "answer": (
        _("The coordinator has a question for you"),
        _("Answer the question below; your application then goes on."),
    ),
    "schedule_meeting": (
        _("Your application has been approved"),
        _("A coordinator will invite you to an introductory meeting."),
    ),
    "meeting_outcome": (
        _("You have been invited to an introductory meeting"),
        _("We get to know each other and talk about tasks that would suit you."),
    ),
    "sight_extract": (
        _("Please show your criminal record extract"),
        _(
            "Tasks with children need it. Show the extract to the coordinator; "
            "we only note its date."
        ),
    ),
    "orientation": (
        _("Next: the orientation training"),
        _(
            "The coordinator tells you when the next orientation is. "
            "After it, you accept the agreement."
        ),
    ),
    "agreement": (
        _("One step left: the volunteer agreement"),
        _("Read the agreement below and accept it to become an active volunteer."),
    ),
}
STATUSES = {
    Volunteer.Status.ACTIVE: (
        _("You are an active volunteer"),
        _("A coordinator contacts you when there is a task that suits you."),
    ),
    Volunteer.Status.PAUSED: (
        _("Your volunteering is paused"),
        _("Tell the coordinator when you would like to continue."),
    ),
    Volunteer.Status.RESERVE: (
        _("You are in the reserve"),
        _(
            "We do not offer you tasks now, but may ask you when extra hands are needed, for "
            "example in a crisis. Tell the coordinator when you would like to be active again."
        ),
    ),
    Volunteer.Status.ENDED: (
        _("Your volunteering has ended"),
        _("Thank you for your time. You can ask for your data to be erased."),
    ),
}
# A break the volunteer took themselves: they end it here too.
OWN_BREAK = _("We do not offer you tasks during your break. Come back here whenever you like.")


@dataclass(frozen=True)
class Situation:
    step: str  # the open onboarding step, or the volunteer's status
    title: str
    next: str
    erasure_requested: bool
    pause_until: object = None  # the last day of a pause, if it has one
    may_take_break: bool = False
    may_come_back: bool = False


def situation(volunteer, process):
    """The volunteer's situation: their open onboarding step, else their status (and whether
    they may take a break, or come back from one)."""
    step = None
    if process is not None and volunteer.status == Volunteer.Status.APPLICANT:
        task = (
            process.task_set.filter(status__in=[STATUS.NEW, STATUS.ASSIGNED])
            .order_by("-created")
            .first()
        )
        step = task.flow_task.name if task else None
    if step in STEPS:
        title, next_ = STEPS[step]
    else:
        step = volunteer.status
        title, next_ = STATUSES.get(step, STEPS["review"])
    pause = doors.current_pause(volunteer)
    may_come_back = doors.may_come_back(volunteer, pause)
    return Situation(
        step,
        title,
        OWN_BREAK if may_come_back else next_,
        volunteer.erasure_requested_at is not None,
        pause_until=pause.until if pause else None,
        may_take_break=volunteer.status == Volunteer.Status.ACTIVE,
        may_come_back=may_come_back,
    )
