"""Sessions as iCalendar (RFC 5545): one event attached to an e-mail, or a volunteer's feed.

A calendar application cannot log in, so a volunteer's feed lives at an address that
carries a signed token of the volunteer (`feed_token`); it lists only their own sessions'
titles, times and places, and stops answering once they are erased or have left.
"""

import zlib

from django.core import signing
from django.utils import timezone

from icalendar import Calendar, Event

from workflows.links import public_language

FEED_SALT = "workflows.training.calendar-feed"
PRODID = "-//Talkoo//Volunteer sessions//FI"


def _signer():
    # No timestamp: the address a volunteer subscribed to stays the same on every visit.
    return signing.Signer(salt=FEED_SALT)


def feed_token(volunteer):
    return _signer().sign_object(volunteer.pk, compress=True)


def volunteer_from_token(token):
    """The volunteer pk in `token`, or None when it was not made here."""
    try:
        return _signer().unsign_object(token)
    except (signing.BadSignature, ValueError, zlib.error):
        # A signature of ours over something else (another format) is no token either.
        return None


def _calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    return calendar


def _event(session, title, url=""):
    event = Event()
    event.add("uid", f"talkoo-session-{session.pk}@{session.site.hostname}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", session.starts_at)
    event.add("dtend", session.ends_at)
    event.add("summary", title)
    event.add("location", ", ".join(part for part in (session.place, session.address) if part))
    if session.cancelled:
        event.add("status", "CANCELLED")
    if url:
        event.add("url", url)
    return event


def session_event_file(session, language):
    """(file name, content, MIME type) of `session` as a calendar event, titled in
    `language`: an e-mail attachment or a download."""
    title = session.title_in(public_language(language))
    calendar = _calendar(title)
    calendar.add_component(_event(session, title))
    return (f"session-{session.pk}.ics", calendar.to_ical(), "text/calendar")


def feed(sessions, name, titles):
    """The calendar of `sessions`, each titled by `titles[session.pk]`."""
    calendar = _calendar(name)
    for session in sessions:
        calendar.add_component(_event(session, titles[session.pk]))
    return calendar.to_ical()
