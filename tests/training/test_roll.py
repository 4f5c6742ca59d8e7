"""The coordinators' trainings pages over HTTP: the sessions of one's own municipality, a
session's roll and its attendance, adding a session, more seats, cancelling; who may open
them, and that the pages run as many queries for many rows as for one."""

import datetime

from django.contrib.auth.models import Group
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.html import escape

from wagtail.models import Page, Site

import pytest
from viewflow.workflow.status import PROCESS

import portal.urls  # noqa: F401  (builds the workflow site's URLs, for reverse())
from tests.factories import (
    CoordinatorFactory,
    GatheringIndexPageFactory,
    GatheringPageFactory,
    HomePageFactory,
    OtherSiteFactory,
    SessionFactory,
)
from tests.helpers.training import volunteer
from workflows.training import flows, services
from workflows.training.models import Enrolment, Session

pytestmark = pytest.mark.django_db

SESSIONS = reverse("trainings:index")


def roll_url(session):
    return reverse("trainings:roll", args=[session.pk])


def session_urls(session):
    return [
        roll_url(session),
        reverse("trainings:seats", args=[session.pk]),
        reverse("trainings:cancel", args=[session.pk]),
    ]


def shows(response, message, language="fi", plural=None, **params):
    """Whether the page shows `message` (with its `plural`, for `params["count"]`) as it
    reads in `language` today."""
    with translation.override(language):
        if plural:
            text = translation.ngettext(message, plural, params["count"])
        else:
            text = translation.gettext(message)
    return escape(text % params if params else text) in response.content.decode()


def enrol(session, count, **kwargs):
    return [flows.enrol(volunteer(**kwargs), session) for _ in range(count)]


def held_now(session):
    """Move `session` to this very hour, as if it were being held: its roll opens."""
    now = timezone.now()
    Session.objects.filter(pk=session.pk).update(
        starts_at=now - datetime.timedelta(minutes=30), ends_at=now + datetime.timedelta(hours=1)
    )
    session.refresh_from_db()


def states(enrolments):
    for enrolment in enrolments:
        enrolment.refresh_from_db()
    return [enrolment.state for enrolment in enrolments]


@pytest.fixture
def other_site(home):
    """A second municipality with its own page tree and a gathering page of its own."""
    other_home = HomePageFactory(
        parent=Page.get_first_root_node(), slug="toinen", title="Toinen kunta"
    )
    return OtherSiteFactory(root_page=other_home)


@pytest.fixture
def other_gathering(other_site):
    index = GatheringIndexPageFactory(parent=other_site.root_page)
    return GatheringPageFactory(parent=index, title="Muualla pidettävä koulutus")


@pytest.fixture
def other_coordinator(other_site):
    role = CoordinatorFactory(site=other_site, user__first_name="Olli", user__last_name="Muualta")
    role.user.groups.add(Group.objects.get(name="Coordinators"))
    return role.user


@pytest.fixture
def as_coordinator(client, coordinator):
    client.force_login(coordinator)
    return client


# The list of sessions ------------------------------------------------------------------------


def test_the_list_shows_ones_own_municipalitys_sessions_upcoming_first_then_recent_ones(
    as_coordinator, session, gathering, other_gathering
):
    SessionFactory(gathering=other_gathering)
    last_month = timezone.now() - datetime.timedelta(days=30)
    recent = SessionFactory(
        gathering=GatheringPageFactory(parent=gathering.get_parent(), title="Viime kuun ilta"),
        starts_at=last_month,
        ends_at=last_month + datetime.timedelta(hours=2),
    )
    long_ago = timezone.now() - datetime.timedelta(days=90)
    SessionFactory(
        gathering=GatheringPageFactory(parent=gathering.get_parent(), title="Vanha kurssi"),
        starts_at=long_ago,
        ends_at=long_ago + datetime.timedelta(hours=2),
    )
    enrol(session, 3)

    response = as_coordinator.get(SESSIONS)

    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    page = response.content.decode()
    assert "Muualla pidettävä koulutus" not in page
    assert "Vanha kurssi" not in page
    assert page.index(gathering.title) < page.index("Viime kuun ilta")
    assert roll_url(session) in page and roll_url(recent) in page
    assert shows(response, "%(taken)s of %(capacity)s", taken=2, capacity=2)


