"""Trainings and gatherings as My volunteering shows them: the volunteer's enrolments, the
sessions of their municipality they could enrol in, their completed trainings, and the
sessions of their personal calendar feed.

Every query here starts from the volunteer or their municipality. The home page's section
takes a fixed number of queries however many enrolments there are: the gathering pages in
the visitor's language (titles and links) come from one query for all sessions, the places on
the waiting lists from one, and the feedback steps waiting from one.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from viewflow.workflow.models import Task
from viewflow.workflow.status import STATUS

from workflows.registry.models import Training, term_names
from workflows.training.calendar import feed_token
from workflows.training.flows import EnrolmentFlow
from workflows.training.forms import FeedbackForm
from workflows.training.models import Enrolment, Session, gathering_pages
from workflows.training.volunteer_mail import when

State = Enrolment.State

# How many earlier (past, cancelled, lapsed) enrolments and open sessions the home page lists.
RECENT_EARLIER = 10
OPEN_SESSIONS = 20
# A completed training that runs out within this many days is pointed out.
EXPIRY_WARNING_DAYS = 90
# The calendar feed lists the sessions of this many past days, and all coming ones.
FEED_PAST_DAYS = 90
FEED_STATES = (State.CONFIRMED, State.OFFERED, State.ATTENDED)
# Enrolments that still lead to a coming session: listed first, with what can be done.
COMING_STATES = (State.CONFIRMED, State.WAITING, State.OFFERED)

WORDS = {
    State.CONFIRMED: _("You are enrolled."),
    State.WAITING: _("You are on the waiting list."),
    State.OFFERED: _("A seat has been freed for you."),
    State.CANCELLED: _("You cancelled your enrolment."),
    State.EXPIRED: _("The seat offered to you was not confirmed in time."),
    State.ATTENDED: _("You attended."),
    State.ABSENT: _("You were marked as not attending."),
}
SESSION_CANCELLED = _("The session was cancelled.")
WAITING_PLACE = _("You are number %(position)s on the waiting list.")


def feedback_prefix(enrolment_pk):
    """Each feedback form on the page has its own field names and ids."""
    return f"feedback-{enrolment_pk}"


def own_enrolment(volunteer, pk):
    """Enrolment `pk` if it is `volunteer`'s, else None: nobody learns another's exists."""
    return (
        Enrolment.objects.filter(pk=pk, volunteer=volunteer)
        .select_related("session__gathering", "session__site", "volunteer__user")
        .first()
    )


def page_url(page, request):
    return page.get_url(request) if page.live else None


# The home page ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One of the volunteer's enrolments, in the words of the active language."""

    enrolment: Enrolment
    title: str
    url: str | None  # the gathering's page, when published
    when: str
    position: int | None = None  # on the waiting list
    feedback_form: FeedbackForm | None = None  # while their feedback is waited for

    @property
    def session(self):
        return self.enrolment.session

    @property
    def words(self):
        state = self.enrolment.state
        if state == State.CANCELLED and self.session.cancelled:
            return SESSION_CANCELLED
        if state == State.WAITING and self.position:
            return WAITING_PLACE % {"position": self.position}
        return WORDS.get(state, "")

    @property
    def actions_open(self):
        """Calendar, cancel, confirm: only before the session, and if it still takes place."""
        return self.enrolment.can_cancel and not self.session.cancelled


@dataclass(frozen=True)
class OpenSession:
    """A coming session of the volunteer's municipality they are not enrolled in."""

    session: Session
    title: str
    url: str | None
    when: str
    seats_left: int
    waiting: int


@dataclass(frozen=True)
class Completed:
    """A training on the volunteer's record: the latest time they completed it."""

    name: str
    completed_on: date
    valid_until: date | None

    @property
    def expired(self):
        return self.valid_until is not None and self.valid_until < timezone.localdate()

    @property
    def expiring(self):
        soon = timezone.localdate() + timedelta(days=EXPIRY_WARNING_DAYS)
        return self.valid_until is not None and not self.expired and self.valid_until <= soon


def _enrolments(volunteer):
    """(coming, earlier): enrolments still leading to a session, soonest first; then the
    recent others, latest first."""
    coming = Q(session__ends_at__gt=timezone.now(), state__in=COMING_STATES)
    mine = Enrolment.objects.filter(volunteer=volunteer).select_related(
        "session__gathering", "session__site"
    )
    return (
        list(mine.filter(coming).order_by("session__starts_at", "pk")),
        list(mine.exclude(coming).order_by("-session__starts_at", "-pk")[:RECENT_EARLIER]),
    )


