"""Gathering pages: volunteers find trainings and gatherings, see the seats left and enrol."""

import datetime
import html
from urllib.parse import quote

from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Locale

import pytest

from pages.models import GatheringKind
from pages.models.gatherings import NO_SUCH_SESSION
from tests.factories import (
    CoordinatorFactory,
    GatheringIndexPageFactory,
    GatheringPageFactory,
    SessionFactory,
    TrainingFactory,
    VolunteerFactory,
    VolunteerSignUpPageFactory,
)
from workflows.registry.models import Volunteer
from workflows.training import flows, services
from workflows.training.models import Enrolment, Session

pytestmark = pytest.mark.django_db


def days_from_now(days, hour=17):
    start = (timezone.localtime() + datetime.timedelta(days=days)).replace(
        hour=hour, minute=0, second=0, microsecond=0
    )
    return {"starts_at": start, "ends_at": start + datetime.timedelta(hours=2)}


def in_the_past(session, days=7):
    """Move `session` a week into the past, as time would."""
    Session.objects.filter(pk=session.pk).update(**days_from_now(-days))
    session.refresh_from_db()
    return session


def text(response):
    return html.unescape(response.content.decode())


def login_url():
    with translation.override("fi"):
        return reverse("my_volunteering:login")


def finnish(message, plural=None, count=None):
    """`message` as a Finnish page shows it (in English until the catalogue has it)."""
    with translation.override("fi"):
        if plural is None:
            return translation.gettext(message)
        return translation.ngettext(message, plural, count) % {"counter": count}


def swedish(page, **fields):
    """`page` translated into Swedish with `fields` and published, as an editor would."""
    copy = page.copy_for_translation(Locale.objects.get(language_code="sv"))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()  # a new slug moves the page's address
    copy.save_revision().publish()
    return copy


@pytest.fixture
def gatherings(home):
    VolunteerSignUpPageFactory(parent=home)
    return GatheringIndexPageFactory(parent=home)


@pytest.fixture
def companion_training(db):
    return TrainingFactory(name="Saattohoitovapaaehtoisen koulutus", valid_for_years=3)


@pytest.fixture
def gathering(gatherings, companion_training):
    return GatheringPageFactory(
        parent=gatherings,
        title="Saattohoidon vapaaehtoiseksi",
        slug="saattohoito",
        intro="Koulutus yhdessä kotisairaalan kanssa.",
        audience="Vapaaehtoisille, jotka haluavat tukea kuolevaa ja hänen läheisiään.",
        accessibility="Esteetön sisäänkäynti ja induktiosilmukka.",
        training=companion_training,
    )


@pytest.fixture
def session(gathering):
    return SessionFactory(gathering=gathering, capacity=2, place="Hyvinvointikeskus")


@pytest.fixture
def volunteer(home):
    return VolunteerFactory(status=Volunteer.Status.ACTIVE)


@pytest.fixture
def volunteer_client(client, volunteer):
    client.force_login(volunteer.user)
    return client


# Finding gatherings -------------------------------------------------------------------------


def test_index_lists_gatherings_with_sessions_to_come_soonest_first(client, gatherings):
    later = GatheringPageFactory(parent=gatherings, title="Ensiavun kertauskurssi")
    sooner = GatheringPageFactory(parent=gatherings, title="Perehdytys")
    over = GatheringPageFactory(parent=gatherings, title="Viime kevään piknik")
    SessionFactory(gathering=later, **days_from_now(20))
    SessionFactory(gathering=later, **days_from_now(40))
    SessionFactory(gathering=sooner, **days_from_now(3))
    in_the_past(SessionFactory(gathering=over))
    GatheringPageFactory(parent=gatherings, title="Ei vielä päivää")

    response = client.get(gatherings.url)

    assert response.status_code == 200
    content = text(response)
    assert content.index("Perehdytys") < content.index("Ensiavun kertauskurssi")
    assert "Viime kevään piknik" not in content
    assert "Ei vielä päivää" not in content
    assert finnish("%(counter)s gathering coming up", "%(counter)s gatherings coming up", 2) in (
        content
    )
    assert "no-store" in response["Cache-Control"]


