"""The coordinators' side of help requests over HTTP: the phone intake, the task pages in
viewflow's UI (claim, then the step's form), the inbox and a request's history, who may open
them, what a coordinator who came second is told, and the log of who saw a request."""

import datetime
import uuid
from decimal import Decimal
from html import escape as html_escape

from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from wagtail.models import Site
from wagtail.users.models import UserProfile

import pytest
from viewflow.workflow.status import STATUS

import portal.urls  # noqa: F401  (builds the flows' URLs, for their reverse())
from tests.factories import CoordinatorFactory, OtherSiteFactory, VolunteerFactory
from tests.helpers.help_requests import active_volunteer, committed, step, submit
from tests.helpers.processes import open_steps
from workflows.engine import waiting_task
from workflows.help_requests import services
from workflows.help_requests.flows import HelpRequestFlow
from workflows.help_requests.intake_forms import PhoneIntakeForm
from workflows.help_requests.models import HelpRequest, Offer, StaffView

pytestmark = pytest.mark.django_db

INBOX = "/workflows/help_inbox/"


def history_url(help_request):
    return f"{INBOX}{help_request.pk}/"


def waiting(help_request, name):
    return waiting_task(help_request, name, statuses=[STATUS.NEW, STATUS.ASSIGNED])


def task_url(help_request, name, action):
    task = waiting(help_request, name)
    return getattr(HelpRequestFlow, name).reverse(action, args=[help_request.pk, task.pk])


def claim_and_execute(client, help_request, name, data):
    """Claim the step in viewflow's UI and send its form; returns the form's response."""
    assert client.post(task_url(help_request, name, "assign")).status_code == 302
    return client.post(task_url(help_request, name, "execute"), data)


def shows(response, message, language="fi"):
    """Whether the page shows `message` in `language` (whatever the catalogue holds today),
    escaped as Django's templates do or as viewflow's form renderer does (quotes kept)."""
    with translation.override(language):
        text = str(message)
    html = response.content.decode()
    return escape(text) in html or html_escape(text, quote=False) in html


@pytest.fixture
def elsewhere(home):
    return OtherSiteFactory()


def phone_form(kind, area, **overrides):
    return {
        "token": str(uuid.uuid4()),
        "site": Site.objects.get(is_default_site=True).pk,
        "for_whom": "self",
        "requester_name": "Eino Soittaja",
        "person_name": "",
        "kind_of_help": kind.pk,
        "description": "Apteekkiasiointi torstaina.",
        "area": area.pk,
        "address": "Rantatie 5",
        "needed_on": (timezone.localdate() + datetime.timedelta(days=2)).isoformat(),
        "time_of_day": "afternoon",
        "preferred_language": "fi",
        "phone": "040 765 4321",
        "email": "",
        "verbal_consent": "on",
        "coordinator_notes": "Kuulee huonosti, puhu selkeästi.",
        **overrides,
    }


# The phone intake ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_phone_intake_speaks_the_coordinators_language(client, coordinator, home, language):
    profile = UserProfile.get_for_user(coordinator)
    profile.preferred_language = language
    profile.save()
    client.force_login(coordinator)
    page = client.get(HelpRequestFlow.start_phone.reverse("execute"))
    assert page.status_code == 200 and page["Content-Language"] == language
    for text in (
        HelpRequestFlow.start_phone.task_title,
        _("Name of the caller"),
        _("The resident's language"),
        PhoneIntakeForm.SECTIONS[1][0],  # a section's heading
    ):
        assert shows(page, text, language)


def test_the_phone_intake_works_without_javascript(client, coordinator, home):
    """Its fields are the server's own HTML, in their parts, not viewflow's scripted fields."""
    client.force_login(coordinator)
    page = client.get(HelpRequestFlow.start_phone.reverse("execute")).content.decode()
    assert '<select name="area"' in page and 'name="verbal_consent"' in page
    assert "<legend>Suostumus</legend>" in page
    assert "<vf-field" not in page


