"""The volunteer's side of a help request over HTTP, in Finnish and Swedish: the offer in My
volunteering and by the e-mail's link, the task and its report, and what a volunteer must
never see (other people's requests, the person's details before accepting, coordinators'
notes)."""

import datetime
from decimal import Decimal
from urllib.parse import urlsplit

from django.core import mail, signing
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import formats, timezone, translation

from wagtail.models import Site

import pytest
from viewflow.workflow.status import STATUS

from tests.helpers.help_requests import active_volunteer, committed, step, submit
from tests.helpers.processes import open_steps
from workflows.help_requests import links, services
from workflows.help_requests.models import HelpRequest, Offer, Report
from workflows.my_volunteering import assignments, offers

pytestmark = pytest.mark.django_db

SECRET = "Vain koordinaattoreille: poika soittaa usein"
NOTE = "Ota kauppakassi mukaan."


def url(name, language, **kwargs):
    with translation.override(language):
        return reverse(f"my_volunteering:{name}", kwargs=kwargs or None)


def said(message, language):
    """`message` as the page in `language` shows it (whatever the catalogue holds today)."""
    with translation.override(language):
        return translation.gettext(str(message))


def offer_to(help_request, volunteer, coordinator):
    """Triage (with a note for coordinators only) and offer the request to `volunteer`."""
    step(help_request, "triage", coordinator, decision="accept", coordinator_notes=SECRET)
    step(help_request, "match", coordinator, volunteer=volunteer, note=NOTE)
    return help_request.offers.get(answer="")


@pytest.fixture
def ville(errands, centre):
    return active_volunteer(
        errands, centre, user__first_name="Ville", preferred_language="fi", phone="050 765 4321"
    )


@pytest.fixture
def offer(help_request, coordinator, ville):
    return offer_to(help_request, ville, coordinator)


def accept(client, help_request, language="fi"):
    return client.post(url("task", language, pk=help_request.pk), {"answer": "accept"})


def report_data(**overrides):
    return {
        "done_on": timezone.localdate().isoformat(),
        "hours": "1,5",
        "outcome": "done",
        "notes": "",
        "concern": "",
        **overrides,
    }


def assert_private(response):
    cache_control = response["Cache-Control"]
    assert "no-store" in cache_control and "private" in cache_control


# The task page in My volunteering -----------------------------------------------------------


def test_offered_volunteer_sees_what_they_need_to_decide_and_nothing_personal(
    client, help_request, offer, ville
):
    HelpRequest.objects.filter(pk=help_request.pk).update(description="<b>Ruokaa</b> maanantaisin")
    client.force_login(ville.user)
    response = client.get(url("task", "fi", pk=help_request.pk))
    content = response.content.decode()
    assert response.status_code == 200 and 'lang="fi"' in content
    assert_private(response)
    assert "Kauppa- ja apteekkiasiointi" in content and "Keskusta" in content
    assert "&lt;b&gt;Ruokaa&lt;/b&gt; maanantaisin" in content  # stored text is escaped
    assert NOTE in content and "ruotsi" in content  # the note, and the resident's language
    assert 'value="accept"' in content and 'value="decline"' in content
    assert "csrfmiddlewaretoken" in content
    for secret in ("Elsa Asukas", "Aino Asukas", "Kirkkokatu 1", "040 123 4567", SECRET):
        assert secret not in content
    assert open_steps(help_request) == ["offer"]  # looking changes nothing


def test_accepting_shows_the_person_the_address_and_the_report_form_in_swedish(
    client, help_request, offer, ville
):
    client.force_login(ville.user)
    response = accept(client, help_request, "sv")
    assert response.status_code == 302
    assert response["Location"] == url("task", "sv", pk=help_request.pk)
    help_request.refresh_from_db()
    assert help_request.volunteer == ville
    assert help_request.stage == HelpRequest.Stage.VOLUNTEER_FOUND
    assert open_steps(help_request) == ["help_given"]

    page = client.get(response["Location"])
    content = page.content.decode()
    assert 'lang="sv"' in content and "Form av hjälp" in content
    assert said(offers.ACCEPTED, "sv") in content
    # Elsa needs the help; her daughter Aino asked for it on her behalf.
    for detail in ("Elsa Asukas", "Aino Asukas", "Kirkkokatu 1", 'href="tel:0401234567"'):
        assert detail in content
    assert 'name="hours"' in content and 'name="done_on"' in content
    assert SECRET not in content


