"""What the enrolment steps do: enrol, wait, confirm a freed seat, cancel, attendance, credit.

Seats are counted under a row lock on the session (`select_for_update`), taken before any
enrolment's own lock: two volunteers asking for the last seat at the same moment queue on
that lock, and the second finds the session full and joins the waiting list. The timer that
lapses a seat offer holds the enrolment's lock, so it hands the freed seat on only after its
transaction commits, never waiting for the session's lock while holding another.
"""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import formats, timezone, translation
from django.utils.translation import gettext_lazy as _

from viewflow.workflow.status import PROCESS, STATUS

from workflows.my_volunteering.links import my_volunteering_url, public_language
from workflows.notifications import notify
from workflows.onboarding import services as onboarding
from workflows.registry.models import Volunteer

from .calendar import session_event_file
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


def _flow():
    from .flows import EnrolmentFlow

    return EnrolmentFlow


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


# Enrolling --------------------------------------------------------------------------------


def enrol(volunteer, session):
    """Enrol `volunteer` in `session`: a seat if one is free, else the waiting list.

    Returns the enrolment. Raises NotPossible when the volunteer is enrolled already (a
    double submit included), the session has started or was cancelled, or the volunteer
    cannot enrol here."""
    if volunteer.erased_at or volunteer.status == Volunteer.Status.ENDED:
        raise NotPossible(NOT_A_VOLUNTEER)
    if volunteer.site_id != session.site_id:
        raise NotPossible(NOT_A_VOLUNTEER)
    try:
        with transaction.atomic():
            locked = Session.objects.select_for_update().get(pk=session.pk)
            if locked.cancelled or locked.has_started:
                raise NotPossible(SESSION_CLOSED)
            if standing_enrolment(locked, volunteer):
                raise NotPossible(ALREADY_ENROLLED)
            free = seats_taken(locked) < locked.capacity
            state = Enrolment.State.CONFIRMED if free else Enrolment.State.WAITING
            return _flow().start.run(session=locked, volunteer=volunteer, state=state)
    except IntegrityError as error:  # the unique standing enrolment: a racing double submit
        raise NotPossible(ALREADY_ENROLLED) from error


def begin(process, session, volunteer, state):
    """The start node's work: store the enrolment and tell the volunteer where they stand."""
    process.session, process.volunteer, process.state = session, volunteer, state
    if state == Enrolment.State.WAITING:
        process.waiting_since = timezone.now()
    process.save()
    if state == Enrolment.State.CONFIRMED:
        _message(process, "enrolment_confirmed", attach_event=True)
    else:
        _message(process, "enrolment_waiting")
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
        _flow().instance.cancel(process)
        process.refresh_from_db()
        process.state = Enrolment.State.CANCELLED
        process.save(update_fields=["state"])
        fill_freed_seats(process.session)
    return process


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
            if _run_handle(enrolment, "wait_for_seat", _offer_seat):
                offered.append(enrolment)
                free -= 1
    return offered


def _offer_seat(process):
    process.state = Enrolment.State.OFFERED
    process.seat_offered_until = timezone.now() + seat_offer_time()
    process.save(update_fields=["state", "seat_offered_until"])
    language = process.volunteer.preferred_language
    until = _format(process.seat_offered_until, "DATETIME_FORMAT", language)
    _message(process, "seat_offered", until=until)
    return {"offered_until": process.seat_offered_until.isoformat()}


def confirm_seat(enrolment, volunteer):
    """The volunteer takes the seat offered to them from the waiting list."""
    if enrolment.volunteer_id != volunteer.pk:
        raise NotPossible(NOT_WAITING)

    def confirm(process):
        process.state = Enrolment.State.CONFIRMED
        process.save(update_fields=["state"])
        _message(process, "enrolment_confirmed", attach_event=True)
        return {"confirmed": True}

    if not _run_handle(enrolment, "confirm_seat", confirm):
        raise NotPossible(NOT_WAITING)


def expire_seat_offer(process):
    """No confirmation in time: the seat offer lapses, and once this is stored the seat goes
    to the next on the waiting list."""
    process.state = Enrolment.State.EXPIRED
    process.save(update_fields=["state"])
    _message(process, "seat_offer_expired")
    session = process.session
    transaction.on_commit(lambda: fill_freed_seats(session))


# Attendance -------------------------------------------------------------------------------


def roll(session):
    """The session's enrolments a coordinator marks attendance on, by name."""
    return (
        session.enrolments.filter(
            state__in=[Enrolment.State.CONFIRMED, Enrolment.State.ATTENDED, Enrolment.State.ABSENT]
        )
        .select_related("volunteer__user", "attendance_marked_by")
        .order_by("volunteer__user__last_name", "volunteer__user__first_name", "pk")
    )


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

            if _run_handle(enrolment, "attend", mark):
                marked += 1
    return marked