def test_a_phone_request_needs_the_residents_verbal_consent_and_keeps_what_was_typed(
    client, home, coordinator, errands, centre
):
    client.force_login(coordinator)
    url = HelpRequestFlow.start_phone.reverse("execute")
    refused = client.post(url, phone_form(errands, centre, verbal_consent=""))
    assert refused.status_code == 200
    assert shows(refused, _("Record the resident's consent before saving."))
    assert "Eino Soittaja" in refused.content.decode()  # what was typed is kept
    assert not HelpRequest.objects.exists()


def test_a_phone_request_is_stored_with_its_channel_and_starts_the_same_process(
    client, home, coordinator, errands, centre, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    data = phone_form(errands, centre)
    url = HelpRequestFlow.start_phone.reverse("execute")
    with django_capture_on_commit_callbacks(execute=True):
        saved = client.post(url, data)
    again = client.post(url, data)  # the same form sent twice
    assert saved.status_code == 302 and again.status_code == 302
    help_request = HelpRequest.objects.get()
    assert help_request.channel == HelpRequest.Channel.PHONE
    assert help_request.consent_taken_by == coordinator
    assert help_request.privacy_notice_version.startswith("verbal")
    assert help_request.coordinator_notes == "Kuulee huonosti, puhu selkeästi."
    assert help_request.person_consents and help_request.phone == "040 765 4321"
    assert open_steps(help_request) == ["triage"]
    # Both land on the new request's page, its triage one click away.
    assert saved.url == again.url == f"/workflows/help_inbox/{help_request.pk}/"


def test_a_coordinator_cannot_take_a_phone_request_for_another_municipality(
    client, elsewhere, errands, centre
):
    stranger = CoordinatorFactory(site=elsewhere).user
    client.force_login(stranger)
    url = HelpRequestFlow.start_phone.reverse("execute")
    page = client.post(url, phone_form(errands, centre))
    assert page.status_code == 200 and not HelpRequest.objects.exists()
    assert "site" in page.context["form"].errors


# Who may open what --------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["anonymous", "volunteer", "stranger"])
def test_only_the_municipalitys_coordinators_see_a_request(client, help_request, who, elsewhere):
    if who == "volunteer":
        client.force_login(VolunteerFactory().user)
    elif who == "stranger":
        client.force_login(CoordinatorFactory(site=elsewhere).user)
    pages = {
        "history": history_url(help_request),
        "claim": task_url(help_request, "triage", "assign"),
        "execute": task_url(help_request, "triage", "execute"),
        "detail": task_url(help_request, "triage", "detail"),
        "process": HelpRequestFlow.instance.reverse("process_detail", args=[help_request.pk]),
    }
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code in (302, 403), name
        if response.status_code == 302:
            assert "/login/" in response.url, name
    assert client.post(pages["claim"]).status_code in (302, 403)
    assert waiting(help_request, "triage").owner is None
    inbox = client.get(INBOX)
    phone = client.get(HelpRequestFlow.start_phone.reverse("execute"))
    if who == "stranger":  # their own municipality's inbox, without this request
        assert inbox.status_code == 200 and phone.status_code == 200
        assert history_url(help_request) not in inbox.content.decode()
    else:
        assert inbox.status_code in (302, 403) and phone.status_code in (302, 403)
    assert not StaffView.objects.exists()


# The steps through viewflow's task pages ------------------------------------------------------


def test_a_coordinator_triages_matches_and_closes_through_the_task_pages(
    client, help_request, coordinator, errands, centre, django_capture_on_commit_callbacks
):
    volunteer = active_volunteer(errands, centre, user__first_name="Vilma")
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        triaged = claim_and_execute(client, help_request, "triage", {"decision": "accept"})
        assert triaged.status_code == 302
        match_page = client.post(task_url(help_request, "match", "assign"), {"_continue": "1"})
        form = client.get(match_page.url, follow=True)
        assert "Vilma" in form.content.decode() and shows(form, _("in the area"))
        offered = client.post(
            task_url(help_request, "match", "execute"),
            {"volunteer": volunteer.pk, "note": "Ota kassi."},
        )
    assert offered.status_code == 302
    offer = Offer.objects.get(help_request=help_request)
    assert offer.volunteer == volunteer and offer.offered_by == coordinator
    committed(services.answer_offer, offer, volunteer, accept=True)
    help_request.refresh_from_db()
    report = {"done_on": timezone.localdate(), "hours": Decimal("2"), "outcome": "done"}
    committed(services.report, help_request, volunteer, {**report, "notes": "", "concern": ""})
    help_request.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        closed = claim_and_execute(client, help_request, "close", {"closing": "close"})
    assert closed.status_code == 302
    help_request.refresh_from_db()
    assert help_request.stage == HelpRequest.Stage.DONE and open_steps(help_request) == []
    history = client.get(history_url(help_request))
    for text in (HelpRequest.Decision.ACCEPT.label, HelpRequest.Closing.CLOSE.label):
        assert shows(history, text)
    assert "Vilma" in history.content.decode() and "Kaisa" in history.content.decode()


def test_bad_input_on_a_step_keeps_it_open_and_says_why(client, help_request, coordinator):
    client.force_login(coordinator)
    asked = claim_and_execute(client, help_request, "triage", {"decision": "ask", "question": ""})
    assert asked.status_code == 200
    assert shows(asked, _("Write what you would like the resident to tell."))
    assert waiting(help_request, "triage").status == STATUS.ASSIGNED


def test_stored_text_is_escaped_on_the_task_pages_and_the_history(
    client, home, errands, centre, coordinator
):
    site = Site.objects.get(is_default_site=True)
    script = "<script>alert(1)</script>"
    help_request = submit(site, errands, centre, description=script, requester_name=script)
    client.force_login(coordinator)
    for url in (task_url(help_request, "triage", "detail"), history_url(help_request)):
        html = client.get(url).content.decode()
        assert script not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


# Two coordinators at once (the threaded race is in test_race.py) --------------------------------


def test_the_coordinator_who_claims_second_is_told_who_took_the_step(
    client, help_request, coordinator, colleague
):
    client.force_login(coordinator)
    assert client.post(task_url(help_request, "triage", "assign")).status_code == 302
    again = client.post(task_url(help_request, "triage", "assign"))  # a double click
    assert again.status_code == 302 and again.url.endswith("/execute/")
    client.force_login(colleague)
    for response in (
        client.post(task_url(help_request, "triage", "assign")),
        client.get(task_url(help_request, "triage", "execute")),
        client.post(task_url(help_request, "triage", "execute"), {"decision": "spam"}),
    ):
        assert response.status_code == 409
        assert shows(response, _("Another coordinator took this step first"))
        assert "Kaisa" in response.content.decode()
    assert waiting(help_request, "triage").owner == coordinator
    assert help_request.task_set.filter(status=STATUS.DONE).count() == 1  # only the start


def test_a_step_sent_twice_is_done_once(client, help_request, coordinator, errands, centre):
    first, second = (active_volunteer(errands, centre) for _ in range(2))
    step(help_request, "triage", coordinator, decision="accept")
    client.force_login(coordinator)
    execute = task_url(help_request, "match", "execute")
    client.post(task_url(help_request, "match", "assign"))
    assert client.post(execute, {"volunteer": first.pk}).status_code == 302
    late = client.post(execute, {"volunteer": second.pk})  # e.g. from a second tab
    assert late.status_code == 409
    assert shows(late, _("This step has already been done"))
    assert list(Offer.objects.values_list("volunteer", flat=True)) == [first.pk]


# The log of who saw a request ---------------------------------------------------------------


def test_every_page_showing_a_request_is_logged(client, help_request, coordinator):
    client.force_login(coordinator)
    pages = [
        task_url(help_request, "triage", "detail"),
        task_url(help_request, "triage", "assign"),
        HelpRequestFlow.instance.reverse("process_detail", args=[help_request.pk]),
    ]
    for url in pages:
        assert client.get(url).status_code == 200
    client.post(task_url(help_request, "triage", "assign"))  # claimed: not a page, not logged
    pages += [task_url(help_request, "triage", "execute"), history_url(help_request)]
    for url in pages[3:]:
        assert client.get(url).status_code == 200
    logged = StaffView.objects.filter(help_request=help_request, user=coordinator)
    assert sorted(logged.values_list("page", flat=True)) == sorted(pages)
    client.get(INBOX)  # the list shows no personal data: not logged
    assert logged.count() == len(pages)
    history = client.get(history_url(help_request)).content.decode()
    assert history.count("Kaisa") >= len(pages)
