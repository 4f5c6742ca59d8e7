"""What the onboarding steps do, apart from the forms that ask for it.

Coordinators' steps run in viewflow's task views (`views`); the volunteer's steps, answering a
question and accepting the agreement, come from "My volunteering" through `answer` and
`accept_agreement`, which check that the volunteer's task is really waiting for them.
"""

from django.utils import formats, timezone, translation

from viewflow.workflow.status import STATUS

from workflows.engine import (
    NotYourTurn,
    complete,
    complete_own_step,
    reopen,
    take_step,
    waiting_task,
)
from workflows.links import my_volunteering_url
from workflows.notifications import notify
from workflows.registry.models import Consent, Volunteer
from workflows.registry.services import record_training

from .models import Onboarding


def latest(volunteer):
    """The volunteer's most recent onboarding, or None."""
    return Onboarding.objects.filter(volunteer=volunteer).order_by("-created", "-pk").first()


def _message(volunteer, name, **context):
    user = volunteer.user
    notify(
        [user.email],
        name,
        {"first_name": user.first_name, "link": my_volunteering_url(volunteer), **context},
        volunteer.preferred_language,
    )


# The coordinators' steps


def record_review(process):
    data = {"decision": process.decision}
    if process.decision == Onboarding.Decision.ASK:
        data["question"] = process.question
        process.answer = ""
        process.save(update_fields=["answer"])
        _message(process.volunteer, "onboarding_question", question=process.question)
    elif process.decision == Onboarding.Decision.DECLINE:
        data["reason"] = process.decline_reason
    return data


def record_meeting_time(process):
    volunteer = process.volunteer
    with translation.override(volunteer.preferred_language):
        when = formats.date_format(timezone.localtime(process.meeting_at), "DATETIME_FORMAT")
    _message(volunteer, "onboarding_meeting", when=when, place=process.meeting_place)
    return {"at": process.meeting_at.isoformat(), "place": process.meeting_place}


def record_meeting_outcome(process):
    data = {"outcome": process.meeting_outcome}
    if process.meeting_outcome == Onboarding.MeetingOutcome.DECLINE:
        data["reason"] = process.decline_reason
    return data


def agreement_waiting(activation):
    """When the agreement step opens, the volunteer is told where to accept it."""
    _message(activation.process.volunteer, "onboarding_agreement")


def record_step(step, process, data, user=None):
    """Store what a coordinator's `step` form decided (`data`, its cleaned data) and return
    what the task's history keeps. The task pages and `complete_step` both come here."""
    return _RECORD[step](process, data) or {}


def complete_step(volunteer, step, user, **data):
    """`user` claims and completes the coordinator's `step` as its task page would; for
    scripts and the demo. `data` are the step form's values."""
    process = latest(volunteer)
    if not take_step(process, step, user, lambda current: record_step(step, current, data)):
        raise NotYourTurn


def _process_fields(record):
    """A step whose form fills in the process's own fields, then `record`s the decision."""

    def apply(process, data):
        for name, value in data.items():
            setattr(process, name, value)
        process.save()
        return record(process)

    return apply


def _sight_extract(process, data):
    volunteer = process.volunteer
    volunteer.record_extract_issued_on = data["record_extract_issued_on"]
    volunteer.record_extract_sighted_on = timezone.localdate()
    volunteer.save(update_fields=["record_extract_issued_on", "record_extract_sighted_on"])
    return {
        "sighted_on": volunteer.record_extract_sighted_on.isoformat(),
        "issued_on": volunteer.record_extract_issued_on.isoformat(),
    }


def _orientation(process, data):
    completed_on = data.get("completed_on") or timezone.localdate()
    return record_training(process.volunteer, data["training"], completed_on)


def on_training_completed(sender, volunteer, training, completed_on, marked_by, **kwargs):
    """Attending the orientation training on a roll completes the orientation step that waits
    for it, as the coordinator who marked the roll would on the step's page (claiming it first
    if nobody has). The training is on the volunteer's record already."""
    if not training.orientation or marked_by is None:
        return
    task = waiting_task(latest(volunteer), "orientation")
    if task is not None:
        facts = {"training": training.name, "completed_on": completed_on.isoformat()}
        complete(task, marked_by, lambda process: facts)


def on_training_withdrawn(sender, volunteer, training, completed_on, **kwargs):
    """A roll was corrected: the volunteer did not attend the orientation after all. If that
    attendance completed the orientation step and the volunteer has not accepted the
    agreement since, the orientation step waits again (the agreement step is cancelled). An
    onboarding that has gone further keeps its course, as the roll's confirmation says."""
    if not training.orientation:
        return
    process = latest(volunteer)
    done = waiting_task(process, "orientation", statuses=[STATUS.DONE])
    facts = {"training": training.name, "completed_on": completed_on.isoformat()}
    if done is not None and done.data == facts:
        reopen(process, "orientation", "agreement")


_RECORD = {
    "review": _process_fields(record_review),
    "schedule_meeting": _process_fields(record_meeting_time),
    "meeting_outcome": _process_fields(record_meeting_outcome),
    "sight_extract": _sight_extract,
    "orientation": _orientation,
}


# The volunteer's steps


def _volunteers_step(volunteer, step, apply):
    """Take the volunteer's own `step` if it waits for them: `apply(process)` stores what
    they gave and returns what the task's history keeps."""
    if not complete_own_step(latest(volunteer), step, volunteer.user, apply):
        raise NotYourTurn


def answer(volunteer, text):
    """The applicant answers the coordinator's question; the application returns to review."""

    def apply(process):
        process.answer = text
        process.save(update_fields=["answer"])
        return {"answer": text}

    _volunteers_step(volunteer, "answer", apply)


def accept_agreement(volunteer, version):
    """The volunteer accepts the agreement (text `version`) and becomes active."""

    def apply(process):
        process.agreement_version = version
        process.save(update_fields=["agreement_version"])
        agreement = Consent.Purpose.VOLUNTEER_AGREEMENT
        volunteer.consents.filter(purpose=agreement, withdrawn_at__isnull=True).update(
            withdrawn_at=timezone.now()
        )
        Consent.objects.create(volunteer=volunteer, purpose=agreement, text_version=version)
        return {"version": version}

    _volunteers_step(volunteer, "agreement", apply)


# The process's own steps


def decline(activation):
    process = activation.process
    volunteer = process.volunteer
    volunteer.set_status(Volunteer.Status.ENDED)
    volunteer.save(update_fields=["status", "status_changed_at"])
    _message(volunteer, "onboarding_declined", reason=process.decline_reason)


def activate(activation):
    volunteer = activation.process.volunteer
    volunteer.set_status(Volunteer.Status.ACTIVE)
    volunteer.save(update_fields=["status", "status_changed_at"])
    _message(volunteer, "welcome")