def _waiting_places(enrolments):
    """{enrolment pk: its place on its session's waiting list}, first come first served."""
    sessions = {e.session_id for e in enrolments if e.state == State.WAITING}
    if not sessions:
        return {}
    queue = (
        Enrolment.objects.filter(session_id__in=sessions, state=State.WAITING)
        .order_by("session_id", "waiting_since", "pk")
        .values_list("session_id", "pk")
    )
    places, counted = {}, {}
    for session_id, pk in queue:
        counted[session_id] = counted.get(session_id, 0) + 1
        places[pk] = counted[session_id]
    return places


def _feedback_waited(enrolments):
    """The pks of the attended enrolments whose feedback step waits."""
    attended = [e.pk for e in enrolments if e.state == State.ATTENDED]
    if not attended:
        return set()
    return set(
        Task.objects.filter(
            process_id__in=attended, flow_task=EnrolmentFlow.feedback, status=STATUS.NEW
        ).values_list("process_id", flat=True)
    )


def open_sessions(volunteer):
    """The coming sessions of the volunteer's municipality they could enrol in."""
    if volunteer.has_left:
        return []
    standing = Enrolment.objects.filter(volunteer=volunteer, state__in=Enrolment.STANDING)
    return list(
        Session.objects.upcoming()
        .filter(site_id=volunteer.site_id, gathering__live=True)
        .exclude(pk__in=standing.values("session_id"))
        .with_seats_taken()
        .select_related("gathering", "site")
        .order_by("starts_at", "pk")[:OPEN_SESSIONS]
    )


def completed_trainings(volunteer):
    latest = {}
    for record in volunteer.trainings.order_by("completed_on", "pk"):
        latest[record.training_id] = record
    if not latest:
        return []
    names = term_names(Training, pk__in=list(latest))
    return [
        Completed(names.get(pk, ""), record.completed_on, record.valid_until)
        for pk, record in sorted(latest.items(), key=lambda item: item[1].completed_on)
    ]


def feed_address(request, volunteer):
    path = reverse("my_volunteering:calendar_feed", kwargs={"token": feed_token(volunteer)})
    return request.build_absolute_uri(path)


def overview(request, volunteer, feedback_form=None):
    """The home page's section. `feedback_form`: a feedback form that did not validate, shown
    again with its errors and what was typed."""
    language = get_language()
    coming, earlier = _enrolments(volunteer)
    available = open_sessions(volunteer)
    everything = [e.session for e in coming + earlier] + available
    pages = gathering_pages(everything, language)
    places = _waiting_places(coming)
    waited = _feedback_waited(earlier)

    def form_for(enrolment):
        if enrolment.pk not in waited:
            return None
        prefix = feedback_prefix(enrolment.pk)
        if feedback_form is not None and feedback_form.prefix == prefix:
            return feedback_form
        return FeedbackForm(prefix=prefix)

    def line(enrolment):
        page = pages[enrolment.session_id]
        return Line(
            enrolment,
            page.title,
            page_url(page, request),
            when(enrolment.session, language),
            position=places.get(enrolment.pk),
            feedback_form=form_for(enrolment),
        )

    def offered(session):
        page = pages[session.pk]
        return OpenSession(
            session,
            page.title,
            page_url(page, request),
            when(session, language),
            session.seats_left,
            session.waiting_count,
        )

    feed = feed_address(request, volunteer)
    return {
        "enrolments_coming": [line(e) for e in coming],
        "enrolments_earlier": [line(e) for e in earlier],
        "open_sessions": [offered(s) for s in available],
        "completed_trainings": completed_trainings(volunteer),
        "calendar_feed": feed,
        "calendar_subscribe": "webcal://" + feed.split("://", 1)[1],
    }


# The calendar feed --------------------------------------------------------------------------


def feed_sessions(volunteer):
    """The sessions in `volunteer`'s calendar feed: those they hold or held a seat in, of the
    past FEED_PAST_DAYS days and the future; a session cancelled since stays, marked so."""
    since = timezone.now() - timedelta(days=FEED_PAST_DAYS)
    return list(
        Session.objects.filter(
            enrolments__volunteer=volunteer,
            enrolments__state__in=FEED_STATES,
            starts_at__gte=since,
        )
        .select_related("gathering", "site")
        .distinct()
        .order_by("starts_at", "pk")
    )
