"""What the enrolment steps do: enrol, wait, confirm a freed seat, cancel, give feedback;
and a coordinator's cancelling of a whole session. The roll is in `attendance`.

Seats are counted under a row lock on the session (`select_for_update`), taken before any
enrolment's own lock: two volunteers asking for the last seat at the same moment queue on
that lock, and the second finds the session full and joins the waiting list. The timer that
lapses a seat offer holds the enrolment's lock, so it hands the freed seat on only after its
transaction commits, never waiting for the session's lock while holding another.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from viewflow.workflow.status import PROCESS

from workflows import engine
from workflows.engine import cancel as cancel_process
from workflows.registry.permissions import is_coordinator

from . import volunteer_mail
from .models import Enrolment, Session

# Days after the session the volunteer's feedback is waited for.
FEEDBACK_DAYS = 30


class NotPossible(Exception):
    """The step cannot be taken; `message` says why, in words for the volunteer."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


ALREADY_ENROLLED = _("You are already enrolled in this session.")
SESSION_CLOSED = _("This session takes no more enrolments: it has started or was cancelled.")
NOT_A_VOLUNTEER = _("Only volunteers of this municipality can enrol.")
NOT_WAITING = _(
    "This step is no longer waiting for you: it was done already, or the time to confirm "
    "the seat ran out."
)
TOO_LATE = _("The session has already started, so the enrolment can no longer be cancelled.")


def seat_offer_time():
    """How long the first on the waiting list has to confirm a freed seat."""
    return timedelta(hours=settings.TRAINING_SEAT_OFFER_HOURS)


def seats_taken(session):
    return session.enrolments.filter(state__in=Enrolment.HOLDS_SEAT).count()


def standing_enrolment(session, volunteer):
    return (
        Enrolment.objects.filter(session=session, volunteer=volunteer, state__in=Enrolment.STANDING)
        .select_related("session")
        .first()
    )


# Enrolling (`flows.enrol` starts the process) ---------------------------------------------


def begin(process, session, volunteer, state):
    """The start node's work: store the enrolment and tell the volunteer where they stand."""
    process.session, process.volunteer, process.state = session, volunteer, state
    if state == Enrolment.State.WAITING:
        process.waiting_since = timezone.now()
    process.save()
    if state == Enrolment.State.CONFIRMED:
        volunteer_mail.tell(process, "enrolment_confirmed", attach_event=True)
    else:
        volunteer_mail.tell(process, "enrolment_waiting")
    return process


# Cancelling and freed seats ---------------------------------------------------------------


def cancel(enrolment, volunteer):
    """The volunteer cancels their enrolment before the session; a seat they held goes to
    the first on the waiting list."""
    if enrolment.volunteer_id != volunteer.pk:
        raise NotPossible(NOT_WAITING)
    with transaction.atomic():
        Session.objects.select_for_update().get(pk=enrolment.session_id)
        process = Enrolment.objects.get(pk=enrolment.pk)
        if process.session.has_started and process.state != Enrolment.State.WAITING:
            raise NotPossible(TOO_LATE)
        if process.status != PROCESS.NEW or process.state not in (
            Enrolment.State.CONFIRMED,
            Enrolment.State.WAITING,
            Enrolment.State.OFFERED,
        ):
            raise NotPossible(NOT_WAITING)
        cancel_process(process)
        process.refresh_from_db()
        process.state = Enrolment.State.CANCELLED
        process.save(update_fields=["state"])
        fill_freed_seats(process.session)
    return process


def give_up_seats(volunteer):
    """Cancel `volunteer`'s enrolments in sessions still to come (they are leaving), each
    seat going to the first on its waiting list."""
    standing = Enrolment.objects.filter(
        volunteer=volunteer,
        status=PROCESS.NEW,
        state__in=[Enrolment.State.CONFIRMED, Enrolment.State.WAITING, Enrolment.State.OFFERED],
        session__starts_at__gt=timezone.now(),
    ).order_by("pk")
    for enrolment in standing:
        cancel(enrolment, volunteer)