def test_index_card_shows_the_next_session_and_seats_left_or_full(client, gatherings):
    roomy = GatheringPageFactory(parent=gatherings, title="Vertaisryhmä soittajille")
    full = GatheringPageFactory(parent=gatherings, title="Teatteri-ilta")
    SessionFactory(gathering=roomy, capacity=5, place="Järjestökeskus", **days_from_now(5))
    packed = SessionFactory(gathering=full, capacity=1, **days_from_now(6))
    flows.enrol(VolunteerFactory(), packed)

    content = text(client.get(gatherings.url))

    roomy_card = content[content.index("Vertaisryhmä soittajille") :].split("</li>")[0]
    assert "Järjestökeskus" in roomy_card
    assert finnish("%(counter)s seat left", "%(counter)s seats left", 5) in roomy_card
    full_card = content[content.index("Teatteri-ilta") :].split("</li>")[0]
    assert finnish("Full – waiting list") in full_card


def test_index_filters_by_kind_with_plain_links(client, gatherings):
    training = GatheringPageFactory(parent=gatherings, title="Perehdytys")
    party = GatheringPageFactory(
        parent=gatherings, title="Kiitosilta", kind=GatheringKind.RECREATION
    )
    SessionFactory(gathering=training)
    SessionFactory(gathering=party)

    content = text(client.get(gatherings.url, {"kind": "recreation"}))

    assert "Kiitosilta" in content
    assert "Perehdytys" not in content
    assert f'href="{gatherings.url}?kind=recreation" aria-current="page"' in content
    # An unknown kind shows everything rather than an error.
    content = text(client.get(gatherings.url, {"kind": "<script>"}))
    assert "Kiitosilta" in content and "Perehdytys" in content


def test_gathering_page_shows_what_for_whom_accessibility_and_the_sessions(
    client, gathering, session
):
    in_the_past(SessionFactory(gathering=gathering, place="Vanha paikka"))

    response = client.get(gathering.url)

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    content = text(response)
    for words in (
        "Saattohoidon vapaaehtoiseksi",
        "Koulutus yhdessä kotisairaalan kanssa.",
        "Vapaaehtoisille, jotka haluavat tukea kuolevaa",
        "Esteetön sisäänkäynti ja induktiosilmukka.",
        "Saattohoitovapaaehtoisen koulutus",
        "Hyvinvointikeskus",
        "Kauppakatu 5",
    ):
        assert words in content
    assert f'datetime="{timezone.localtime(session.starts_at).isoformat()}"' in content
    assert "Vanha paikka" not in content  # past sessions are not offered


def test_swedish_translation_shows_the_finnish_pages_sessions(client, home, gathering, session):
    swedish(home, title="Frivilligverksamhet")
    swedish(gathering.get_parent().specific, title="Utbildningar", slug="utbildningar")
    page = swedish(
        gathering,
        title="Att bli frivillig i palliativ vård",
        slug="palliativ-vard",
        intro="Utbildning tillsammans med hemsjukhuset.",
    )

    response = client.get(page.url)

    assert page.url == "/sv/utbildningar/palliativ-vard/"
    content = text(response)
    assert '<html lang="sv">' in content
    assert "Att bli frivillig i palliativ vård" in content
    assert f'id="session-{session.pk}"' in content
    index = text(client.get("/sv/utbildningar/"))
    assert "Att bli frivillig i palliativ vård" in index
    assert "Saattohoidon vapaaehtoiseksi" not in index


# Who sees what --------------------------------------------------------------------------------


def test_anonymous_visitor_gets_a_log_in_link_and_the_sign_up_page_not_the_form(
    client, gathering, session
):
    content = text(client.get(gathering.url))

    assert 'name="session"' not in content
    login = f"{login_url()}?next={quote(gathering.url, safe='')}"
    assert f'href="{login}"' in content
    assert 'href="/fi/ryhdy-vapaaehtoiseksi/"' in content