def give_credit(process):
    """An attendee gets the training on their record (completing their onboarding's
    orientation step when it waits for this training) and is thanked, with the feedback link."""
    session, volunteer = process.session, process.volunteer
    training = session.training
    if training is not None:
        completed_on = timezone.localdate(session.starts_at)
        onboarding_process = onboarding.latest(volunteer)
        orientation_waits = training.orientation and onboarding.waiting_task(
            onboarding_process, "orientation", statuses=[STATUS.NEW, STATUS.ASSIGNED]
        )
        if orientation_waits and process.attendance_marked_by:
            _complete_orientation(volunteer, process.attendance_marked_by, training, completed_on)
        else:
            onboarding.record_training(volunteer, training, completed_on)
    _message(process, "attendance_thanks", feedback_link=my_volunteering_url(volunteer))


def _complete_orientation(volunteer, user, training, completed_on):
    task = onboarding.waiting_task(
        onboarding.latest(volunteer), "orientation", statuses=[STATUS.NEW, STATUS.ASSIGNED]
    )
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


def give_feedback(enrolment, volunteer, rating, comment):
    """The attendee's feedback, once."""
    if enrolment.volunteer_id != volunteer.pk:
        raise NotPossible(NOT_WAITING)

    def store(process):
        process.feedback_rating, process.feedback_comment = rating, comment
        process.feedback_at = timezone.now()
        process.save(update_fields=["feedback_rating", "feedback_comment", "feedback_at"])
        return {"rating": rating}

    if not _run_handle(enrolment, "feedback", store):
        raise NotPossible(NOT_WAITING)


# Reminders --------------------------------------------------------------------------------


def send_reminders(days):
    """Remind everyone enrolled in a session that starts within `days` days, once, with the
    session as a calendar file. Returns how many were reminded."""
    now = timezone.now()
    due = Enrolment.objects.filter(
        state=Enrolment.State.CONFIRMED,
        reminded_at__isnull=True,
        session__cancelled=False,
        session__starts_at__gt=now,
        session__starts_at__lte=now + timedelta(days=days),
    ).select_related("session", "volunteer__user", "volunteer__site")
    reminded = 0
    for enrolment in due:
        with transaction.atomic():
            updated = Enrolment.objects.filter(pk=enrolment.pk, reminded_at__isnull=True).update(
                reminded_at=now
            )
            if updated:
                _message(enrolment, "session_reminder", attach_event=True)
                reminded += 1
    return reminded


# Helpers ----------------------------------------------------------------------------------


def waiting_task(enrolment, step):
    return (
        enrolment.task_set.filter(status=STATUS.NEW, flow_task=getattr(_flow(), step))
        .order_by("-created")
        .first()
    )


def _run_handle(enrolment, step, apply):
    """Complete `enrolment`'s waiting `step` with `apply(process)`, which stores what
    happened and returns what the task's history keeps. Returns False when the step is not
    waiting (done, timed out, cancelled), also when that happened while we waited for the
    lock."""
    with transaction.atomic():
        task = waiting_task(enrolment, step)
        if task is None:
            return False
        with task.activation() as activation:
            if not activation.run.can_proceed():
                return False

            def run(act):
                act.task.data = apply(act.process)
                return act.process

            activation.run(run)
            activation.execute()
    return True


def _format(moment, format_name, language):
    with translation.override(public_language(language)):
        return formats.date_format(timezone.localtime(moment), format_name)


def when(session, language):
    """The session's date and times as `language` writes them: "12.3.2027 klo 17.00–19.00"."""
    with translation.override(public_language(language)):
        start, end = timezone.localtime(session.starts_at), timezone.localtime(session.ends_at)
        day = formats.date_format(start, "DATE_FORMAT")
        times = (
            f"{formats.time_format(start, 'TIME_FORMAT')}–{formats.time_format(end, 'TIME_FORMAT')}"
        )
        return f"{day}, {times}"


def _message(enrolment, name, attach_event=False, **context):
    volunteer, session = enrolment.volunteer, enrolment.session
    user = volunteer.user
    language = volunteer.preferred_language
    attachments = [session_event_file(session, language)] if attach_event else []
    notify(
        [user.email],
        name,
        {
            "first_name": user.first_name,
            "gathering": session.title_in(public_language(volunteer.preferred_language)),
            "when": when(session, language),
            "place": session.place,
            "address": session.address,
            "link": my_volunteering_url(volunteer),
            **context,
        },
        volunteer.preferred_language,
        attachments=attachments,
    )
