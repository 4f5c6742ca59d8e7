"""The trainings' pages: the sessions, a session's roll, a new session, its seats, cancelling.

Only the coordinators of a session's municipality open it: anonymous visitors log in first,
anyone else is refused (403), and a coordinator of another municipality too.
"""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Q
from django.forms import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils import formats, timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views import generic

from workflows.registry.permissions import coordinated_site_ids, is_coordinator
from workflows.registry.staff import CoordinatorRequiredMixin, NoStoreMixin

from .. import attendance, services
from ..models import Enrolment, Session, gathering_pages
from .forms import AttendanceForm, SeatsForm, SessionForm, check_capacity

MARKED = [Enrolment.State.ATTENDED, Enrolment.State.ABSENT]

# How far back the list shows past sessions, for marking a roll late.
PAST_DAYS = 60


class CoordinatorsOnlyMixin(NoStoreMixin, CoordinatorRequiredMixin):
    refusal = _("The trainings are for the municipality's coordinators.")


def titles(sessions):
    """{session pk: its gathering's title in the active language}, in one query."""
    pages = gathering_pages(list(sessions), translation.get_language())
    return {pk: page.title for pk, page in pages.items()}


def sessions_of(user):
    """The sessions of the municipalities `user` coordinates, with their seats counted."""
    return (
        Session.objects.filter(site_id__in=coordinated_site_ids(user))
        .with_seats_taken()
        .annotate(
            unmarked=Count("enrolments", filter=Q(enrolments__state=Enrolment.State.CONFIRMED)),
            marked=Count("enrolments", filter=Q(enrolments__state__in=MARKED)),
        )
        .select_related("gathering", "site")
    )


class SessionListView(CoordinatorsOnlyMixin, generic.TemplateView):
    """The sessions not over yet, soonest first; then those of the past PAST_DAYS days,
    latest first, whose rolls may still wait to be marked."""

    template_name = "training/roll/session_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = timezone.now()
        sessions = sessions_of(self.request.user)
        upcoming = list(sessions.filter(ends_at__gte=now).order_by("starts_at", "pk"))
        past = list(
            sessions.filter(
                ends_at__lt=now, starts_at__gte=now - datetime.timedelta(days=PAST_DAYS)
            ).order_by("-starts_at", "-pk")
        )
        names = titles(upcoming + past)
        context.update(
            upcoming=[self.row(session, names) for session in upcoming],
            past=[self.row(session, names) for session in past],
            past_days=PAST_DAYS,
            several_sites=len(coordinated_site_ids(self.request.user)) > 1,
        )
        return context

    @staticmethod
    def row(session, names):
        return {
            "session": session,
            "title": names[session.pk],
            "roll_open": not session.cancelled and attendance.can_mark_attendance(session),
        }