def test_the_trainings_are_in_the_workflow_sites_menu(as_coordinator, session):
    page = as_coordinator.get(roll_url(session)).content.decode()
    assert SESSIONS in page and reverse("trainings:add") in page


# The roll ----------------------------------------------------------------------------------


def test_the_roll_lists_the_enrolled_with_contacts_and_the_waiting_list_in_order(
    as_coordinator, session
):
    enrol(session, 2)
    first_waiting = flows.enrol(volunteer(user__first_name="Eka", phone="040 555 0001"), session)
    second_waiting = flows.enrol(volunteer(user__first_name="Toka"), session)
    response = as_coordinator.get(roll_url(session))
    assert response.status_code == 200
    page = response.content.decode()
    assert "040 555 0001" in page and first_waiting.volunteer.user.email in page
    assert page.index(str(first_waiting.volunteer)) < page.index(str(second_waiting.volunteer))
    # Before the day there is nothing to tick.
    assert 'name="attended"' not in page


def test_marking_the_roll_on_the_day_marks_the_ticked_attended_and_the_others_absent(
    as_coordinator, session, coordinator
):
    present, away = enrol(session, 2)
    held_now(session)

    form = as_coordinator.get(roll_url(session))
    page = form.content.decode()
    for enrolment in (present, away):
        box = f'id="attended-{enrolment.pk}"'
        assert box in page
        # Each box's label is the person's name.
        assert f'for="attended-{enrolment.pk}"' in page
    assert shows(form, "Save attendance")

    response = as_coordinator.post(roll_url(session), {"attended": [present.pk]})

    assert response.status_code == 302 and response["Location"] == roll_url(session)
    assert states([present, away]) == [Enrolment.State.ATTENDED, Enrolment.State.ABSENT]
    assert present.attendance_marked_by == coordinator
    after = as_coordinator.get(roll_url(session))
    assert shows(
        after,
        "Attendance saved: %(count)d person marked.",
        plural="Attendance saved: %(count)d people marked.",
        count=2,
    )
    assert shows(after, Enrolment.State.ATTENDED.label)
    assert shows(after, Enrolment.State.ABSENT.label)
    assert 'name="attended"' not in after.content.decode()


def test_the_roll_sent_again_marks_nobody_twice(as_coordinator, session):
    (present,) = enrol(session, 1)
    held_now(session)
    as_coordinator.post(roll_url(session), {"attended": [present.pk]})
    response = as_coordinator.post(roll_url(session), {"attended": []}, follow=True)
    assert shows(response, "Nobody was left to mark: the roll had been saved already.")
    assert states([present]) == [Enrolment.State.ATTENDED]


def test_marking_before_the_day_is_refused_with_a_message(as_coordinator, session):
    (enrolment,) = enrol(session, 1)
    response = as_coordinator.post(roll_url(session), {"attended": [enrolment.pk]}, follow=True)
    assert response.redirect_chain == [(roll_url(session), 302)]
    with translation.override("fi"):
        expected = formats.date_format(timezone.localtime(session.starts_at), "DATE_FORMAT")
    assert shows(
        response, "Attendance can be marked from the day of the session, %(day)s.", day=expected
    )
    assert states([enrolment]) == [Enrolment.State.CONFIRMED]


def test_the_printed_roll_has_an_empty_signature_column(as_coordinator, session):
    enrol(session, 1)
    page = as_coordinator.get(roll_url(session)).content.decode()
    assert 'class="trainings__signature"' in page
    css = "training/trainings.css"
    assert css in page


# Who may open the pages ----------------------------------------------------------------------