def test_a_bad_report_is_shown_with_its_errors_and_keeps_what_was_typed(
    client, help_request, offer, ville
):
    client.force_login(ville.user)
    accept(client, help_request)
    task_url = url("task", "fi", pk=help_request.pk)
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()

    future = client.post(task_url, report_data(done_on=tomorrow, notes="Kävin kaupassa"))
    content = future.content.decode()
    assert future.status_code == 200 and "error-summary" in content
    assert list(future.context["form"].errors) == ["done_on"]
    assert 'value="1,5"' in content and "Kävin kaupassa" in content

    letters = client.post(task_url, report_data(hours="abc"))
    assert list(letters.context["form"].errors) == ["hours"]
    assert "Syötä luku." in letters.content.decode()  # Django's own message, in Finnish
    assert 'value="abc"' in letters.content.decode()

    too_many = client.post(task_url, report_data(hours="30"))
    assert list(too_many.context["form"].errors) == ["hours"]
    assert 'value="30"' in too_many.content.decode()

    # Before the day Ville took the task on: a slip of the finger, said in his words.
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    early = client.post(task_url, report_data(done_on=yesterday.isoformat()))
    assert list(early.context["form"].errors) == ["done_on"]
    today = formats.date_format(timezone.localdate(), "SHORT_DATE_FORMAT")
    assert f"Otit tehtävän vastaan {today}: käynti ei voi olla sitä ennen." in (
        early.content.decode()
    )

    assert not Report.objects.exists()
    assert open_steps(help_request) == ["help_given"]


def test_a_report_is_stored_and_the_request_goes_to_the_coordinator_to_close(
    client, help_request, offer, ville
):
    client.force_login(ville.user)
    accept(client, help_request, "sv")
    task_url = url("task", "sv", pk=help_request.pk)
    response = client.post(task_url, report_data(hours="1,5"), follow=True)
    content = response.content.decode()
    assert response.redirect_chain == [(task_url, 302)]
    (report,) = Report.objects.all()
    assert report.hours == Decimal("1.5") and report.volunteer == ville
    assert open_steps(help_request) == ["close"]
    assert said(offers.REPORTED, "sv") in content
    assert said(assignments.TITLES[assignments.REPORTED], "sv") in content
    assert "1,50" in content  # the volunteer's own reports, with their hours
    assert 'name="hours"' not in content  # nothing more to report until the coordinator acts
    # Reporting again is refused with a message, not stored.
    again = client.post(task_url, report_data(), follow=True)
    assert said(offers.NO_REPORT_DUE, "sv") in again.content.decode()
    assert Report.objects.count() == 1


def test_a_concern_in_the_report_asks_a_coordinator_to_follow_it_up(
    client, help_request, offer, ville
):
    client.force_login(ville.user)
    accept(client, help_request)
    concern = "Elsa vaikutti yksinäiseltä."
    client.post(url("task", "fi", pk=help_request.pk), report_data(concern=concern))
    assert Report.objects.get().concern == concern
    assert open_steps(help_request) == ["follow_up"]


def test_once_done_the_task_shows_its_state_and_own_hours_but_no_contact_details(
    client, help_request, offer, ville, coordinator
):
    client.force_login(ville.user)
    accept(client, help_request)
    client.post(url("task", "fi", pk=help_request.pk), report_data(hours="2,5"))
    step(help_request, "close", coordinator, closing="close")
    assert help_request.stage == HelpRequest.Stage.DONE
    content = client.get(url("task", "fi", pk=help_request.pk)).content.decode()
    assert said(HelpRequest.Stage.DONE.label, "fi") in content and "2,50" in content
    for detail in ("Elsa Asukas", "Kirkkokatu 1", "Ruokaostokset", 'name="hours"'):
        assert detail not in content


