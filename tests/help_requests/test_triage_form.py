"""The triage step's page as the server draws it: every field a plain labelled control naming
the decision it is for (the page works without JavaScript), what was typed kept when something
is wrong, only what the chosen decision needs saved, and nobody but the request's own
coordinators let in."""

from django.core import mail

import pytest
from viewflow.workflow.status import STATUS

import portal.urls  # noqa: F401  (builds the flows' URLs, for their reverse())
from tests.factories import CoordinatorFactory, OtherSiteFactory, VolunteerFactory
from workflows.engine import waiting_task
from workflows.help_requests.flows import HelpRequestFlow
from workflows.help_requests.models import HelpRequest

pytestmark = pytest.mark.django_db


def triage_url(help_request, action):
    task = waiting_task(help_request, "triage")
    return HelpRequestFlow.triage.reverse(action, args=[help_request.pk, task.pk])


@pytest.fixture
def triage_page(client, help_request, coordinator):
    """Kaisa has taken the triage: its form's address."""
    client.force_login(coordinator)
    assert client.post(triage_url(help_request, "assign")).status_code == 302
    return triage_url(help_request, "execute")


def box(page, name):
    """The HTML of the field `name`'s box on the step page."""
    marker = f'id="id_{name}_box"'
    start = page.index(marker)
    end = page.find('_box"', start + len(marker))
    return page[page.rindex("<div", 0, start) : end if end != -1 else page.index("</form>")]


def test_every_field_is_a_labelled_control_naming_the_decision_it_is_for(client, triage_page):
    page = client.get(triage_page).content.decode()

    assert "<vf-field" not in page  # viewflow's fields are drawn by script
    assert "<legend>Päätös</legend>" in page
    assert '<label for="id_decision_1"><input type="radio" name="decision" value="ask"' in page
    question = box(page, "question")
    assert 'data-step-decision="decision" data-step-answers="ask"' in question
    assert '<label for="id_question">Kysymys kuntalaiselle</label>' in question
    assert "Vain päätökselle ”Pyydä kuntalaiselta lisätietoja”." in question
    assert 'aria-describedby="id_question_helptext"' in question
    assert 'data-step-answers="refer"' in box(page, "referral")
    assert 'data-step-answers="accept"' in box(page, "address")
    assert "data-step-answers" not in box(page, "coordinator_notes")  # for every decision
    assert "Tallenna ja palaa" in page and "Tallenna ja ota seuraava vaihe" in page


def test_bad_input_keeps_what_was_typed_and_saves_nothing(client, help_request, triage_page):
    typed = {
        "decision": "ask",
        "question": "",
        "coordinator_notes": "Soitti kahdesti.",
        "address": "Uusikatu 5",
    }

    response = client.post(triage_page, typed)

    assert response.status_code == 200
    page = response.content.decode()
    assert 'role="alert"' in page and "Mitään ei tallennettu: tarkista nämä" in page
    assert '<a href="#id_question">Kysymys kuntalaiselle: Kirjoita,' in page
    assert 'id="id_decision_1" checked' in page
    assert ">\nSoitti kahdesti.</textarea>" in page
    assert 'value="Uusikatu 5"' in page
    assert 'aria-invalid="true"' in box(page, "question")
    help_request.refresh_from_db()
    assert (help_request.coordinator_notes, help_request.address) == ("", "Kirkkokatu 1")
    assert waiting_task(help_request, "triage").status == STATUS.ASSIGNED


def test_only_what_the_chosen_decision_needs_is_checked_and_kept(
    client, help_request, triage_page, django_capture_on_commit_callbacks
):
    typed = {
        "decision": "refer",
        "referral": "Kotihoidon neuvonta, 09 123 4567.",
        # Typed before the coordinator chose to refer: hidden on the page, not for this answer.
        "question": "Mihin aikaan sopii?",
        "address": "Väärä katu 9",
        "person_phone": "soita ovikelloa",  # not a phone number: not checked either
        "coordinator_notes": "Tarvitsee kotihoitoa.",
    }

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(triage_page, typed)

    assert response.status_code == 302
    help_request.refresh_from_db()
    assert help_request.decision == HelpRequest.Decision.REFER
    assert help_request.referral == "Kotihoidon neuvonta, 09 123 4567."
    assert help_request.coordinator_notes == "Tarvitsee kotihoitoa."
    assert (help_request.question, help_request.address) == ("", "Kirkkokatu 1")
    assert help_request.person_phone == ""
    assert waiting_task(help_request, "triage", statuses=[STATUS.DONE]).data == {
        "decision": "refer"
    }
    assert not any("Mihin aikaan sopii?" in message.body for message in mail.outbox)


@pytest.mark.parametrize("who", ["volunteer", "other municipality's coordinator", "colleague"])
def test_the_step_form_is_refused_to_anyone_but_the_coordinator_holding_it(
    client, help_request, triage_page, who, colleague
):
    if who == "volunteer":
        client.force_login(VolunteerFactory().user)
    elif who == "colleague":
        client.force_login(colleague)  # of the same municipality, but Kaisa holds the step
    else:
        client.force_login(CoordinatorFactory(site=OtherSiteFactory()).user)

    shown = client.get(triage_page)
    sent = client.post(triage_page, {"decision": "spam"})

    assert shown.status_code in (403, 409) and sent.status_code in (403, 409)
    assert "<textarea" not in shown.content.decode()
    help_request.refresh_from_db()
    assert help_request.decision == ""
    assert waiting_task(help_request, "triage").status == STATUS.ASSIGNED