def test_volunteer_sees_an_enrol_form_with_csrf_and_the_session(
    volunteer_client, gathering, session
):
    content = text(volunteer_client.get(gathering.url))

    assert 'method="post"' in content
    assert "csrfmiddlewaretoken" in content
    assert f'<input type="hidden" name="session" value="{session.pk}">' in content


def test_a_volunteer_already_enrolled_sees_where_they_stand_instead_of_the_button(
    volunteer_client, volunteer, gathering, session
):
    flows.enrol(volunteer, session)

    content = text(volunteer_client.get(gathering.url))

    assert f'name="session" value="{session.pk}"' not in content
    assert 'class="enrolment-state"' in content
    assert 'href="/fi/oma-vapaaehtoisuus/"' in content


# Enrolling -----------------------------------------------------------------------------------


def test_volunteer_enrols_and_is_redirected_with_a_message(
    volunteer_client, volunteer, gathering, session
):
    response = volunteer_client.post(gathering.url, {"session": session.pk})

    assert response.status_code == 302
    assert response["Location"] == gathering.url
    enrolment = Enrolment.objects.get(volunteer=volunteer, session=session)
    assert enrolment.state == Enrolment.State.CONFIRMED
    (message,) = get_messages(response.wsgi_request)
    assert "Saattohoidon vapaaehtoiseksi" in str(message)
    page = volunteer_client.get(response["Location"])
    content = text(page)
    assert 'class="notices" role="status"' in content
    assert "Saattohoidon vapaaehtoiseksi" in content.split('class="notices"')[1]


def test_enrolling_twice_shows_the_translated_error_and_creates_nothing(
    volunteer_client, volunteer, gathering, session
):
    volunteer_client.post(gathering.url, {"session": session.pk})

    response = volunteer_client.post(gathering.url, {"session": session.pk})

    assert response.status_code == 409
    with translation.override("fi"):
        expected = str(services.ALREADY_ENROLLED)
    assert expected in text(response)
    assert f'id="session-{session.pk}-error"' in text(response)
    assert Enrolment.objects.filter(volunteer=volunteer).count() == 1


def test_a_full_session_puts_the_volunteer_on_the_waiting_list(
    volunteer_client, volunteer, gathering, session
):
    for _ in range(session.capacity):
        flows.enrol(VolunteerFactory(), session)
    assert finnish("Join the waiting list") in text(volunteer_client.get(gathering.url))

    response = volunteer_client.post(gathering.url, {"session": session.pk}, follow=True)

    enrolment = Enrolment.objects.get(volunteer=volunteer, session=session)
    assert enrolment.state == Enrolment.State.WAITING
    (message,) = response.context["messages"]
    assert "Saattohoidon vapaaehtoiseksi" in str(message)
    assert 'class="enrolment-state"' in text(response)


@pytest.mark.parametrize("value", ["999999", "abc", "", "-1", "9" * 30, None])
def test_a_forged_or_missing_session_id_gets_a_clear_400(
    volunteer_client, volunteer, gathering, session, value
):
    data = {} if value is None else {"session": value}

    response = volunteer_client.post(gathering.url, data)

    assert response.status_code == 400
    with translation.override("fi"):
        assert str(NO_SUCH_SESSION) in text(response)
    assert not Enrolment.objects.exists()


def test_another_gatherings_session_cannot_be_posted_here(
    volunteer_client, gatherings, gathering, session
):
    other = SessionFactory(gathering=GatheringPageFactory(parent=gatherings))

    response = volunteer_client.post(gathering.url, {"session": other.pk})

    assert response.status_code == 400
    assert not Enrolment.objects.exists()


def test_a_past_session_is_not_offered_and_cannot_be_enrolled_in(
    volunteer_client, gathering, session
):
    past = in_the_past(SessionFactory(gathering=gathering))

    assert f'value="{past.pk}"' not in text(volunteer_client.get(gathering.url))
    response = volunteer_client.post(gathering.url, {"session": past.pk})

    assert response.status_code == 409
    with translation.override("fi"):
        assert str(services.SESSION_CLOSED) in text(response)
    assert not Enrolment.objects.exists()


