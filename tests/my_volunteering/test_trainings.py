"""Trainings and gatherings in My volunteering over HTTP: enrolling, the waiting list, a freed
seat, cancelling, feedback and completed trainings, in Finnish and Swedish; and what a
volunteer must never reach (another's enrolment, a forged session)."""

import datetime
import html
import re

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import formats, timezone, translation

from wagtail.models import Page, Site

import pytest

from tests.factories import (
    GatheringPageFactory,
    HomePageFactory,
    SessionFactory,
    TrainingFactory,
)
from tests.helpers.processes import open_steps
from tests.helpers.training import volunteer
from tests.helpers.translation import translate
from workflows.my_volunteering import enrolments as lines
from workflows.my_volunteering import trainings
from workflows.registry.models import TrainingRecord, Volunteer
from workflows.training import attendance, flows, services
from workflows.training.models import Enrolment, Session

pytestmark = pytest.mark.django_db


def url(name, language="fi", **kwargs):
    with translation.override(language):
        return reverse(f"my_volunteering:{name}", kwargs=kwargs or None)


def said(message, language="fi"):
    """`message` as the page in `language` shows it (whatever the catalogue holds today)."""
    with translation.override(language):
        return translation.gettext(str(message))


def told(client, response):
    """The notices the page a step redirected to shows (which also clears them)."""
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    return [html.unescape(text) for text in re.findall(r'class="notice [^"]*">(.*?)</p>', page)]


def logged_in(client, person=None):
    person = person or volunteer()
    client.force_login(person.user)
    return person


def to_the_past(session):
    """Move `session` to an hour ago (after enrolling, which only a coming session takes)."""
    Session.objects.filter(pk=session.pk).update(
        starts_at=timezone.now() - datetime.timedelta(hours=2),
        ends_at=timezone.now() - datetime.timedelta(hours=1),
    )
    session.refresh_from_db()


def attended(session, person, coordinator):
    """`person` enrolled in `session`, which then took place and they attended it."""
    enrolment = flows.enrol(person, session)
    to_the_past(session)
    attendance.mark_attendance(session, {enrolment.pk}, coordinator)
    enrolment.refresh_from_db()
    return enrolment


def page_path(page):
    return page.relative_url(page.get_site())


def full(session):
    """Every seat of `session` taken by someone else."""
    for _ in range(session.capacity - services.seats_taken(session)):
        flows.enrol(volunteer(), session)


# The home page's section ----------------------------------------------------------------------


def test_home_shows_each_enrolment_in_plain_words_with_what_can_be_done(
    client, session, gathering, coordinator
):
    person = logged_in(client)
    confirmed = flows.enrol(person, session)
    crowded = SessionFactory(gathering=gathering, capacity=1)
    full(crowded)
    flows.enrol(volunteer(), crowded)  # first on the waiting list
    waiting = flows.enrol(person, crowded)
    past = SessionFactory(gathering=gathering)
    feedback_due = attended(past, person, coordinator)

    response = client.get(url("home"))
    content = response.content.decode()
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert 'id="trainings-heading"' in content
    assert said(lines.WORDS[Enrolment.State.CONFIRMED]) in content
    assert said(lines.WAITING_PLACE) % {"position": 2} in content
    assert said(lines.WORDS[Enrolment.State.ATTENDED]) in content
    assert url("training_event", pk=confirmed.pk) in content
    assert url("training_cancel", pk=confirmed.pk) in content
    assert url("training_cancel", pk=waiting.pk) in content
    # The attended session's feedback: a rating 1–5 as radio buttons in a fieldset.
    assert url("training_feedback", pk=feedback_due.pk) in content
    form = content.split(url("training_feedback", pk=feedback_due.pk))[1].split("</form>")[0]
    assert "<fieldset" in form and "<legend" in form
    assert form.count('type="radio"') == 5
    for rating in range(1, 6):
        radio = f'name="feedback-{feedback_due.pk}-rating" value="{rating}"'
        assert radio in form
    assert re.search(r'<label for="id_feedback-\d+-comment">', form)
    # The gathering's page is linked in the visitor's language.
    assert f'href="{page_path(gathering)}"' in content


def test_upcoming_enrolments_come_before_earlier_ones(client, session, gathering, coordinator):
    person = logged_in(client)
    earlier = SessionFactory(gathering=gathering)
    attended(earlier, person, coordinator)
    flows.enrol(person, session)
    content = client.get(url("home")).content.decode()
    coming = content.index(said("Your coming sessions"))
    before = content.index(said("Earlier enrolments"))
    assert coming < content.index(url("training_cancel", pk=session.enrolments.get().pk)) < before