class SessionMixin(CoordinatorsOnlyMixin):
    """One session, of a municipality the user coordinates (another's: 403)."""

    def dispatch(self, request, *args, **kwargs):
        # Anonymous visitors and others than coordinators are turned away by the mixins.
        if is_coordinator(request.user):
            self.session = self.get_session()
            refusal = self.refuse()
            if refusal is not None:
                return refusal
        return super().dispatch(request, *args, **kwargs)

    def get_session(self):
        session = get_object_or_404(
            Session.objects.select_related("gathering", "site"), pk=self.kwargs["pk"]
        )
        if session.site_id not in coordinated_site_ids(self.request.user):
            raise PermissionDenied(_("This session belongs to another municipality."))
        return session

    def refuse(self):
        """A response that turns the request away before the view runs, or None."""
        return None

    def back_to_roll(self, session):
        return redirect("trainings:roll", pk=session.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = titles([self.session])[self.session.pk]
        context["session"] = self.session
        return context


class RollView(SessionMixin, generic.TemplateView):
    """The session's details, who holds a seat, the waiting list in order, and from the
    session's day the attendance form. It prints as a sign-in sheet."""

    template_name = "training/roll/roll.html"

    def enrolled(self):
        states = [*Enrolment.HOLDS_SEAT, Enrolment.State.ABSENT]
        return list(
            self.session.enrolments.filter(state__in=states)
            .select_related("volunteer__user", "attendance_marked_by", "certificate")
            .prefetch_related("corrections__corrected_by")
            .order_by("volunteer__user__last_name", "volunteer__user__first_name", "pk")
        )

    def waiting(self):
        return list(
            self.session.enrolments.filter(state=Enrolment.State.WAITING)
            .select_related("volunteer__user")
            .order_by("waiting_since", "pk")
        )

    def roll_open(self):
        return not self.session.cancelled and attendance.can_mark_attendance(self.session)

    def get(self, request, *args, **kwargs):
        enrolled = self.enrolled()
        form = AttendanceForm(enrolments=enrolled) if self.roll_open() else None
        return self.render_to_response(self.get_context_data(enrolled=enrolled, form=form))

    def post(self, request, *args, **kwargs):
        if not self.roll_open():
            messages.error(request, self.closed_message())
            return self.back_to_roll(self.session)
        enrolled = self.enrolled()
        form = AttendanceForm(request.POST, enrolments=enrolled)
        if not form.is_valid():
            context = self.get_context_data(enrolled=enrolled, form=form)
            return self.render_to_response(context, status=400)
        attended = set(form.cleaned_data["attended"])
        marked = attendance.mark_attendance(self.session, attended, request.user)
        if marked:
            text = ngettext(
                "Attendance saved: %(count)d person marked.",
                "Attendance saved: %(count)d people marked.",
                marked,
            )
            messages.success(request, text % {"count": marked})
        else:
            messages.info(request, _("Nobody was left to mark: the roll had been saved already."))
        return self.back_to_roll(self.session)

    def closed_message(self):
        if self.session.cancelled:
            return _("The session was cancelled, so it has no roll to mark.")
        day = formats.date_format(timezone.localtime(self.session.starts_at), "DATE_FORMAT")
        return _("Attendance can be marked from the day of the session, %(day)s.") % {"day": day}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        enrolled = context["enrolled"]
        form = context["form"]
        # A form sent back keeps what was ticked.
        checked = set(form.data.getlist("attended")) if form is not None and form.is_bound else ()
        context.update(
            seats_taken=sum(1 for enrolment in enrolled if enrolment.holds_seat),
            waiting=self.waiting(),
            checked=checked,
            closed_message=None if form is not None else self.closed_message(),
            can_change=not self.session.cancelled and not self.session.has_started,
            can_correct=attendance.can_correct(self.session),
            marked_states=attendance.MARKED,
            page_url=self.session.gathering.get_url(request=self.request),
        )
        return context


class SessionCreateView(CoordinatorsOnlyMixin, generic.CreateView):
    """A new session of a gathering page of the user's municipality."""

    model = Session
    form_class = SessionForm
    template_name = "training/roll/session_form.html"

    def get_initial(self):
        initial = super().get_initial()
        gathering = self.request.GET.get("gathering", "")
        if gathering.isdigit():
            initial["gathering"] = int(gathering)
        return initial

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        session = form.save()
        messages.success(
            self.request,
            _("The session was added. Volunteers can enrol in it on the gathering's page."),
        )
        return redirect("trainings:roll", pk=session.pk)


class ChangeableSessionMixin(SessionMixin):
    """A session that has neither started nor been cancelled; else back to its roll."""

    def refuse(self):
        if self.session.cancelled or self.session.has_started:
            messages.error(
                self.request,
                _("The session has started or was cancelled: it can no longer be changed."),
            )
            return self.back_to_roll(self.session)
        return None


class SeatsView(ChangeableSessionMixin, generic.UpdateView):
    """The session's number of seats. More seats go at once to those waiting, in order."""

    form_class = SeatsForm
    template_name = "training/roll/seats_form.html"

    def get_object(self, queryset=None):
        return self.session

    def get_form_kwargs(self):
        taken = services.seats_taken(self.session)
        return {**super().get_form_kwargs(), "seats_taken": taken}

    def form_valid(self, form):
        capacity = form.cleaned_data["capacity"]
        with transaction.atomic():
            # Counted again under the lock that enrolling takes: a seat taken meanwhile counts.
            locked = Session.objects.select_for_update().get(pk=self.session.pk)
            try:
                check_capacity(capacity, services.seats_taken(locked))
            except ValidationError as error:
                form.add_error("capacity", error)
                return self.form_invalid(form)
            Session.objects.filter(pk=locked.pk).update(capacity=capacity)
        offered = services.fill_freed_seats(self.session)
        text = _("The session now has %(capacity)d seats.") % {"capacity": capacity}
        if offered:
            text = " ".join(
                [
                    str(text),
                    ngettext(
                        "A seat was offered to %(count)d person on the waiting list.",
                        "A seat was offered to %(count)d people on the waiting list.",
                        len(offered),
                    )
                    % {"count": len(offered)},
                ]
            )
        messages.success(self.request, text)
        return self.back_to_roll(self.session)


class CancelView(ChangeableSessionMixin, generic.TemplateView):
    """Confirm, then cancel the session: every enrolment ends and each person is told."""

    template_name = "training/roll/cancel.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["told"] = self.session.enrolments.filter(
            state__in=[
                Enrolment.State.CONFIRMED,
                Enrolment.State.WAITING,
                Enrolment.State.OFFERED,
            ]
        ).count()
        return context

    def post(self, request, *args, **kwargs):
        try:
            cancelled = services.cancel_session(self.session, request.user)
        except services.NotPossible as refusal:
            messages.error(request, refusal.message)
        else:
            text = ngettext(
                "The session was cancelled and %(count)d person was told by e-mail.",
                "The session was cancelled and %(count)d people were told by e-mail.",
                len(cancelled),
            )
            messages.success(request, text % {"count": len(cancelled)})
        return self.back_to_roll(self.session)


class CorrectView(SessionMixin, generic.TemplateView):
    """Confirm, then turn one saved mark around (attended ↔ absent): the record, the
    certificate and the onboarding follow (`attendance.correct`)."""

    template_name = "training/roll/correct.html"

    def refuse(self):
        self.enrolment = get_object_or_404(
            self.session.enrolments.select_related("volunteer__user"), pk=self.kwargs["enrolment"]
        )
        if self.enrolment.state not in attendance.MARKED:
            messages.error(self.request, _("That person has no mark on the roll to correct."))
            return self.back_to_roll(self.session)
        if not attendance.can_correct(self.session):
            messages.error(self.request, self.too_late())
            return self.back_to_roll(self.session)
        return None

    def too_late(self):
        day = formats.date_format(attendance.correction_ends(self.session), "DATE_FORMAT")
        return _("The roll could be corrected until %(day)s.") % {"day": day}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["enrolment"] = self.enrolment
        context["attended"] = self.enrolment.state == Enrolment.State.ATTENDED
        return context

    def post(self, request, *args, **kwargs):
        correction = attendance.correct(self.enrolment, request.user)
        name = str(self.enrolment.volunteer)
        if correction is None:
            messages.error(request, self.too_late())
        elif correction.attended:
            messages.success(
                request,
                _(
                    "%(name)s is now marked as attended: the training is on their record and "
                    "their certificate was sent."
                )
                % {"name": name},
            )
        else:
            messages.success(
                request,
                _(
                    "%(name)s is now marked as not attended: the training is off their record "
                    "and their certificate was withdrawn."
                )
                % {"name": name},
            )
        return self.back_to_roll(self.session)
