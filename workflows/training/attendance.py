"""The roll: a coordinator marks who attended a session, and each attendee gets the
training on their record, its certificate and a thank-you asking for feedback."""

from django.db import transaction
from django.utils import timezone

from viewflow.workflow.status import STATUS

from workflows.certificates import services as certificates
from workflows.onboarding import services as onboarding

from . import notices
from .models import Enrolment
from .services import run_step


def can_mark_attendance(session):
    """The roll opens on the day of the session."""
    return timezone.localdate(session.starts_at) <= timezone.localdate()


def mark_attendance(session, attended, user):
    """`user`, a coordinator of the session's municipality, marks the roll: the enrolments
    whose pks are in `attended` attended, every other one still unmarked did not. Returns how
    many were marked now; an enrolment marked before keeps its mark."""
    marked = 0
    with transaction.atomic():
        waiting = session.enrolments.filter(state=Enrolment.State.CONFIRMED).order_by("pk")
        for enrolment in waiting:
            present = enrolment.pk in attended

            def mark(process, present=present):
                process.state = Enrolment.State.ATTENDED if present else Enrolment.State.ABSENT
                process.attendance_marked_by = user
                process.save(update_fields=["state", "attendance_marked_by"])
                return {"attended": present, "by": user.get_username()}

            if run_step(enrolment, "attend", mark):
                marked += 1
    return marked


def give_credit(process):
    """An attendee gets the training on their record (completing their onboarding's
    orientation step when it waits for this training) and its certificate, and is thanked
    and asked for feedback."""
    session, volunteer = process.session, process.volunteer
    training = session.training
    if training is not None:
        completed_on = timezone.localdate(session.starts_at)
        waiting = training.orientation and onboarding.waiting_task(
            onboarding.latest(volunteer), "orientation", statuses=[STATUS.NEW, STATUS.ASSIGNED]
        )
        if waiting and process.attendance_marked_by:
            _complete_orientation(waiting, process.attendance_marked_by, training, completed_on)
        else:
            onboarding.record_training(volunteer, training, completed_on)
        certificate = certificates.issue_training_certificate(process)
        context = {"certificate": certificates.pdf_url(certificate, volunteer.preferred_language)}
    else:
        context = {}
    notices.tell(process, "attendance_thanks", **context)


def _complete_orientation(task, user, training, completed_on):
    """Complete the onboarding's waiting orientation `task` as the coordinator `user`, who
    marked the roll, would on its page (claiming it first if nobody has)."""
    with task.activation() as activation:
        if task.status == STATUS.NEW:
            activation.assign(user)
        activation.start(request=None)
        activation.task.data = onboarding.record_step(
            "orientation",
            activation.process,
            {"training": training, "completed_on": completed_on},
        )
        activation.execute()