def fill_freed_seats(session):
    """Offer each free seat of `session` to the first on its waiting list, in turn. Safe to
    call at any time (after a cancellation, an expired offer, more seats): it offers nothing
    when the session is full, has started or has nobody waiting."""
    offered = []
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=session.pk)
        if session.cancelled or session.has_started:
            return offered
        free = session.capacity - seats_taken(session)
        waiting = Enrolment.objects.filter(session=session, state=Enrolment.State.WAITING).order_by(
            "waiting_since", "pk"
        )
        for enrolment in waiting:
            if free <= 0:
                break
            if engine.run_handle(enrolment, "wait_for_seat", _offer_seat):
                offered.append(enrolment)
                free -= 1
    return offered


def _offer_seat(process):
    process.state = Enrolment.State.OFFERED
    process.seat_offered_until = timezone.now() + seat_offer_time()
    process.save(update_fields=["state", "seat_offered_until"])
    language = process.volunteer.preferred_language
    until = volunteer_mail.format_moment(process.seat_offered_until, "DATETIME_FORMAT", language)
    volunteer_mail.tell(process, "seat_offered", until=until)
    return {"offered_until": process.seat_offered_until.isoformat()}


def confirm_seat(enrolment, volunteer):
    """The volunteer takes the seat offered to them from the waiting list."""
    if enrolment.volunteer_id != volunteer.pk:
        raise NotPossible(NOT_WAITING)

    def confirm(process):
        process.state = Enrolment.State.CONFIRMED
        process.save(update_fields=["state"])
        volunteer_mail.tell(process, "enrolment_confirmed", attach_event=True)
        return {"confirmed": True}

    if not engine.run_handle(enrolment, "confirm_seat", confirm):
        raise NotPossible(NOT_WAITING)


def expire_seat_offer(process):
    """No confirmation in time: the seat offer lapses, and once this is stored the seat goes
    to the next on the waiting list."""
    process.state = Enrolment.State.EXPIRED
    process.save(update_fields=["state"])
    volunteer_mail.tell(process, "seat_offer_expired")
    session = process.session
    transaction.on_commit(lambda: fill_freed_seats(session))


def give_feedback(enrolment, volunteer, rating, comment):
    """The attendee's feedback, once."""
    if enrolment.volunteer_id != volunteer.pk:
        raise NotPossible(NOT_WAITING)

    def store(process):
        process.feedback_rating, process.feedback_comment = rating, comment
        process.feedback_at = timezone.now()
        process.save(update_fields=["feedback_rating", "feedback_comment", "feedback_at"])
        return {"rating": rating}

    if not engine.run_handle(enrolment, "feedback", store):
        raise NotPossible(NOT_WAITING)


SESSION_ALREADY_CANCELLED = _("This session has already been cancelled.")
SESSION_STARTED = _("The session has already started, so it can no longer be cancelled.")
NOT_A_COORDINATOR = _("Only the coordinators of the session's municipality can do this.")


def cancel_session(session, user):
    """`user`, a coordinator of the session's municipality, cancels `session` before it
    starts: it takes no more enrolments, every standing enrolment's process is cancelled
    (seats and waiting list alike), and each of those volunteers is told by e-mail. Returns
    the enrolments cancelled.

    The session's row lock comes first, as in `enrol` and `cancel`: an enrolment racing the
    cancellation either lands before it (and is cancelled here) or finds it cancelled."""
    if not is_coordinator(user, session.site_id):
        raise NotPossible(NOT_A_COORDINATOR)
    cancelled = []
    with transaction.atomic():
        locked = Session.objects.select_for_update().get(pk=session.pk)
        if locked.cancelled:
            raise NotPossible(SESSION_ALREADY_CANCELLED)
        if locked.has_started:
            raise NotPossible(SESSION_STARTED)
        locked.cancelled = True
        locked.save(update_fields=["cancelled"])  # its pages show it cancelled at once
        standing = (
            Enrolment.objects.filter(
                session=locked,
                status=PROCESS.NEW,
                state__in=[
                    Enrolment.State.CONFIRMED,
                    Enrolment.State.WAITING,
                    Enrolment.State.OFFERED,
                ],
            )
            .select_related("session__gathering", "volunteer__user")
            .order_by("pk")
        )
        for process in standing:
            cancel_process(process)
            # `cancel` saved the whole row; this copy is up to date but for the state.
            process.state = Enrolment.State.CANCELLED
            process.save(update_fields=["state"])
            volunteer_mail.tell(process, "session_cancelled")
            cancelled.append(process)
    session.cancelled = True
    return cancelled
