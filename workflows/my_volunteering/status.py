"""Where a volunteer stands, in words they understand, and what happens next."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from viewflow.workflow.status import STATUS

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
    Volunteer.Status.ENDED: (
        _("Your volunteering has ended"),
        _("Thank you for your time. You can ask for your data to be erased."),
    ),
}


@dataclass(frozen=True)
class Situation:
    step: str  # the open onboarding step, or the volunteer's status
    title: str
    next: str
    erasure_requested: bool


def situation(volunteer, process):
    """The volunteer's situation: their open onboarding step, else their status."""
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
    return Situation(step, title, next_, volunteer.erasure_requested_at is not None)
