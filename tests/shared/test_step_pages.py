"""A step done returns the coordinator to the list they opened it from, saying what was done,
for whom, and what waits now, or takes and opens the next step where one can follow; its
buttons say which; and every node of every flow a person can see has a human title.
"""

import datetime

from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

import pytest

import portal.urls  # noqa: F401  (a flow's addresses reverse once the URLconf is loaded)
from tests.factories import VolunteerFactory
from workflows.engine import waiting_task
from workflows.help_requests.flows import HelpRequestFlow
from workflows.onboarding.flows import OnboardingFlow
from workflows.onboarding.flows import start as start_onboarding
from workflows.scoping import MunicipalityFlow
from workflows.steps import following_steps

pytestmark = pytest.mark.django_db


def review(client, volunteer, **extra):
    process = start_onboarding(volunteer)
    task = waiting_task(process, "review")
    client.post(task.flow_task.reverse("assign", args=[process.pk, task.pk]))
    execute = task.flow_task.reverse("execute", args=[process.pk, task.pk])
    return client.post(execute, {"decision": "approve", **extra})


def test_a_step_done_returns_to_the_list_it_was_opened_from(client, home, coordinator):
    client.force_login(coordinator)
    stalled = reverse("bank:stalled")
    client.get(f"{stalled}?page=1")
    volunteer = VolunteerFactory(user__first_name="Ville", user__last_name="Virtanen")

    response = review(client, volunteer)

    assert response.status_code == 302
    assert response["Location"] == f"{stalled}?page=1"
    # In the coordinator's language; taking the step said nothing (its page said it).
    said = [str(message) for message in get_messages(response.wsgi_request)]
    assert said == [
        "Käsittele hakemus: tehty – Ville Virtanen. "
        "Seuraavaksi odottaa: Sovi tutustumistapaaminen. "
        f'<a href="/workflows/onboarding/{volunteer.onboardings.get().pk}/">Katso vaiheet</a>'
    ]


def test_complete_and_continue_goes_on_to_the_next_step_when_one_waits(client, home, coordinator):
    client.force_login(coordinator)
    client.get(reverse("bank:stalled"))
    process = start_onboarding(VolunteerFactory())
    task = waiting_task(process, "review")
    client.post(task.flow_task.reverse("assign", args=[process.pk, task.pk]))
    execute = task.flow_task.reverse("execute", args=[process.pk, task.pk])
    response = client.post(execute, {"decision": "approve", "_continue": "1"})
    meeting = waiting_task(process, "schedule_meeting")
    # The next step is taken for the coordinator going on, and opened: no claim page between.
    assert response["Location"] == meeting.flow_task.reverse(
        "execute", args=[process.pk, meeting.pk]
    )
    assert meeting.owner == coordinator and meeting.assigned is not None
    assert client.get(response["Location"]).status_code == 200


def test_take_the_next_step_returns_to_the_list_when_the_decision_leads_elsewhere(
    client, home, coordinator
):
    client.force_login(coordinator)
    stalled = reverse("bank:stalled")
    client.get(stalled)
    volunteer = VolunteerFactory()

    response = review(client, volunteer, decision="ask", question="Mitä kieliä puhut?")

    assert response["Location"] == stalled  # the applicant answers next, not a coordinator


def test_the_buttons_say_what_they_do_and_take_the_next_step_only_where_one_can_follow(
    client, home, coordinator, orientation
):
    client.force_login(coordinator)
    process = start_onboarding(VolunteerFactory())

    def step_page(step):
        """The step's page once taken, and its address."""
        task = waiting_task(process, step)
        client.post(task.flow_task.reverse("assign", args=[process.pk, task.pk]))
        execute = task.flow_task.reverse("execute", args=[process.pk, task.pk])
        return client.get(execute).content.decode(), execute

    def buttons(page):
        return "Tallenna ja palaa" in page, "Tallenna ja ota seuraava vaihe" in page

    page, review = step_page("review")
    assert buttons(page) == (True, True)
    assert "jos päätöksesi johtaa seuraavaan vaiheeseen (Sovi tutustumistapaaminen)" in page
    assert page.index("Tallenna ja palaa") < page.index('name="_continue"')  # Enter: back
    client.post(review, {"decision": "approve"})
    # Its outcome waits for the meeting to be held: nothing to take straight after.
    page, meeting = step_page("schedule_meeting")
    assert buttons(page) == (True, False)
    in_a_week = timezone.localtime() + datetime.timedelta(days=7)
    client.post(meeting, {"meeting_at": in_a_week.strftime("%Y-%m-%dT%H:%M"), "meeting_place": "K"})
    page, outcome = step_page("meeting_outcome")
    assert buttons(page) == (True, True)
    client.post(outcome, {"meeting_outcome": "continue"})
    # The volunteer accepts the agreement next, in My volunteering.
    assert buttons(step_page("orientation")[0]) == (True, False)


