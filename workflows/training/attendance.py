"""The roll: a coordinator marks who attended a session, and each attendee gets the
training on their record, its certificate and a thank-you asking for feedback."""

from django.db import transaction
from django.utils import timezone

from workflows.certificates import services as certificates
from workflows.engine import run_handle
from workflows.registry.services import record_training
from workflows.registry.signals import training_completed

from . import volunteer_mail
from .models import Enrolment


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

            if run_handle(enrolment, "attend", mark):
                marked += 1
    return marked


def give_credit(process):
    """An attendee gets the training on their record and its certificate, and is thanked and
    asked for feedback. The onboarding hears of it (`training_completed`): attending the
    orientation training completes its orientation step when that waits."""
    session, volunteer = process.session, process.volunteer
    training = session.training
    if training is not None:
        completed_on = timezone.localdate(session.starts_at)
        record_training(volunteer, training, completed_on)
        training_completed.send(
            sender=Enrolment,
            volunteer=volunteer,
            training=training,
            completed_on=completed_on,
            marked_by=process.attendance_marked_by,
        )
        certificate = certificates.issue_training_certificate(process)
        context = {"certificate": certificates.pdf_url(certificate, volunteer.preferred_language)}
    else:
        context = {}
    volunteer_mail.tell(process, "attendance_thanks", **context)