def test_a_seat_offered_from_the_waiting_list_shows_its_deadline_and_can_be_confirmed(
    client, session, django_capture_on_commit_callbacks
):
    person = logged_in(client)
    full(session)
    waiting = flows.enrol(person, session)
    first = session.enrolments.filter(state=Enrolment.State.CONFIRMED).first()
    services.cancel(first, first.volunteer)
    waiting.refresh_from_db()
    assert waiting.state == Enrolment.State.OFFERED

    content = client.get(url("home")).content.decode()
    assert url("training_confirm", pk=waiting.pk) in content
    assert url("training_cancel", pk=waiting.pk) in content  # decline
    with translation.override("fi"):
        deadline = formats.date_format(
            timezone.localtime(waiting.seat_offered_until), "DATETIME_FORMAT"
        )
    assert deadline in content

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("training_confirm", pk=waiting.pk))
    assert response.status_code == 302 and response["Location"] == url("home")
    assert told(client, response) == [said(trainings.CONFIRMED)]
    waiting.refresh_from_db()
    assert waiting.state == Enrolment.State.CONFIRMED
    assert open_steps(waiting) == ["attend"]

    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(url("training_confirm", pk=waiting.pk))
    assert again.status_code == 302
    assert told(client, again) == [said(trainings.ALREADY_CONFIRMED)]
    assert len(mail.outbox) == 1  # the confirmation, once


def test_sessions_to_enrol_in_are_listed_with_a_link_to_the_gathering(client, session, gathering):
    person = logged_in(client)
    elsewhere_home = HomePageFactory(parent=Page.get_first_root_node(), slug="muualla")
    Site.objects.create(hostname="muualla.test", root_page=elsewhere_home)
    other_gathering = GatheringPageFactory(parent=elsewhere_home)
    foreign = SessionFactory(gathering=other_gathering)  # another municipality's
    cancelled = SessionFactory(gathering=gathering, cancelled=True)
    content = client.get(url("home")).content.decode()
    assert content.count(url("training_enrol", pk=session.pk)) == 1
    assert url("training_enrol", pk=cancelled.pk) not in content
    assert url("training_enrol", pk=foreign.pk) not in content
    assert f'href="{page_path(gathering)}"' in content
    assert other_gathering.title not in content

    flows.enrol(person, session)
    content = client.get(url("home")).content.decode()
    assert url("training_enrol", pk=session.pk) not in content


# Enrolling ------------------------------------------------------------------------------------


def test_enrolling_confirms_a_seat_and_a_double_submit_is_counted_once(
    client, session, gathering, django_capture_on_commit_callbacks
):
    person = logged_in(client)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("training_enrol", pk=session.pk))
    assert response.status_code == 302 and response["Location"] == url("home")
    expected = said(trainings.ENROLLED[Enrolment.State.CONFIRMED]) % {"title": gathering.title}
    assert told(client, response) == [expected]
    assert session.enrolments.get().volunteer == person

    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(url("training_enrol", pk=session.pk))
    assert again.status_code == 302
    assert told(client, again) == [said(services.ALREADY_ENROLLED)]
    assert session.enrolments.count() == 1
    assert len(mail.outbox) == 1


def test_enrolling_in_a_full_session_joins_the_waiting_list(client, session, gathering):
    full(session)
    person = logged_in(client)
    response = client.post(url("training_enrol", pk=session.pk))
    expected = said(trainings.ENROLLED[Enrolment.State.WAITING]) % {"title": gathering.title}
    assert told(client, response) == [expected]
    enrolment = session.enrolments.get(volunteer=person)
    assert enrolment.state == Enrolment.State.WAITING
    content = client.get(url("home")).content.decode()
    assert said(lines.WAITING_PLACE) % {"position": 1} in content


def test_a_session_no_longer_open_is_told_clearly_not_an_error_page(client, session):
    logged_in(client)
    Session.objects.filter(pk=session.pk).update(cancelled=True)
    response = client.post(url("training_enrol", pk=session.pk))
    assert response.status_code == 302
    assert told(client, response) == [said(services.SESSION_CLOSED)]
    assert not session.enrolments.exists()