@pytest.mark.parametrize(
    ("flow_class", "step", "following"),
    [
        (OnboardingFlow, "review", ["schedule_meeting"]),
        (OnboardingFlow, "meeting_outcome", ["sight_extract", "orientation"]),
        (OnboardingFlow, "orientation", []),
        (HelpRequestFlow, "triage", ["match"]),
        (HelpRequestFlow, "match", []),
        (HelpRequestFlow, "follow_up", ["close"]),
    ],
)
def test_the_steps_that_can_follow_a_step_are_read_from_the_flow(flow_class, step, following):
    found = following_steps(getattr(flow_class, step))
    assert [node.name for node in found] == following


def test_no_list_remembered_means_the_process_page(client, home, coordinator):
    client.force_login(coordinator)
    volunteer = VolunteerFactory()
    response = review(client, volunteer)
    process = volunteer.onboardings.get()
    assert response["Location"] == OnboardingFlow.instance.reverse(
        "process_detail", args=[process.pk]
    )


@pytest.mark.parametrize("flow_class", MunicipalityFlow.__subclasses__(), ids=lambda f: f.__name__)
def test_every_node_has_a_title_written_for_people(flow_class):
    for node in flow_class.instance.nodes():
        title = str(node.task_title)
        assert title, f"{flow_class.__name__}.{node.name} has no title"
        assert not title.startswith("After "), f"{flow_class.__name__}.{node.name}: {title}"


def test_one_click_takes_a_step_and_opens_it(client, home, coordinator):
    client.force_login(coordinator)
    process = start_onboarding(VolunteerFactory())
    task = waiting_task(process, "review")
    detail = client.get(task.flow_task.reverse("detail", args=[process.pk, task.pk]))
    assign = task.flow_task.reverse("assign", args=[process.pk, task.pk])
    page = detail.content.decode()
    assert f'<form method="post" action="{assign}"' in page
    assert 'name="_continue"' in page

    response = client.post(assign, {"_continue": "1"}, follow=True)

    assert response.request["PATH_INFO"] == task.flow_task.reverse(
        "execute", args=[process.pk, task.pk]
    )
    assert not list(get_messages(response.wsgi_request))  # the step's page says it is theirs


def test_a_process_page_reads_as_words_not_ids(client, home, coordinator):
    client.force_login(coordinator)
    volunteer = VolunteerFactory(user__first_name="Ville", user__last_name="Virtanen")
    review(client, volunteer)
    process = volunteer.onboardings.get()
    url = OnboardingFlow.instance.reverse("process_detail", args=[process.pk])

    page = " ".join(client.get(url).content.decode().split())

    waiting = page.index("Odottaa nyt")
    done = page.index("Mitä on tehty")
    assert waiting < page.index("Sovi tutustumistapaaminen") < done
    assert done < page.index("Käsittele hakemus") and "Kaisa Koordinaattori" in page
    assert f"{process.pk}/" not in page.replace(url, "")  # no "164/968" ids
    assert "Peruuta koko prosessi…" in page  # a secondary action, at the end
    assert page.index("Peruuta koko prosessi…") > done


def test_cancelling_a_process_says_what_it_means_before_it_is_done(client, home, coordinator):
    client.force_login(coordinator)
    process = start_onboarding(VolunteerFactory())
    url = OnboardingFlow.instance.reverse("process_cancel", args=[process.pk])

    page = client.get(url).content.decode()
    assert "Käsittele hakemus" in page  # the waiting step that will be cancelled
    assert "Kukaan ei saa tästä automaattisesti tietoa" in page

    client.post(url, {"_cancel_process": "1"})
    process.refresh_from_db()
    assert process.status == "CANCELED"


def test_the_stalled_onboarding_list_takes_and_opens_a_step_in_one_click(client, home, coordinator):
    client.force_login(coordinator)
    process = start_onboarding(VolunteerFactory())
    task = waiting_task(process, "review")
    assign = task.flow_task.reverse("assign", args=[process.pk, task.pk])
    page = client.get(reverse("bank:stalled")).content.decode()
    assert f'<form method="post" action="{assign}"' in page

    response = client.post(assign, {"_continue": "1"})

    assert response["Location"] == task.flow_task.reverse("index", args=[process.pk, task.pk])
    assert client.get(response["Location"])["Location"].endswith("/execute/")
    page = client.get(reverse("bank:stalled")).content.decode()
    assert f'<form method="post" action="{assign}"' not in page  # now hers: "Continue"
