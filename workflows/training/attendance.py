"""The roll: a coordinator marks who attended a session, and each attendee gets the
training on their record, its certificate and a thank-you asking for feedback.

A saved mark can be corrected (`correct`) for TRAINING_ROLL_CORRECTION_DAYS after the session:
present becomes absent (the record and certificate are withdrawn, the feedback step ends, the
onboarding takes back an orientation step the attendance completed) or absent present (the
attendee gets all an attendee gets). Each correction is kept (`AttendanceCorrection`).
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from viewflow.workflow.status import PROCESS

from workflows.certificates import services as certificates
from workflows.engine import cancel, run_handle
from workflows.registry.services import record_training, remove_training
from workflows.registry.signals import training_completed, training_withdrawn

from . import volunteer_mail
from .models import AttendanceCorrection, Enrolment

MARKED = (Enrolment.State.ATTENDED, Enrolment.State.ABSENT)


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


def correction_ends(session):
    """The last day on which `session`'s roll may be corrected."""
    days = datetime.timedelta(days=settings.TRAINING_ROLL_CORRECTION_DAYS)
    return timezone.localdate(session.starts_at) + days


def can_correct(session):
    return not session.cancelled and timezone.localdate() <= correction_ends(session)


def correct(enrolment, user):
    """`user`, a coordinator of the session's municipality, turns `enrolment`'s saved mark
    around: attended becomes absent, absent attended. Returns the correction, or None when the
    enrolment has no mark (any more) or its roll can no longer be corrected."""
    with transaction.atomic():
        enrolment = (
            Enrolment.objects.select_for_update().select_related("session").get(pk=enrolment.pk)
        )
        if enrolment.state not in MARKED or not can_correct(enrolment.session):
            return None
        attended = enrolment.state == Enrolment.State.ABSENT
        enrolment.state = Enrolment.State.ATTENDED if attended else Enrolment.State.ABSENT
        enrolment.attendance_marked_by = user
        enrolment.save(update_fields=["state", "attendance_marked_by"])
        if attended:
            give_credit(enrolment)
        else:
            _take_back_credit(enrolment)
        return AttendanceCorrection.objects.create(
            enrolment=enrolment, attended=attended, corrected_by=user
        )


def _take_back_credit(process):
    """What attending gave is withdrawn: the record, the certificate, the feedback step (the
    enrolment ends), and the onboarding hears of it (`training_withdrawn`)."""
    session, volunteer = process.session, process.volunteer
    if process.status not in (PROCESS.DONE, PROCESS.CANCELED):
        cancel(process)
    certificates.withdraw_training_certificate(process)
    training = session.training
    if training is not None:
        completed_on = timezone.localdate(session.starts_at)
        if remove_training(volunteer, training, completed_on):
            training_withdrawn.send(
                sender=Enrolment, volunteer=volunteer, training=training, completed_on=completed_on
            )


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