def test_a_coordinator_without_a_volunteer_profile_is_refused_clearly(client, gathering, session):
    coordinator = CoordinatorFactory().user
    coordinator.groups.add(Group.objects.get(name="Coordinators"))
    client.force_login(coordinator)

    assert 'name="session"' not in text(client.get(gathering.url))
    response = client.post(gathering.url, {"session": session.pk})

    assert response.status_code == 403
    with translation.override("fi"):
        assert str(services.NOT_A_VOLUNTEER) in text(response)
    assert not Enrolment.objects.exists()


def test_a_volunteer_who_has_left_is_refused(client, gathering, session):
    leaver = VolunteerFactory(status=Volunteer.Status.ENDED)
    client.force_login(leaver.user)

    response = client.post(gathering.url, {"session": session.pk})

    assert response.status_code == 403
    assert not Enrolment.objects.exists()


def test_an_anonymous_post_is_sent_to_log_in_and_back(client, gathering, session):
    response = client.post(gathering.url, {"session": session.pk})

    assert response.status_code == 302
    assert response["Location"] == f"{login_url()}?next={quote(gathering.url)}"
    assert not Enrolment.objects.exists()


# The home page -------------------------------------------------------------------------------


def test_home_shows_the_next_three_gatherings_in_its_language(client, home, gatherings):
    pages = []
    for number, days in enumerate((9, 2, 5, 30)):
        page = GatheringPageFactory(parent=gatherings, title=f"Tapaaminen {number}")
        SessionFactory(gathering=page, **days_from_now(days))
        pages.append(page)
    in_the_past(SessionFactory(gathering=pages[3]))
    swedish(home, title="Frivilligverksamhet")
    swedish(gatherings, title="Utbildningar", slug="utbildningar")
    swedish(pages[1], title="Träff ett", slug="traff-ett")

    content = text(client.get(home.url))

    section = content.split('id="upcoming-gatherings-heading"')[1].split("</section>")[0]
    titles = [f"Tapaaminen {n}" for n in (1, 2, 0)]
    assert [title in section for title in titles] == [True, True, True]
    assert section.index(titles[0]) < section.index(titles[1]) < section.index(titles[2])
    assert "Tapaaminen 3" not in section
    assert 'href="/fi/koulutukset/"' in section

    swedish_home = text(client.get("/sv/"))
    section = swedish_home.split('id="upcoming-gatherings-heading"')[1].split("</section>")[0]
    assert 'href="/sv/utbildningar/traff-ett/"' in section
    assert "Träff ett" in section
    assert "Tapaaminen 1" not in section


def test_home_without_gatherings_has_no_empty_section(client, home):
    assert "upcoming-gatherings" not in text(client.get(home.url))


def count_queries(client, url):
    """Queries to render `url` afresh (the page cache does not know `nocache`)."""
    bypass = f"{url}{'&' if '?' in url else '?'}nocache=1"
    client.get(bypass)  # warm what outlives a page: the site layout, the site root paths
    with CaptureQueriesContext(connection) as queries:
        assert client.get(bypass).status_code == 200
    return len(queries)


def add_gatherings(index, count):
    pages = []
    for number in range(count):
        page = GatheringPageFactory(parent=index)
        for days in (number + 1, number + 30):
            flows.enrol(VolunteerFactory(), SessionFactory(gathering=page, **days_from_now(days)))
        pages.append(page)
    return pages


def test_gathering_lists_run_the_same_number_of_queries_for_2_and_8_gatherings(
    client, home, gatherings
):
    first = add_gatherings(gatherings, 2)
    urls = {"home": home.url, "index": gatherings.url, "page": first[0].url}
    with_2 = {name: count_queries(client, url) for name, url in urls.items()}
    add_gatherings(gatherings, 6)
    with_8 = {name: count_queries(client, url) for name, url in urls.items()}
    assert with_8 == with_2
    # The home page's section costs two queries (the index, its gatherings with their next
    # session), one when the site has no gatherings index.
    assert with_2 == {"home": 10, "index": 11, "page": 11}