def test_declining_sends_the_request_back_to_matching(client, help_request, offer, ville):
    client.force_login(ville.user)
    response = client.post(
        url("task", "sv", pk=help_request.pk), {"answer": "decline"}, follow=True
    )
    assert response.redirect_chain == [(url("home", "sv"), 302)]
    assert said(offers.DECLINED, "sv") in response.content.decode()
    offer.refresh_from_db()
    assert offer.answer == Offer.Answer.DECLINED
    help_request.refresh_from_db()
    assert help_request.volunteer is None and open_steps(help_request) == ["match"]
    # The request is no longer theirs: only that it was declined, not what is needed.
    content = client.get(url("task", "sv", pk=help_request.pk)).content.decode()
    assert said(assignments.ENDINGS[Offer.Answer.DECLINED], "sv") in content
    assert "Ruokaostokset" not in content and NOTE not in content
    assert 'value="accept"' not in content


def test_another_volunteer_cannot_see_or_answer_the_offer(
    client, help_request, offer, errands, centre
):
    other = active_volunteer(errands, centre, user__first_name="Olli")
    client.force_login(other.user)
    task_url = url("task", "fi", pk=help_request.pk)
    assert client.get(task_url).status_code == 404
    assert client.post(task_url, {"answer": "accept"}).status_code == 404
    assert client.post(task_url, report_data()).status_code == 404
    offer.refresh_from_db()
    assert offer.answer == "" and open_steps(help_request) == ["offer"]


def test_the_task_page_is_for_logged_in_volunteers_only(client, help_request, offer, coordinator):
    task_url = url("task", "fi", pk=help_request.pk)
    anonymous = client.get(task_url)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith(url("login", "fi"))
    client.force_login(coordinator)  # a coordinator has no volunteer profile
    assert client.get(task_url).status_code == 403


def test_other_residents_requests_never_appear(
    client, help_request, offer, ville, coordinator, errands, centre
):
    stranger = submit(
        Site.objects.get(is_default_site=True),
        errands,
        centre,
        requester_name="Bertta Naapuri",
        person_name="Bertil Naapuri",
        description="Apteekkiasiat torstaisin.",
    )
    other = active_volunteer(errands, centre, user__first_name="Olli")
    offer_to(stranger, other, coordinator)
    client.force_login(ville.user)
    home = client.get(url("home", "fi")).content.decode()
    assert url("task", "fi", pk=help_request.pk) in home
    assert url("task", "fi", pk=stranger.pk) not in home
    assert client.get(url("task", "fi", pk=stranger.pk)).status_code == 404
    for page in (home, client.get(url("task", "fi", pk=help_request.pk)).content.decode()):
        for word in ("Bertta", "Bertil", "Apteekkiasiat", SECRET):
            assert word not in page


# The home page --------------------------------------------------------------------------------


def test_home_lists_offers_tasks_and_finished_ones_in_a_fixed_number_of_queries(
    client, ville, coordinator, errands, centre, django_assert_max_num_queries
):
    site = Site.objects.get(is_default_site=True)
    client.force_login(ville.user)

    def one_of_each():
        waiting, under_way, finished = (submit(site, errands, centre) for _ in range(3))
        offer_to(waiting, ville, coordinator)
        for request in (under_way, finished):
            offer = offer_to(request, ville, coordinator)
            committed(services.answer_offer, offer, ville, True)
            request.refresh_from_db()
        report = report_data(hours=Decimal("3.5"), done_on=timezone.localdate())
        committed(services.report, finished, ville, report)
        step(finished, "close", coordinator, closing="close")
        return waiting, under_way, finished

    waiting, under_way, finished = one_of_each()
    with CaptureQueriesContext(connection) as few:
        response = client.get(url("home", "sv"))
    content = response.content.decode()
    assert_private(response)
    for heading in ("Offers waiting for your answer", "Tasks under way", "Finished tasks"):
        assert said(heading, "sv") in content
    for request in (waiting, under_way, finished):
        assert url("task", "sv", pk=request.pk) in content
    assert "3,50" in content  # the hours of the finished task

    for _ in range(3):
        one_of_each()
    with django_assert_max_num_queries(len(few)):
        more = client.get(url("home", "sv"))
    assert more.content.decode().count('class="card"') == 8  # 4 offers + 4 under way


# The link in the offer's e-mail ---------------------------------------------------------------