def test_an_ended_volunteer_is_told_they_cannot_enrol(client, session):
    person = logged_in(client, volunteer(status=Volunteer.Status.ENDED))
    content = client.get(url("home")).content.decode()
    assert url("training_enrol", pk=session.pk) not in content
    response = client.post(url("training_enrol", pk=session.pk))
    assert told(client, response) == [said(services.NOT_A_VOLUNTEER)]
    assert not person.enrolments.exists()


def test_a_forged_or_foreign_session_is_not_found(client, session):
    logged_in(client)
    elsewhere_home = HomePageFactory(parent=Page.get_first_root_node(), slug="muualla")
    Site.objects.create(hostname="muualla.test", root_page=elsewhere_home)
    foreign = SessionFactory(gathering=GatheringPageFactory(parent=elsewhere_home))
    assert client.post(url("training_enrol", pk=foreign.pk)).status_code == 404
    assert client.post(url("training_enrol", pk=999999)).status_code == 404
    assert not Enrolment.objects.exists()


def test_enrolling_takes_a_post_only(client, session):
    logged_in(client)
    assert client.get(url("training_enrol", pk=session.pk)).status_code == 405
    assert not session.enrolments.exists()


# Cancelling -----------------------------------------------------------------------------------


def test_cancelling_asks_first_then_frees_the_seat_for_the_first_waiting_once(client, session):
    person = logged_in(client)
    mine = flows.enrol(person, session)
    full(session)
    next_in_line = flows.enrol(volunteer(), session)

    page = client.get(url("training_cancel", pk=mine.pk))
    content = page.content.decode()
    assert page.status_code == 200 and "private" in page["Cache-Control"]
    assert f'method="post" action="{url("training_cancel", pk=mine.pk)}"' in content
    mine.refresh_from_db()
    assert mine.state == Enrolment.State.CONFIRMED  # opening the page changes nothing

    response = client.post(url("training_cancel", pk=mine.pk))
    assert response.status_code == 302 and response["Location"] == url("home")
    assert told(client, response) == [said(trainings.CANCELLED[Enrolment.State.CONFIRMED])]
    mine.refresh_from_db()
    next_in_line.refresh_from_db()
    assert mine.state == Enrolment.State.CANCELLED
    assert next_in_line.state == Enrolment.State.OFFERED

    again = client.post(url("training_cancel", pk=mine.pk))
    assert told(client, again) == [said(trainings.ALREADY_CANCELLED)]
    assert session.enrolments.filter(state=Enrolment.State.OFFERED).count() == 1
    gone = client.get(url("training_cancel", pk=mine.pk))
    assert gone.status_code == 302
    assert told(client, gone) == [said(trainings.ALREADY_CANCELLED)]


def test_leaving_the_waiting_list(client, session):
    full(session)
    person = logged_in(client)
    waiting = flows.enrol(person, session)
    assert client.get(url("training_cancel", pk=waiting.pk)).status_code == 200
    response = client.post(url("training_cancel", pk=waiting.pk))
    assert told(client, response) == [said(trainings.CANCELLED[Enrolment.State.WAITING])]
    waiting.refresh_from_db()
    assert waiting.state == Enrolment.State.CANCELLED


def test_declining_an_offered_seat_offers_it_to_the_next(client, session):
    person = logged_in(client)
    full(session)
    mine = flows.enrol(person, session)
    after_me = flows.enrol(volunteer(), session)
    first = session.enrolments.filter(state=Enrolment.State.CONFIRMED).first()
    services.cancel(first, first.volunteer)
    mine.refresh_from_db()
    assert mine.state == Enrolment.State.OFFERED
    response = client.post(url("training_cancel", pk=mine.pk))
    assert told(client, response) == [said(trainings.CANCELLED[Enrolment.State.OFFERED])]
    after_me.refresh_from_db()
    assert after_me.state == Enrolment.State.OFFERED


def test_a_session_that_has_started_cannot_be_cancelled(client, session):
    person = logged_in(client)
    mine = flows.enrol(person, session)
    to_the_past(session)
    assert url("training_cancel", pk=mine.pk) not in client.get(url("home")).content.decode()
    page = client.get(url("training_cancel", pk=mine.pk))
    assert page.status_code == 302 and told(client, page) == [said(services.TOO_LATE)]
    response = client.post(url("training_cancel", pk=mine.pk))
    assert told(client, response) == [said(services.TOO_LATE)]
    mine.refresh_from_db()
    assert mine.state == Enrolment.State.CONFIRMED


# Feedback -------------------------------------------------------------------------------------


def feedback_data(enrolment, rating="4", comment="Hyvä koulutus."):
    prefix = lines.feedback_prefix(enrolment.pk)
    return {f"{prefix}-rating": rating, f"{prefix}-comment": comment}


