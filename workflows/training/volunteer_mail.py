"""What volunteers are told of their sessions: each message in their language, with the
session's calendar file where it helps, and the reminder before the day.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import formats, timezone, translation

from workflows.links import my_volunteering_url, public_language
from workflows.notifications import notify

from .calendar import session_event_file
from .models import Enrolment


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
                tell(enrolment, "session_reminder", attach_event=True)
                reminded += 1
    return reminded


def format_moment(moment, format_name, language):
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


def tell(enrolment, name, attach_event=False, **context):
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


# Cancelling a session ---------------------------------------------------------------------
