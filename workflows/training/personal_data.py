"""What the enrolments hold of a volunteer: given to them when they download their data,
forgotten when they are erased (connected in `apps.py`)."""

from workflows.engine import forget
from workflows.registry.export import processes

from .models import AttendanceCorrection, Enrolment
from .services import give_up_seats

FIELDS = ("state", "waiting_since", "feedback_rating", "feedback_comment", "feedback_at")


def export(sender, volunteer, **kwargs):
    enrolments = Enrolment.objects.filter(volunteer=volunteer).select_related("session")
    return {
        "enrolments": processes(
            enrolments,
            FIELDS,
            session=lambda enrolment: str(enrolment.session),
            starts_at=lambda enrolment: enrolment.session.starts_at,
        ),
        # Marks on a roll corrected after it was saved (who corrected is the coordinator's).
        "attendance_corrections": list(
            AttendanceCorrection.objects.filter(enrolment__volunteer=volunteer)
            .order_by("corrected_at", "pk")
            .values("enrolment", "attended", "corrected_at")
        ),
    }


def erase(sender, volunteer, **kwargs):
    """An erased volunteer gives up their seats to those waiting, before their enrolments end
    and forget their feedback."""
    give_up_seats(volunteer)
    forget(Enrolment.objects.filter(volunteer=volunteer), ("feedback_comment",))