def link_path(offer):
    return urlsplit(links.offer_link(offer)).path


@pytest.fixture
def swedish_offer(help_request, coordinator, errands, centre):
    sara = active_volunteer(errands, centre, user__first_name="Sara", preferred_language="sv")
    return offer_to(help_request, sara, coordinator)


def test_opening_the_link_changes_nothing_and_shows_only_the_summary(
    client, swedish_offer, help_request
):
    path = link_path(swedish_offer)
    assert path.startswith("/sv/")
    mail.outbox.clear()
    for _ in range(2):  # a mail scanner, then the volunteer
        response = client.get(path)
    content = response.content.decode()
    assert response.status_code == 200 and 'lang="sv"' in content
    assert_private(response)
    assert "Kauppa- ja apteekkiasiointi" in content and NOTE in content
    assert 'value="accept"' in content and f'action="{path}"' in content
    for secret in ("Elsa Asukas", "Aino Asukas", "Kirkkokatu 1", SECRET):
        assert secret not in content
    swedish_offer.refresh_from_db()
    assert swedish_offer.answer == "" and open_steps(help_request) == ["offer"]
    assert mail.outbox == []


def test_the_link_takes_the_answer_on_post_and_a_second_answer_is_told_clearly(
    client, swedish_offer, help_request
):
    path = link_path(swedish_offer)
    response = client.post(path, {"answer": "accept"}, follow=True)
    assert response.redirect_chain == [(path, 302)]
    swedish_offer.refresh_from_db()
    assert swedish_offer.answer == Offer.Answer.ACCEPTED
    assert open_steps(help_request) == ["help_given"]
    content = response.content.decode()
    assert url("task", "sv", pk=help_request.pk) in content  # log in to see the address
    assert "Kirkkokatu 1" not in content

    again = client.post(path, {"answer": "decline"}, follow=True)
    assert said(offers.ANSWERED_ALREADY[Offer.Answer.ACCEPTED], "sv") in again.content.decode()
    swedish_offer.refresh_from_db()
    assert swedish_offer.answer == Offer.Answer.ACCEPTED


def test_declining_by_the_link_returns_the_request_to_matching(client, swedish_offer, help_request):
    client.post(link_path(swedish_offer), {"answer": "decline"})
    swedish_offer.refresh_from_db()
    assert swedish_offer.answer == Offer.Answer.DECLINED
    assert open_steps(help_request) == ["match"]


def test_an_expired_offer_cannot_be_accepted_by_its_link(client, swedish_offer, help_request):
    timer = help_request.task_set.get(flow_task_type="TIMER", status=STATUS.SCHEDULED)
    type(timer).objects.filter(pk=timer.pk).update(scheduled=timezone.now())
    call_command("workflow_timers")
    path = link_path(swedish_offer)
    response = client.post(path, {"answer": "accept"}, follow=True)
    content = response.content.decode()
    assert said(offers.NO_LONGER_OPEN, "sv") in content
    assert said(assignments.ENDINGS[Offer.Answer.EXPIRED], "sv") in content
    assert url("home", "sv") in content  # log in to My volunteering
    assert 'value="accept"' not in content and NOTE not in content
    swedish_offer.refresh_from_db()
    assert swedish_offer.answer == Offer.Answer.EXPIRED
    assert open_steps(help_request) == ["match"]


@pytest.mark.parametrize(
    "forge",
    [
        lambda token, pk: token[:-3],  # cut short
        lambda token, pk: token + "x",
        lambda token, pk: signing.dumps(pk, salt="something else"),
        lambda token, pk: signing.dumps(pk + 1000, salt=links.OFFER_SALT),  # no such offer
        lambda token, pk: "abc",
    ],
)
def test_a_forged_or_mangled_link_is_a_clear_not_found_page(client, offer, forge):
    token = forge(links.offer_token(offer), offer.pk)
    path = url("offer_link", "fi", token=token)
    for response in (client.get(path), client.post(path, {"answer": "accept"})):
        assert response.status_code == 404
        content = response.content.decode()
        assert 'lang="fi"' in content
        assert said("This link does not work", "fi") in content
        assert "Kauppa- ja apteekkiasiointi" not in content
    offer.refresh_from_db()
    assert offer.answer == ""
