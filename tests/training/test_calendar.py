"""A volunteer's sessions in their calendar: the personal feed a calendar app subscribes to,
and the daily reminder command with its calendar file."""

import datetime
import io

from django.core import mail, signing
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from tests.factories import SessionFactory
from tests.helpers.training import volunteer
from tests.helpers.translation import translate
from workflows.registry.models import Volunteer
from workflows.training import attendance, calendar, flows, services
from workflows.training.models import Enrolment, Session

pytestmark = pytest.mark.django_db


def feed_url(person, language="fi"):
    with translation.override(language):
        return reverse(
            "my_volunteering:calendar_feed", kwargs={"token": calendar.feed_token(person)}
        )


def move(session, days):
    """Move `session` `days` from now (after enrolling, which only a coming session takes)."""
    start = timezone.now() + datetime.timedelta(days=days)
    Session.objects.filter(pk=session.pk).update(
        starts_at=start, ends_at=start + datetime.timedelta(hours=2)
    )


def remind(capture):
    out = io.StringIO()
    with capture(execute=True):
        call_command("remind_training_sessions", stdout=out)
    return out.getvalue()


# The feed -------------------------------------------------------------------------------------


def test_the_feed_lists_the_sessions_the_volunteer_holds_a_seat_in_without_a_login(
    client, gathering, coordinator
):
    person = volunteer()
    confirmed = SessionFactory(gathering=gathering)
    flows.enrol(person, confirmed)
    recent = SessionFactory(gathering=gathering)
    attendance.mark_attendance(recent, {flows.enrol(person, recent).pk}, coordinator)
    move(recent, -30)
    long_ago = SessionFactory(gathering=gathering)
    flows.enrol(person, long_ago)
    move(long_ago, -120)
    left = SessionFactory(gathering=gathering)
    services.cancel(flows.enrol(person, left), person)
    crowded = SessionFactory(gathering=gathering, capacity=1)
    flows.enrol(volunteer(), crowded)
    flows.enrol(person, crowded)  # only waiting: no seat
    SessionFactory(gathering=gathering)  # not enrolled

    response = client.get(feed_url(person))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    content = response.content.decode()
    assert content.count("BEGIN:VEVENT") == 2
    for session in (confirmed, recent):
        assert f"UID:talkoo-session-{session.pk}@" in content
    assert f"SUMMARY:{gathering.title}" in content


def test_the_feed_follows_enrolments_and_is_never_served_stale(client, session):
    person = volunteer()
    enrolment = flows.enrol(person, session)
    assert client.get(feed_url(person)).content.decode().count("BEGIN:VEVENT") == 1
    services.cancel(enrolment, person)
    assert client.get(feed_url(person)).content.decode().count("BEGIN:VEVENT") == 0


def test_a_cancelled_session_stays_in_the_feed_marked_cancelled(client, session):
    person = volunteer()
    flows.enrol(person, session)
    Session.objects.filter(pk=session.pk).update(cancelled=True)
    content = client.get(feed_url(person)).content.decode()
    assert "STATUS:CANCELLED" in content


def test_the_feed_is_titled_in_the_volunteers_language(
    client, home, gatherings, gathering, session, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    translate(home, {}, capture)
    translate(gatherings, {}, capture)
    translate(gathering, {gathering.title: "Frivillig vid livets slut"}, capture)
    swedish, finnish = volunteer(preferred_language="sv"), volunteer(preferred_language="fi")
    for person in (swedish, finnish):
        flows.enrol(person, session)
    # Whichever language's address the volunteer copied, the titles are in theirs.
    in_swedish = client.get(feed_url(swedish, "fi")).content.decode()
    assert "SUMMARY:Frivillig vid livets slut" in in_swedish
    in_finnish = client.get(feed_url(finnish, "sv")).content.decode()
    assert f"SUMMARY:{gathering.title}" in in_finnish


@pytest.mark.parametrize(
    "token",
    [
        "forged",
        signing.dumps(1, salt="another-purpose", compress=True),
        signing.Signer(salt=calendar.FEED_SALT).sign_object("1"),
        signing.dumps(1, salt=calendar.FEED_SALT, compress=True),
        signing.dumps(1, salt=calendar.FEED_SALT),
    ],
)
def test_a_forged_token_is_not_found(client, session, token):
    person = volunteer()
    flows.enrol(person, session)
    genuine = calendar.feed_token(person)
    assert client.get(feed_url(person)).status_code == 200
    mangled = genuine[:-2] + ("AA" if not genuine.endswith("AA") else "BB")
    for bad in (token, mangled):
        with translation.override("fi"):
            path = reverse("my_volunteering:calendar_feed", kwargs={"token": bad})
        assert client.get(path).status_code == 404


@pytest.mark.parametrize(
    "change",
    [{"erased_at": timezone.now()}, {"status": Volunteer.Status.ENDED}],
    ids=["erased", "ended"],
)
def test_the_feed_stops_once_the_volunteer_is_erased_or_has_left(client, session, change):
    person = volunteer()
    flows.enrol(person, session)
    Volunteer.objects.filter(pk=person.pk).update(**change)
    assert client.get(feed_url(person)).status_code == 404


def test_my_volunteering_shows_the_feed_address_to_subscribe_to(client, session):
    person = volunteer()
    client.force_login(person.user)
    with translation.override("fi"):
        home = reverse("my_volunteering:home")
    content = client.get(home).content.decode()
    assert f'value="http://testserver{feed_url(person)}"' in content
    assert f'href="webcal://testserver{feed_url(person)}"' in content
    assert '<label for="calendar-feed">' in content


# The reminder command -------------------------------------------------------------------------


def test_the_reminder_is_sent_once_with_the_session_as_a_calendar_file(
    session, django_capture_on_commit_callbacks
):
    person = volunteer()
    flows.enrol(person, session)
    flows.enrol(volunteer(), SessionFactory(gathering=session.gathering))  # in a week: later
    move(session, 1)
    mail.outbox.clear()

    assert remind(django_capture_on_commit_callbacks).startswith("reminders sent: 1,")
    (message,) = mail.outbox
    assert message.to == [person.user.email]
    (name, content, mimetype) = message.attachments[0]
    assert mimetype.startswith("text/calendar") and "BEGIN:VEVENT" in content

    assert remind(django_capture_on_commit_callbacks).startswith("reminders sent: 0,")
    assert len(mail.outbox) == 1


def test_the_command_offers_seats_freed_without_anyone_cancelling(
    session, django_capture_on_commit_callbacks
):
    flows.enrol(volunteer(), session)
    flows.enrol(volunteer(), session)
    first, second = flows.enrol(volunteer(), session), flows.enrol(volunteer(), session)
    Session.objects.filter(pk=session.pk).update(capacity=3)  # a bigger room
    mail.outbox.clear()
    capture = django_capture_on_commit_callbacks

    assert remind(capture) == "reminders sent: 0, trainings to renew: 0, freed seats offered: 1\n"
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.state, second.state) == (Enrolment.State.OFFERED, Enrolment.State.WAITING)
    assert [message.to for message in mail.outbox] == [[first.volunteer.user.email]]

    assert remind(capture) == "reminders sent: 0, trainings to renew: 0, freed seats offered: 0\n"
    assert len(mail.outbox) == 1