def test_feedback_is_stored_once_and_thanked(client, session, coordinator):
    person = logged_in(client)
    enrolment = attended(session, person, coordinator)
    assert open_steps(enrolment) == ["feedback"]
    response = client.post(url("training_feedback", pk=enrolment.pk), feedback_data(enrolment))
    assert told(client, response) == [said(trainings.FEEDBACK_THANKS)]
    enrolment.refresh_from_db()
    assert (enrolment.feedback_rating, enrolment.feedback_comment) == (4, "Hyvä koulutus.")
    assert open_steps(enrolment) == []
    content = client.get(url("home")).content.decode()
    assert url("training_feedback", pk=enrolment.pk) not in content

    again = client.post(
        url("training_feedback", pk=enrolment.pk), feedback_data(enrolment, rating="1")
    )
    assert told(client, again) == [said(trainings.FEEDBACK_ALREADY)]
    enrolment.refresh_from_db()
    assert enrolment.feedback_rating == 4


@pytest.mark.parametrize("rating", ["9", "0", "", "viisi"])
def test_a_bad_rating_is_shown_with_its_error_and_keeps_the_comment(
    client, session, coordinator, rating
):
    person = logged_in(client)
    enrolment = attended(session, person, coordinator)
    data = feedback_data(enrolment, rating=rating, comment="Sali oli kylmä.")
    response = client.post(url("training_feedback", pk=enrolment.pk), data)
    content = response.content.decode()
    assert response.status_code == 200
    assert "error-summary" in content and "Sali oli kylmä." in content
    assert f'href="#id_feedback-{enrolment.pk}-rating_0"' in content
    enrolment.refresh_from_db()
    assert enrolment.feedback_rating is None and open_steps(enrolment) == ["feedback"]


def test_feedback_on_a_session_not_attended_is_refused_in_words(client, session):
    person = logged_in(client)
    enrolment = flows.enrol(person, session)
    response = client.post(url("training_feedback", pk=enrolment.pk), feedback_data(enrolment))
    assert response.status_code == 302
    assert told(client, response) == [said(trainings.FEEDBACK_CLOSED)]
    bad = client.post(url("training_feedback", pk=enrolment.pk), feedback_data(enrolment, "9"))
    assert bad.status_code == 302 and told(client, bad) == [said(trainings.FEEDBACK_CLOSED)]


# Completed trainings --------------------------------------------------------------------------


def test_completed_trainings_show_until_when_they_are_valid(client, companion_training):
    person = logged_in(client)
    today = timezone.localdate()
    first_aid = TrainingFactory(name="Ensiapu")
    orientation = TrainingFactory(name="Perehdytys")
    TrainingRecord.objects.create(
        volunteer=person,
        training=companion_training,
        completed_on=today - datetime.timedelta(days=1000),
        valid_until=today + datetime.timedelta(days=30),
    )
    TrainingRecord.objects.create(
        volunteer=person,
        training=first_aid,
        completed_on=today - datetime.timedelta(days=800),
        valid_until=today - datetime.timedelta(days=5),
    )
    TrainingRecord.objects.create(
        volunteer=person, training=orientation, completed_on=today, valid_until=None
    )
    section = client.get(url("home")).content.decode().split('id="trainings-heading"')[1]
    listed = section.split(said("Your completed trainings"))[1].split("</ul>")[0]
    items = re.findall(r"<li>(.*?)</li>", listed, re.S)
    assert [item.split(",")[0].strip() for item in items] == [
        "Saattohoidon vapaaehtoiskoulutus",
        "Ensiapu",
        "Perehdytys",
    ]
    assert 'class="badge"' in items[0] and 'class="badge"' in items[1]
    assert 'class="badge"' not in items[2]
    assert items[0] != items[1]  # expiring soon, and expired, in different words


# Calendar downloads ---------------------------------------------------------------------------


def test_the_volunteer_downloads_their_session_as_a_calendar_file(client, session, gathering):
    person = logged_in(client)
    enrolment = flows.enrol(person, session)
    response = client.get(url("training_event", pk=enrolment.pk))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"] == f'attachment; filename="session-{session.pk}.ics"'
    content = response.content.decode()
    assert content.count("BEGIN:VEVENT") == 1 and gathering.title in content


# Who may do what ------------------------------------------------------------------------------


