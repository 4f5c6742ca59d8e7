"""A request for someone else carries the helped person's own phone and address, apart from
the requester's and labelled as whose they are; a coordinator completes them at triage (on the
history, by name of field only); the volunteer sees them only after accepting, and the offer
says nothing of them."""

from django.urls import reverse
from django.utils import translation

import pytest

import portal.urls  # noqa: F401  (builds the flows' URLs, for their reverse())
from tests.helpers.help_requests import active_volunteer, web_form
from workflows.engine import waiting_task
from workflows.help_requests import retention
from workflows.help_requests.flows import HelpRequestFlow
from workflows.help_requests.models import HelpRequest

pytestmark = pytest.mark.django_db

NEIGHBOUR_PHONE = "044 987 6543"
ADDRESS = "Puistotie 4 B 12, ovikoodi 1234"


def relative_asks(client, page, errands, centre, **changes):
    """Aino asks for her neighbour Elsa on the public form, without Elsa's address."""
    data = web_form(errands, centre, **{"person_name": "Elsa Naapuri", "address": "", **changes})
    return client.post(page.url, data)


def take_step(client, help_request, name, data):
    task = waiting_task(help_request, name)
    node = getattr(HelpRequestFlow, name)
    assert client.post(node.reverse("assign", args=[help_request.pk, task.pk])).status_code == 302
    return client.post(node.reverse("execute", args=[help_request.pk, task.pk]), data)


def my_task(client, help_request):
    with translation.override("fi"):
        return reverse("my_volunteering:task", kwargs={"pk": help_request.pk})


def test_the_coordinator_completes_the_neighbours_details_and_the_volunteer_sees_them_only_after_accepting(  # noqa: E501
    client, help_page, errands, centre, coordinator
):
    assert relative_asks(client, help_page, errands, centre).status_code == 302
    help_request = HelpRequest.objects.get()
    assert (help_request.address, help_request.person_phone) == ("", "")

    client.force_login(coordinator)
    triage = {"decision": "accept", "address": ADDRESS, "person_phone": NEIGHBOUR_PHONE}
    assert take_step(client, help_request, "triage", triage).status_code == 302
    help_request.refresh_from_db()
    assert (help_request.address, help_request.person_phone) == (ADDRESS, NEIGHBOUR_PHONE)
    # The history says what was completed, never the values (they are anonymised with the
    # request; a task's data is not).
    triaged = help_request.task_set.get(flow_task=HelpRequestFlow.triage)
    assert triaged.data == {"decision": "accept", "corrected": ["address", "person_phone"]}
    assert set(triaged.data) <= set(retention.KEPT_TASK_DATA)
    history = client.get(f"/workflows/help_inbox/{help_request.pk}/").content.decode()
    assert "osoite, autettavan puhelin" in history

    ville = active_volunteer(errands, centre, user__first_name="Ville", preferred_language="fi")
    match = {"volunteer": ville.pk, "note": "Ota kauppakassi mukaan."}
    assert take_step(client, help_request, "match", match).status_code == 302

    client.force_login(ville.user)
    offered = client.get(my_task(client, help_request)).content.decode()
    for secret in ("Elsa Naapuri", "Puistotie", "1234", "044 987 6543", "040 123 4567"):
        assert secret not in offered

    accepted = client.post(my_task(client, help_request), {"answer": "accept"}, follow=True)
    page = " ".join(accepted.content.decode().split())
    # Elsa's own details under her, Aino's under "asked on their behalf by", each labelled.
    assert "Elsa Naapuri" in page and ADDRESS in page
    assert '<dt>Puhelin</dt> <dd><a href="tel:0449876543">044 987 6543</a>' in page
    assert "Avunpyynnön teki" in page
    assert '<dd><a href="tel:0401234567">040 123 4567</a>' in page
    assert page.index("044 987 6543") < page.index("Aino Asukas") < page.index("040 123 4567")


def test_the_neighbours_phone_is_checked_and_kept_with_what_was_typed(
    client, help_page, errands, centre
):
    response = relative_asks(
        client, help_page, errands, centre, person_phone="soita ovikelloa", address="Puistotie 4"
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Anna puhelinnumero, esimerkiksi 040 123 4567." in page
    assert 'value="soita ovikelloa"' in page and 'value="Puistotie 4"' in page
    assert not HelpRequest.objects.exists()


def test_asking_for_oneself_keeps_no_second_phone(client, help_page, errands, centre):
    oneself = {"for_whom": "self", "person_name": "", "person_phone": "050 111 2222"}
    relative_asks(client, help_page, errands, centre, **oneself)
    help_request = HelpRequest.objects.get()
    assert help_request.person_phone == ""


def test_the_helped_persons_phone_is_anonymised_with_the_request():
    assert "person_phone" in HelpRequest.PERSONAL_FIELDS