def test_another_municipalitys_coordinator_is_refused(client, session, other_coordinator):
    (enrolment,) = enrol(session, 1)
    held_now(session)
    client.force_login(other_coordinator)
    assert session.gathering.title not in client.get(SESSIONS).content.decode()
    for url in session_urls(session):
        assert client.get(url).status_code == 403, url
    assert client.post(roll_url(session), {"attended": [enrolment.pk]}).status_code == 403
    assert client.post(reverse("trainings:cancel", args=[session.pk])).status_code == 403
    seats = client.post(reverse("trainings:seats", args=[session.pk]), {"capacity": 9})
    assert seats.status_code == 403
    session.refresh_from_db()
    assert (session.capacity, session.cancelled) == (2, False)
    assert states([enrolment]) == [Enrolment.State.CONFIRMED]


def test_a_volunteer_is_refused_everywhere(client, session):
    person = volunteer()
    person.user.groups.add(Group.objects.get(name="Volunteers"))
    client.force_login(person.user)
    for url in [SESSIONS, reverse("trainings:add"), *session_urls(session)]:
        assert client.get(url).status_code == 403, url
    assert client.post(reverse("trainings:cancel", args=[session.pk])).status_code == 403
    session.refresh_from_db()
    assert not session.cancelled


def test_anonymous_visitors_are_sent_to_log_in(client, session):
    for url in [SESSIONS, reverse("trainings:add"), *session_urls(session)]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("wagtailadmin_login")), url


# Adding a session, seats, cancelling ---------------------------------------------------------


