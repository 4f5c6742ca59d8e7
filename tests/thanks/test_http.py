"""Thanks and certificate requests through the coordinators' pages: who may take them, the
suggested message, a thank-you started by hand, the printable letter."""

import datetime
import html

from django.core import mail
from django.utils import timezone, translation

from wagtail.models import Page, Site

import pytest
from viewflow.workflow.status import PROCESS, STATUS

import portal.urls  # noqa: F401  (builds the flows' URLs, for their reverse())
from tests.factories import CoordinatorFactory, UserFactory, VolunteerFactory
from workflows.certificates.flows import CertificateRequestFlow, ask
from workflows.help_requests.models import Report
from workflows.thanks import flows
from workflows.thanks.flows import ThanksFlow
from workflows.thanks.models import Thanks

pytestmark = pytest.mark.django_db


def said(message):
    """`message` as the coordinators' Finnish pages show it."""
    with translation.override("fi"):
        return translation.gettext(message)


@pytest.fixture
def thanks(active, report_hours):
    report_hours(active, "3")
    flows.start_due()
    return Thanks.objects.get()


def urls(node, process):
    task = process.task_set.get(flow_task=node, status__in=[STATUS.NEW, STATUS.ASSIGNED])
    args = [process.pk, task.pk]
    return node.reverse("assign", args=args), node.reverse("execute", args=args)


def other_coordinator():
    site = Site.objects.create(hostname="muu.example", root_page=Page.get_first_root_node())
    return CoordinatorFactory(site=site, user=UserFactory()).user


def test_a_coordinator_personalises_the_suggestion_and_sends_it(
    client, thanks, coordinator, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    assign, execute = urls(ThanksFlow.personalise, thanks)
    assert client.post(assign).status_code == 302
    page = client.get(execute)
    assert page.status_code == 200
    assert "Stina" in page.content.decode()  # the suggested message greets her
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(execute, {"decision": "send", "message": "Tack för allt, Stina!"})
    assert response.status_code == 302
    thanks.refresh_from_db()
    assert thanks.status == PROCESS.DONE and thanks.sent_at
    assert "Tack för allt, Stina!" in mail.outbox[0].body


def test_sending_an_empty_message_is_refused_and_keeps_the_choice(client, thanks, coordinator):
    client.force_login(coordinator)
    assign, execute = urls(ThanksFlow.personalise, thanks)
    client.post(assign)
    response = client.post(execute, {"decision": "send", "message": "  "})
    assert response.status_code == 200
    assert said("Write the message, or choose to skip.") in response.content.decode()
    thanks.refresh_from_db()
    assert thanks.status == PROCESS.NEW


def test_another_municipalitys_coordinator_and_a_volunteer_cannot_take_it(client, thanks, active):
    assign, execute = urls(ThanksFlow.personalise, thanks)
    for user in (other_coordinator(), active.user):
        client.force_login(user)
        assert client.post(assign).status_code == 403
        assert client.get(execute).status_code == 403


def test_a_coordinator_thanks_a_volunteer_for_a_campaign_once(client, active, coordinator):
    client.force_login(coordinator)
    start = ThanksFlow.start_by_hand.reverse("execute")
    form = {"volunteer": active.pk, "reason": "campaign", "campaign": "Mitä kuuluu? kevät 2027"}
    assert client.post(start, form).status_code == 302
    thanks = Thanks.objects.get()
    assert thanks.started_by == coordinator
    assert thanks.milestone_key == "campaign:mitä kuuluu? kevät 2027"
    again = client.post(start, {**form, "campaign": "MITÄ KUULUU? kevät 2027"})
    assert again.status_code == 200
    assert said("This volunteer has already been thanked for this campaign.") in html.unescape(
        again.content.decode()
    )
    assert Thanks.objects.count() == 1


def test_a_campaign_needs_its_name(client, active, coordinator):
    client.force_login(coordinator)
    start = ThanksFlow.start_by_hand.reverse("execute")
    response = client.post(start, {"volunteer": active.pk, "reason": "campaign", "campaign": ""})
    assert response.status_code == 200
    assert not Thanks.objects.exists()


def test_the_letter_is_for_the_municipalitys_coordinators_only(client, thanks, coordinator):
    letter = f"/workflows/thanks/letter/{thanks.pk}/"
    client.force_login(coordinator)
    response = client.get(letter)
    assert response.status_code == 200
    assert response.content.decode().count("<main>") == 1
    client.force_login(other_coordinator())
    assert client.get(letter).status_code == 403


def test_a_coordinator_approves_a_certificate_request_seeing_its_facts(
    client, active, report_hours, coordinator
):
    report_hours(active, "5")
    process = ask(
        active,
        {
            "language": "fi",
            "period_start": active.created_at.date(),
            "period_end": active.created_at.date().today(),
            "purpose": "",
        },
    )
    client.force_login(coordinator)
    assign, execute = urls(CertificateRequestFlow.decide, process)
    client.post(assign)
    page = client.get(execute)
    assert "5,0" in page.content.decode() or "5.0" in page.content.decode()
    assert client.post(execute, {"decision": "approve"}).status_code == 302
    process.refresh_from_db()
    assert process.certificate is not None


def test_a_coordinator_thanks_everyone_who_took_part_in_a_campaign(
    client, coordinator, active, report_hours, home
):
    other = VolunteerFactory(status="active")
    report_hours(active, "2")
    report_hours(other, "1")
    client.force_login(coordinator)
    today = timezone.localdate()
    form = {
        "campaign": "Hur mår du?-samtal våren 2027",
        "kind_of_help": Report.objects.first().help_request.kind_of_help_id,
        "start": (today - datetime.timedelta(days=30)).isoformat(),
        "end": today.isoformat(),
    }
    preview = client.post("/workflows/thanks/campaign/", form)
    assert preview.status_code == 200
    assert str(active) in preview.content.decode() and str(other) in preview.content.decode()
    assert not Thanks.objects.exists()

    done = client.post("/workflows/thanks/campaign/", {**form, "confirm": "1"})
    assert done.status_code == 302
    assert Thanks.objects.filter(reason="campaign").count() == 2
    client.post("/workflows/thanks/campaign/", {**form, "confirm": "1"})
    assert Thanks.objects.filter(reason="campaign").count() == 2  # never twice

    client.force_login(active.user)
    assert client.get("/workflows/thanks/campaign/").status_code == 403