def test_another_volunteers_enrolment_is_not_found(
    client, session, coordinator, django_capture_on_commit_callbacks
):
    theirs = flows.enrol(volunteer(), session)
    past = attended(SessionFactory(gathering=session.gathering), volunteer(), coordinator)
    logged_in(client)
    for name in ("training_cancel", "training_event"):
        assert client.get(url(name, pk=theirs.pk)).status_code == 404
    for name in ("training_cancel", "training_confirm"):
        assert client.post(url(name, pk=theirs.pk)).status_code == 404
    feedback = client.post(url("training_feedback", pk=past.pk), feedback_data(past))
    assert feedback.status_code == 404
    assert client.get(url("training_cancel", pk=999999)).status_code == 404
    theirs.refresh_from_db()
    past.refresh_from_db()
    assert theirs.state == Enrolment.State.CONFIRMED and past.feedback_at is None


def test_anonymous_visitors_are_sent_to_log_in(client, session):
    enrolment = flows.enrol(volunteer(), session)
    login = url("login")
    for response in (
        client.get(url("training_cancel", pk=enrolment.pk)),
        client.get(url("training_event", pk=enrolment.pk)),
        client.post(url("training_enrol", pk=session.pk)),
        client.post(url("training_confirm", pk=enrolment.pk)),
        client.post(url("training_cancel", pk=enrolment.pk)),
    ):
        assert response.status_code == 302 and response["Location"].startswith(login)
    assert session.enrolments.count() == 1


def test_someone_without_a_volunteer_profile_is_refused(client, session, coordinator):
    client.force_login(coordinator)
    assert client.post(url("training_enrol", pk=session.pk)).status_code == 403
    assert not session.enrolments.exists()


# Swedish --------------------------------------------------------------------------------------


def test_the_section_works_the_same_in_swedish(
    client, home, gatherings, gathering, session, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    translate(home, {}, capture)
    translate(gatherings, {}, capture)
    swedish = translate(gathering, {gathering.title: "Frivillig vid livets slut"}, capture)
    person = logged_in(client, volunteer(preferred_language="sv"))

    content = client.get(url("home", "sv")).content.decode()
    assert 'lang="sv"' in content and 'id="trainings-heading"' in content
    assert "Frivillig vid livets slut" in content
    assert page_path(swedish).startswith("/sv/") and f'href="{page_path(swedish)}"' in content
    enrol_sv = url("training_enrol", "sv", pk=session.pk)
    assert enrol_sv.startswith("/sv/") and enrol_sv in content
    assert url("calendar_feed", "sv", token="x")[: -len("x.ics")] in content

    response = client.post(enrol_sv)
    assert response.status_code == 302 and response["Location"] == url("home", "sv")
    expected = said(trainings.ENROLLED[Enrolment.State.CONFIRMED], "sv")
    assert told(client, response) == [expected % {"title": "Frivillig vid livets slut"}]
    enrolment = person.enrolments.get()
    page = client.get(url("training_cancel", "sv", pk=enrolment.pk)).content.decode()
    assert 'lang="sv"' in page and "Frivillig vid livets slut" in page
    download = client.get(url("training_event", "sv", pk=enrolment.pk)).content.decode()
    assert "SUMMARY:Frivillig vid livets slut" in download


# Queries --------------------------------------------------------------------------------------


def test_the_section_takes_a_fixed_number_of_queries(
    client, gathering, coordinator, django_assert_max_num_queries
):
    person = logged_in(client)
    TrainingRecord.objects.create(
        volunteer=person,
        training=gathering.training,
        completed_on=timezone.localdate(),
        valid_until=timezone.localdate() + datetime.timedelta(days=60),
    )

    def one_of_each():
        coming = SessionFactory(gathering=gathering, capacity=1)
        flows.enrol(person, coming)
        crowded = SessionFactory(gathering=gathering, capacity=1)
        full(crowded)
        flows.enrol(person, crowded)
        attended(SessionFactory(gathering=gathering), person, coordinator)
        SessionFactory(gathering=gathering)  # open to enrol in

    one_of_each()
    client.get(url("home"))  # caches warmed (site root paths), so that only rows count
    with CaptureQueriesContext(connection) as few:
        response = client.get(url("home"))
    assert response.content.decode().count('class="card"') == 4
    allowed = len(few)  # read now: the next request empties the connection's query log

    for _ in range(3):
        one_of_each()
    client.get(url("home"))  # saving sessions emptied the cached site shell: warm it again
    with django_assert_max_num_queries(allowed):
        more = client.get(url("home"))
    assert more.content.decode().count('class="card"') == 16
