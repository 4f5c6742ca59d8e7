"""The volunteer's trainings and gatherings: enrol, confirm a freed seat, cancel, give
feedback, and take the sessions into a calendar.

Each step is a POST that sends the volunteer back to the home page with a message (post /
redirect / get); a step no longer possible (a double submit, a lapsed seat offer, a full or
cancelled session) is told in words, never an error page. An enrolment named in an address
is looked for among the logged-in volunteer's own only, so anyone else's is a 404.

The calendar feed is the one page here without a login, because a calendar application
cannot log in: its address carries a signed token of the volunteer (`calendar.feed_token`).
Everything here is personal: never stored in any cache.
"""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_POST

from workflows.engine import waiting_task
from workflows.links import public_language
from workflows.registry.models import Volunteer
from workflows.training import calendar, flows, services, volunteer_mail
from workflows.training.forms import FeedbackForm
from workflows.training.models import Enrolment, Session, gathering_pages

from . import enrolments
from .views import HOME, render_home, volunteer_only

State = Enrolment.State

ENROLLED = {
    State.CONFIRMED: _("You are enrolled in %(title)s. We have sent the details to your e-mail."),
    State.WAITING: _(
        "%(title)s is full, so you are on its waiting list. "
        "We will tell you by e-mail if a seat is freed for you."
    ),
}
CONFIRMED = _("Your seat is confirmed. We have sent the details to your e-mail.")
ALREADY_CONFIRMED = _("You have already confirmed this seat.")
CANCELLED = {
    State.CONFIRMED: _("Your enrolment has been cancelled."),
    State.WAITING: _("You have left the waiting list."),
    State.OFFERED: _("You declined the seat. Thank you for letting us know."),
}
ALREADY_CANCELLED = _("This enrolment has already been cancelled.")
FEEDBACK_THANKS = _("Thank you for your feedback!")
FEEDBACK_ALREADY = _("You have already given feedback on this session. Thank you!")
FEEDBACK_CLOSED = _("This session is no longer waiting for your feedback.")
FEED_NAME = _("My trainings and gatherings")

private = cache_control(private=True, no_store=True)


def _own(volunteer, pk):
    enrolment = enrolments.own_enrolment(volunteer, pk)
    if enrolment is None:
        raise Http404
    return enrolment


@private
@require_POST
@volunteer_only
def enrol(request, volunteer, pk):
    sessions = Session.objects.select_related("gathering")
    session = get_object_or_404(sessions, pk=pk, site_id=volunteer.site_id)
    try:
        enrolment = flows.enrol(volunteer, session)
    except services.NotPossible as refusal:
        messages.error(request, refusal.message)
    else:
        title = session.title_in(get_language())
        messages.success(request, ENROLLED[enrolment.state] % {"title": title})
    return redirect(HOME)


@private
@require_POST
@volunteer_only
def confirm(request, volunteer, pk):
    enrolment = _own(volunteer, pk)
    try:
        services.confirm_seat(enrolment, volunteer)
    except services.NotPossible as refusal:
        enrolment.refresh_from_db(fields=["state"])
        if enrolment.state == State.CONFIRMED:
            messages.info(request, ALREADY_CONFIRMED)
        else:
            messages.error(request, refusal.message)
    else:
        messages.success(request, CONFIRMED)
    return redirect(HOME)


def _why_not_cancellable(enrolment):
    if enrolment.state == State.CANCELLED:
        return ALREADY_CANCELLED
    if enrolment.session.has_started:
        return services.TOO_LATE
    return services.NOT_WAITING


@private
@volunteer_only
def cancel(request, volunteer, pk):
    """GET asks the volunteer to confirm; POST cancels (or leaves the waiting list, or
    declines the seat offered)."""
    enrolment = _own(volunteer, pk)
    if request.method == "POST":
        state = enrolment.state
        try:
            services.cancel(enrolment, volunteer)
        except services.NotPossible as refusal:
            enrolment.refresh_from_db(fields=["state"])
            cancelled = enrolment.state == State.CANCELLED
            messages.error(request, ALREADY_CANCELLED if cancelled else refusal.message)
        else:
            messages.success(request, CANCELLED[state])
        return redirect(HOME)
    if not enrolment.can_cancel:
        messages.error(request, _why_not_cancellable(enrolment))
        return redirect(HOME)
    session = enrolment.session
    context = {
        "enrolment": enrolment,
        "title": session.title_in(get_language()),
        "when": volunteer_mail.when(session, get_language()),
    }
    return render(request, "my_volunteering/training_cancel.html", context)


@private
@require_POST
@volunteer_only
def feedback(request, volunteer, pk):
    enrolment = _own(volunteer, pk)
    form = FeedbackForm(request.POST, prefix=enrolments.feedback_prefix(enrolment.pk))
    if not form.is_valid():
        if waiting_task(enrolment, "feedback") is None:
            messages.error(request, _feedback_refusal(enrolment))
            return redirect(HOME)
        return render_home(request, volunteer, feedback_form=form)
    data = form.cleaned_data
    try:
        services.give_feedback(enrolment, volunteer, data["rating"], data["comment"])
    except services.NotPossible:
        messages.error(request, _feedback_refusal(enrolment))
    else:
        messages.success(request, FEEDBACK_THANKS)
    return redirect(HOME)


def _feedback_refusal(enrolment):
    enrolment.refresh_from_db(fields=["feedback_at"])
    return FEEDBACK_ALREADY if enrolment.feedback_at else FEEDBACK_CLOSED


def _calendar_response(content, filename=None):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Robots-Tag"] = "noindex"
    return response


@private
@require_GET
@volunteer_only
def session_event(request, volunteer, pk):
    """The session of the volunteer's own enrolment `pk` as a calendar file to open."""
    enrolment = _own(volunteer, pk)
    filename, content, _mimetype = calendar.session_event_file(enrolment.session, get_language())
    return _calendar_response(content, filename)


@private
@require_GET
def calendar_feed(request, token):
    """The volunteer's sessions as a calendar to subscribe to, titled in their language."""
    pk = calendar.volunteer_from_token(token)
    volunteers = Volunteer.objects.filter(erased_at__isnull=True).exclude(
        status=Volunteer.Status.ENDED
    )
    volunteer = volunteers.filter(pk=pk).first() if isinstance(pk, int) else None
    if volunteer is None:
        raise Http404
    language = public_language(volunteer.preferred_language)
    sessions = enrolments.feed_sessions(volunteer)
    pages = gathering_pages(sessions, language)
    with translation.override(language):
        name = str(FEED_NAME)
    titles = {session_pk: page.title for session_pk, page in pages.items()}
    return _calendar_response(calendar.feed(sessions, name, titles))
