"""What the onboarding steps do, apart from the forms that ask for it.

Coordinators' steps run in viewflow's task views (`views`); the volunteer's steps, answering a
question and accepting the agreement, come from "My volunteering" through `answer` and
`accept_agreement`, which check that the volunteer's task is really waiting for them.
"""

from datetime import date

from django.conf import settings
from django.db import transaction
from django.utils import formats, timezone, translation

from viewflow.workflow.status import STATUS

from workflows.my_volunteering.links import my_volunteering_url
from workflows.notifications import notify
from workflows.registry.models import Consent, TrainingRecord, Volunteer

from .models import Onboarding


class NotYourTurn(Exception):
    """The volunteer's step is not waiting for them (already done, or not reached yet)."""


def latest(volunteer):
    """The volunteer's most recent onboarding, or None."""
    return Onboarding.objects.filter(volunteer=volunteer).order_by("-created", "-pk").first()


def waiting_task(process, step, statuses=(STATUS.ASSIGNED,)):
    """The open task at `step` in `process`, or None. The volunteer's own steps ("answer",
    "agreement") wait ASSIGNED to them; coordinators' steps wait NEW until one claims them."""
    if process is None:
        return None
    return (
        process.task_set.filter(status__in=statuses, flow_task=getattr(process.flow_class, step))
        .order_by("-created")
        .first()
    )


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


def record_training(volunteer, training, completed_on):
    valid_until = None
    if training.valid_for_years:
        valid_until = _years_later(completed_on, training.valid_for_years)
    TrainingRecord.objects.create(
        volunteer=volunteer, training=training, completed_on=completed_on, valid_until=valid_until
    )
    return {"training": training.name, "completed_on": completed_on.isoformat()}


def _years_later(day, years):
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return date(day.year + years, 3, 1)


def agreement_waiting(activation):
    """When the agreement step opens, the volunteer is told where to accept it."""
    _message(activation.process.volunteer, "onboarding_agreement")


def complete_step(volunteer, step, user, when=None, **fields):
    """`user` claims and completes the coordinator's `step` as its task page would; for
    scripts and the demo. `fields` are the step form's values (process fields; for
    "sight_extract" `record_extract_issued_on`; for "orientation" `training`)."""
    with transaction.atomic():
        task = waiting_task(latest(volunteer), step, statuses=[STATUS.NEW])
        if task is None or not task.flow_task.can_assign(user, task):
            raise NotYourTurn
        with task.activation() as activation:
            activation.assign(user)
            activation.start(request=None)
            process = activation.process
            activation.task.data = _RECORD[step](process, fields, when or timezone.now()) or {}
            activation.execute()


def _process_fields(record):
    def apply(process, fields, when):
        for name, value in fields.items():
            setattr(process, name, value)
        process.save()
        return record(process) if record else None

    return apply


def _sight_extract(process, fields, when):
    volunteer = process.volunteer
    volunteer.record_extract_issued_on = fields["record_extract_issued_on"]
    volunteer.record_extract_sighted_on = timezone.localdate(when)
    volunteer.save(update_fields=["record_extract_issued_on", "record_extract_sighted_on"])
    return {"issued_on": volunteer.record_extract_issued_on.isoformat()}


def _orientation(process, fields, when):
    return record_training(process.volunteer, fields["training"], timezone.localdate(when))


_RECORD = {
    "review": _process_fields(record_review),
    "schedule_meeting": _process_fields(record_meeting_time),
    "meeting_outcome": _process_fields(record_meeting_outcome),
    "sight_extract": _sight_extract,
    "orientation": _orientation,
}


# The volunteer's steps


def answer(volunteer, text):
    """The applicant answers the coordinator's question; the application returns to review."""
    with transaction.atomic():
        process = latest(volunteer)
        task = waiting_task(process, "answer")
        if task is None:
            raise NotYourTurn
        with task.activation() as activation:
            activation.process.answer = text
            activation.process.save(update_fields=["answer"])
            activation.task.data = {"answer": text}
            activation.start(request=None)
            activation.execute()


def accept_agreement(volunteer, version):
    """The volunteer accepts the agreement (text `version`) and becomes active."""
    with transaction.atomic():
        process = latest(volunteer)
        task = waiting_task(process, "agreement")
        if task is None:
            raise NotYourTurn
        with task.activation() as activation:
            activation.process.agreement_version = version
            activation.process.save(update_fields=["agreement_version"])
            Consent.objects.filter(
                volunteer=volunteer,
                purpose=Consent.Purpose.VOLUNTEER_AGREEMENT,
                withdrawn_at__isnull=True,
            ).update(withdrawn_at=timezone.now())
            Consent.objects.create(
                volunteer=volunteer,
                purpose=Consent.Purpose.VOLUNTEER_AGREEMENT,
                text_version=version,
            )
            activation.task.data = {"version": version}
            activation.start(request=None)
            activation.execute()


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


def stalled_after():
    return timezone.timedelta(days=settings.ONBOARDING_STALLED_AFTER_DAYS)