def session_form(gathering, **overrides):
    starts = (timezone.localtime() + datetime.timedelta(days=14)).replace(
        hour=17, minute=0, second=0, microsecond=0
    )
    return {
        "gathering": gathering.pk,
        "starts_at": starts.strftime("%Y-%m-%dT%H:%M"),
        "ends_at": (starts + datetime.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
        "place": "Kirjasto, Satu-sali",
        "address": "Kirjastokatu 1",
        "capacity": "12",
        **overrides,
    }


def test_a_coordinator_adds_a_session_to_their_municipalitys_gathering(
    as_coordinator, gathering, other_gathering
):
    form = as_coordinator.get(reverse("trainings:add")).content.decode()
    assert gathering.title in form and other_gathering.title not in form

    response = as_coordinator.post(reverse("trainings:add"), session_form(gathering))

    session = Session.objects.get(gathering=gathering)
    assert response.status_code == 302 and response["Location"] == roll_url(session)
    assert session.site == Site.objects.get(is_default_site=True)
    assert (session.capacity, session.place) == (12, "Kirjasto, Satu-sali")


def test_a_session_of_another_municipalitys_gathering_or_in_the_past_is_refused(
    as_coordinator, gathering, other_gathering
):
    response = as_coordinator.post(reverse("trainings:add"), session_form(other_gathering))
    assert response.status_code == 200
    assert not Session.objects.exists()

    yesterday = timezone.localtime() - datetime.timedelta(days=1)
    data = session_form(gathering, starts_at=yesterday.strftime("%Y-%m-%dT%H:%M"))
    response = as_coordinator.post(reverse("trainings:add"), data)
    assert shows(response, "A new session starts in the future.")
    # What was typed is kept.
    assert "Kirjasto, Satu-sali" in response.content.decode()
    assert not Session.objects.exists()


def test_more_seats_go_to_the_waiting_list_in_order(
    as_coordinator, session, django_capture_on_commit_callbacks
):
    *_seated, first, second = enrol(session, 4)
    url = reverse("trainings:seats", args=[session.pk])
    assert as_coordinator.get(url).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        response = as_coordinator.post(url, {"capacity": 3}, follow=True)

    session.refresh_from_db()
    assert session.capacity == 3
    assert states([first, second]) == [Enrolment.State.OFFERED, Enrolment.State.WAITING]
    assert shows(
        response,
        "A seat was offered to %(count)d person on the waiting list.",
        plural="A seat was offered to %(count)d people on the waiting list.",
        count=1,
    )
    assert [first.volunteer.user.email] in [message.to for message in mail.outbox]


def test_fewer_seats_than_are_taken_is_refused(as_coordinator, session):
    enrol(session, 2)
    response = as_coordinator.post(reverse("trainings:seats", args=[session.pk]), {"capacity": 1})
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    session.refresh_from_db()
    assert session.capacity == 2


def test_cancelling_a_session_cancels_every_enrolment_and_emails_each_person(
    as_coordinator, session, django_capture_on_commit_callbacks
):
    leaving, seated, first_waiting = enrol(session, 3)  # two seats, one waiting
    services.cancel(leaving, leaving.volunteer)  # its seat is offered to the first waiting
    enrolments = [seated, first_waiting, *enrol(session, 1)]
    assert states(enrolments) == [
        Enrolment.State.CONFIRMED,
        Enrolment.State.OFFERED,
        Enrolment.State.WAITING,
    ]
    mail.outbox.clear()
    url = reverse("trainings:cancel", args=[session.pk])
    confirm = as_coordinator.get(url)
    assert confirm.status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        response = as_coordinator.post(url, follow=True)

    session.refresh_from_db()
    assert session.cancelled
    assert states(enrolments) == [Enrolment.State.CANCELLED] * 3
    assert all(enrolment.status == PROCESS.CANCELED for enrolment in enrolments)
    assert not any(
        enrolment.task_set.exclude(status__in=["DONE", "CANCELED"]).exists()
        for enrolment in enrolments
    )
    told = sorted(address for message in mail.outbox for address in message.to)
    assert told == sorted(enrolment.volunteer.user.email for enrolment in enrolments)
    assert all(session.gathering.title in message.subject for message in mail.outbox)
    assert shows(
        response,
        "The session was cancelled and %(count)d person was told by e-mail.",
        plural="The session was cancelled and %(count)d people were told by e-mail.",
        count=3,
    )
    # Nobody enrols in it any more, and it cannot be cancelled or changed twice.
    with pytest.raises(services.NotPossible):
        flows.enrol(volunteer(), session)
    again = as_coordinator.post(url, follow=True)
    assert again.redirect_chain == [(roll_url(session), 302)]
    assert len(mail.outbox) == 3


def test_a_session_that_has_started_cannot_be_cancelled(as_coordinator, session, coordinator):
    (enrolment,) = enrol(session, 1)
    held_now(session)
    response = as_coordinator.post(reverse("trainings:cancel", args=[session.pk]), follow=True)
    assert response.redirect_chain == [(roll_url(session), 302)]
    with pytest.raises(services.NotPossible) as refusal:
        services.cancel_session(session, coordinator)
    assert refusal.value.message == services.SESSION_STARTED
    session.refresh_from_db()
    assert not session.cancelled
    assert states([enrolment]) == [Enrolment.State.CONFIRMED]


def test_only_the_sessions_coordinators_can_cancel_it_in_code(session, other_coordinator):
    with pytest.raises(services.NotPossible) as refusal:
        services.cancel_session(session, other_coordinator)
    assert refusal.value.message == services.NOT_A_COORDINATOR


# Queries -------------------------------------------------------------------------------------


def query_count(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_session_list_runs_as_many_queries_for_many_sessions_as_for_one(
    as_coordinator, session, gathering, django_assert_max_num_queries
):
    enrol(session, 2)
    as_coordinator.get(SESSIONS)  # caches warmed up
    one = query_count(as_coordinator, SESSIONS)
    for days in range(1, 6):
        more = SessionFactory(
            gathering=gathering, starts_at=session.starts_at + datetime.timedelta(days=days)
        )
        enrol(more, 3)
    with django_assert_max_num_queries(one):
        response = as_coordinator.get(SESSIONS)
    assert response.content.decode().count(gathering.title) >= 6


def test_the_roll_runs_as_many_queries_for_many_people_as_for_one(
    as_coordinator, session, django_assert_max_num_queries
):
    enrol(session, 1)
    held_now(session)
    as_coordinator.get(roll_url(session))
    one = query_count(as_coordinator, roll_url(session))
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    Session.objects.filter(pk=session.pk).update(
        starts_at=tomorrow, ends_at=tomorrow + datetime.timedelta(hours=2), capacity=8
    )
    session.refresh_from_db()
    enrol(session, 10)  # seven more seated, three waiting
    held_now(session)
    with django_assert_max_num_queries(one):
        response = as_coordinator.get(roll_url(session))
    assert response.content.decode().count('name="attended"') == 8
