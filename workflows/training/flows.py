"""The enrolment process: a volunteer's seat in a session, from enrolling to attendance.

    enrol ─ a seat free ─────────────────────────────────────────┐
       └─ full ─> waiting list ─ a seat frees, first in line ─> seat offered ─ confirmed ─┤
                                   no confirmation in time ─> expired (the next is offered)
    ┌─────────────────────────────────────────────────────────────────────────────────┘
    └─> (a reminder with a calendar file before the day) ─> attendance on the roll
          ├ attended ─> training on the record, certificate, feedback ─> done
          └ absent ─> done

Every step but the roll is the volunteer's or the clock's: they enrol, confirm and cancel
in My volunteering or on the gathering's page, through `services`. A coordinator of the
session's municipality marks attendance for the whole session at once on its roll
(`roll.views`, on the coordinators' site). Cancelling at any step before the session frees
the seat, and the first on the waiting list is offered it; a seat offer not confirmed in
`TRAINING_SEAT_OFFER_HOURS` lapses through viewflow's timer boundary event (the
`workflow_timers` command).
"""

from datetime import timedelta
from functools import partial

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from viewflow import this
from viewflow.workflow import act, flow, lock

from workflows import steps
from workflows.scoping import MunicipalityFlow

from . import attendance, services
from .models import Enrolment, Session

SUMMARY = "{{ process.volunteer }} – {{ process.session }}"


# A step that waits for the volunteer, the clock or the roll, taken through `services`.
step = partial(steps.outside_step, summary=SUMMARY)


def seat_offer_time(activation):
    return services.seat_offer_time()


def feedback_time(activation):
    return timedelta(days=services.FEEDBACK_DAYS)


class EnrolmentFlow(MunicipalityFlow, flow.Flow):
    process_class = Enrolment
    # Coordinators see the enrolments of their own municipalities' sessions only.
    municipality = "session__site"
    lock_impl = lock.select_for_update_lock
    process_title = _("Enrolment")
    process_description = _("A volunteer's seat in a training or gathering, to attendance.")
    process_summary_template = SUMMARY

    start = (
        flow.StartHandle(this.begin)
        .Annotation(title=_("Enrolled"), summary_template=SUMMARY)
        .Next(this.placed)
    )
    placed = (
        flow.If(act.process.confirmed)
        .Annotation(title=_("A seat or the waiting list"))
        .Then(this.attend)
        .Else(this.wait_for_seat)
    )
    wait_for_seat = step(_("On the waiting list")).Next(this.confirm_seat)
    confirm_seat = (
        step(_("The volunteer confirms the seat"))
        .OnTimeout(seat_offer_time, this.seat_offer_expired, title=_("Not confirmed in time"))
        .Next(this.attend)
    )
    seat_offer_expired = (
        flow.Function(this.expire_seat_offer)
        .Annotation(title=_("Seat offer expired; offer it to the next"))
        .Next(this.expired)
    )
    attend = step(_("Attendance is marked")).Next(this.after_attendance)
    after_attendance = (
        flow.If(act.process.attended)
        .Annotation(title=_("Attended or absent"))
        .Then(this.credit)
        .Else(this.absent)
    )
    credit = (
        flow.Function(this.give_credit)
        .Annotation(title=_("Training recorded and certificate sent"))
        .Next(this.feedback)
    )
    feedback = (
        step(_("The volunteer gives feedback"))
        .OnTimeout(feedback_time, this.attended, title=_("No feedback"))
        .Next(this.attended)
    )
    attended = flow.End().Annotation(title=_("Attended"))
    absent = flow.End().Annotation(title=_("Did not attend"))
    expired = flow.End().Annotation(title=_("Seat offer expired"))

    def begin(self, activation, session, volunteer, state):
        return services.begin(activation.process, session, volunteer, state)

    def expire_seat_offer(self, activation):
        services.expire_seat_offer(activation.process)

    def give_credit(self, activation):
        attendance.give_credit(activation.process)


def enrol(volunteer, session):
    """Enrol `volunteer` in `session`: a seat if one is free, else the waiting list.

    Returns the enrolment. Raises NotPossible when the volunteer is enrolled already (a
    double submit included), the session has started or was cancelled, or the volunteer
    cannot enrol here."""
    if volunteer.has_left:
        raise services.NotPossible(services.NOT_A_VOLUNTEER)
    if volunteer.site_id != session.site_id:
        raise services.NotPossible(services.NOT_A_VOLUNTEER)
    try:
        with transaction.atomic():
            locked = Session.objects.select_for_update().get(pk=session.pk)
            if locked.cancelled or locked.has_started:
                raise services.NotPossible(services.SESSION_CLOSED)
            if services.standing_enrolment(locked, volunteer):
                raise services.NotPossible(services.ALREADY_ENROLLED)
            free = services.seats_taken(locked) < locked.capacity
            state = Enrolment.State.CONFIRMED if free else Enrolment.State.WAITING
            return EnrolmentFlow.start.run(session=locked, volunteer=volunteer, state=state)
    except IntegrityError as error:  # the unique standing enrolment: a racing double submit
        raise services.NotPossible(services.ALREADY_ENROLLED) from error
