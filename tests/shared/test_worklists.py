"""The lists coordinators work from in viewflow's pages of a process (its queue, its board, a
process's page, the claim page a link leads to): a step nobody holds is taken and opened in one
click, without JavaScript; the longest waiting come first; the board marks the stalled and
names people, not user names."""

import datetime

from django.conf import settings
from django.utils import timezone

import pytest
from viewflow.workflow.status import STATUS

import portal.urls  # noqa: F401  (a flow's addresses reverse once the URLconf is loaded)
from tests.factories import CoordinatorFactory, OtherSiteFactory, VolunteerFactory
from tests.helpers.training import volunteer
from workflows.engine import waiting_task
from workflows.onboarding.flows import OnboardingFlow
from workflows.onboarding.flows import start as start_onboarding
from workflows.training import flows as training

pytestmark = pytest.mark.django_db

QUEUE = "/workflows/onboarding/queue/"
BOARD = "/workflows/onboarding/"


def applicant(first_name, days_waiting=0):
    """An applicant whose review has waited `days_waiting` days."""
    volunteer = VolunteerFactory(user__first_name=first_name, user__last_name="Hakija")
    process = start_onboarding(volunteer)
    review = waiting_task(process, "review")
    created = timezone.now() - datetime.timedelta(days=days_waiting)
    type(review).objects.filter(pk=review.pk).update(created=created)
    return process, review


def claim_url(task):
    return task.flow_task.reverse("assign", args=[task.process_id, task.pk])


def take_form(task):
    return f'<form method="post" action="{claim_url(task)}" class="worklist__take">'


def test_the_queue_takes_and_opens_a_step_in_one_click(client, home, coordinator):
    client.force_login(coordinator)
    process, review = applicant("Aila")

    page = client.get(QUEUE).content.decode()

    assert take_form(review) in page
    assert 'name="_continue" value="1"' in page
    assert "Ota itselle ja avaa<span" in page and ": Käsittele hakemus, Aila Hakija" in page
    assert f"#{process.pk}/{review.pk}" not in page  # no ids to decipher
    opened = client.post(claim_url(review), {"_continue": "1"}, follow=True)
    assert opened.request["PATH_INFO"] == review.flow_task.reverse(
        "execute", args=[process.pk, review.pk]
    )
    review.refresh_from_db()
    assert review.owner == coordinator and review.status == STATUS.ASSIGNED


def test_the_queues_filter_names_steps_by_their_titles(client, home, coordinator):
    client.force_login(coordinator)
    applicant("Aila")

    steps = client.get(QUEUE).context["view"].filterset.filters["flow_task"].field
    # Not viewflow's own "Vapaaehtoisen perehdytys/Review": the node's code name.
    assert [label for _ref, label in steps.choices] == ["---------", "Käsittele hakemus"]


def test_the_queue_lists_the_longest_waiting_first(client, home, coordinator):
    client.force_login(coordinator)
    applicant("Uusi", days_waiting=1)
    applicant("Vanha", days_waiting=9)

    page = client.get(QUEUE).content.decode()

    assert page.index("Vanha Hakija") < page.index("Uusi Hakija")


def test_the_board_puts_the_longest_waiting_first_marks_the_stalled_and_names_people(
    client, home, coordinator, colleague
):
    client.force_login(coordinator)
    stalled_days = settings.ONBOARDING_STALLED_AFTER_DAYS + 1
    _, newest = applicant("Uusi", days_waiting=1)
    _, oldest = applicant("Vanha", days_waiting=stalled_days)
    _, held = applicant("Pidetty", days_waiting=3)
    with held.activation() as activation:
        activation.assign(colleague)

    page = " ".join(client.get(BOARD).content.decode().split())

    assert page.index("Vanha Hakija") < page.index("Pidetty Hakija") < page.index("Uusi Hakija")
    old_card = page[page.index("Vanha Hakija") : page.index("Pidetty Hakija")]
    card = page.rindex('<div class="mdc-card board__card', 0, page.index("Vanha Hakija"))
    assert page[card:].startswith('<div class="mdc-card board__card board__card--stalled"')
    assert '<p class="board__stalled">jumissa</p>' in old_card
    assert take_form(oldest) in old_card
    held_card = page[page.index("Pidetty Hakija") : page.index("Uusi Hakija")]
    assert "jumissa" not in held_card
    assert "Olli Kollega" in held_card and colleague.get_username() not in page
    assert "Katso vaihe" in held_card and claim_url(held) not in held_card
    assert take_form(newest) in page
    assert "#" + str(newest.process_id) + "/" not in page


def test_a_process_page_takes_its_waiting_step_in_one_click(client, home, coordinator):
    client.force_login(coordinator)
    process, review = applicant("Aila")

    page = client.get(OnboardingFlow.instance.reverse("process_detail", args=[process.pk]))

    assert take_form(review) in page.content.decode()


def test_a_link_to_a_step_nobody_holds_asks_once_with_one_button(client, home, coordinator):
    client.force_login(coordinator)
    process, review = applicant("Aila")

    page = client.get(claim_url(review)).content.decode()

    assert page.count('name="_continue" value="1"') == 1 and "Ota itselle ja avaa" in page
    assert "Ota itselle ja jatka" not in page


def test_another_municipalitys_coordinator_cannot_take_a_step(client, home, coordinator):
    _, review = applicant("Aila")
    stranger = CoordinatorFactory(site=OtherSiteFactory()).user
    client.force_login(stranger)

    assert claim_url(review) not in client.get(QUEUE).content.decode()
    assert client.post(claim_url(review), {"_continue": "1"}).status_code == 403
    review.refresh_from_db()
    assert review.owner is None and review.status == STATUS.NEW


def test_a_process_waiting_for_something_outside_shows_its_page(client, coordinator, session):
    """An enrolment waits at its session's roll (a Handle: nobody takes it); its page opens,
    saying so, with nothing to take."""
    enrolment = training.enrol(volunteer(), session)
    client.force_login(coordinator)

    response = client.get(f"/workflows/enrolment/{enrolment.pk}/")

    assert response.status_code == 200
    assert "worklist__take" not in response.content.decode()
