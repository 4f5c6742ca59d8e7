"""The coordinators' help-request inbox: its queues, filters and stalled requests, its scope,
its cost in queries, and a request's history on one screen."""

import datetime
import re
from decimal import Decimal

from django.utils import timezone, translation
from django.utils.html import escape

from wagtail.models import Site
from wagtail.users.models import UserProfile

import pytest
from viewflow.workflow.models import Task
from viewflow.workflow.status import STATUS

import portal.urls  # noqa: F401  (builds the flows' URLs, for their reverse())
from tests.factories import AreaFactory, CoordinatorFactory, KindOfHelpFactory, OtherSiteFactory
from tests.helpers.help_requests import active_volunteer, committed, step, submit
from workflows.engine import waiting_task
from workflows.help_requests import services
from workflows.help_requests.flows import HelpRequestFlow
from workflows.help_requests.inbox.queues import BY_SLUG
from workflows.help_requests.models import HelpRequest, StaffView

pytestmark = pytest.mark.django_db

INBOX = "/workflows/help_inbox/"


def rows(response):
    return [row["request"].pk for row in response.context["rows"]]


def shows(response, message, language="fi"):
    with translation.override(language):
        return escape(str(message)) in response.content.decode()


def report(help_request, volunteer, concern=""):
    data = {
        "done_on": timezone.localdate(),
        "hours": Decimal("1.5"),
        "outcome": "done",
        "notes": "",
        "concern": concern,
    }
    committed(services.report, help_request, volunteer, data)
    help_request.refresh_from_db()


@pytest.fixture
def site(home):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def new_request(site, errands, centre):
    def make(kind=errands, area=centre, **overrides):
        return submit(site, kind, area, **overrides)

    return make


@pytest.fixture
def every_queue(new_request, coordinator, errands, centre):
    """{queue slug: a request waiting there}."""
    volunteer = active_volunteer(errands, centre, user__first_name="Vilma")
    made = {slug: new_request() for slug in BY_SLUG}
    for slug, help_request in made.items():
        if slug == "triage":
            continue
        if slug == "resident":
            step(help_request, "triage", coordinator, decision="ask", question="Milloin?")
            continue
        step(help_request, "triage", coordinator, decision="accept")
        if slug == "matching":
            continue
        step(help_request, "match", coordinator, volunteer=volunteer)
        if slug == "offers":
            continue
        committed(services.answer_offer, help_request.offers.get(), volunteer, accept=True)
        help_request.refresh_from_db()
        if slug == "under_way":
            continue
        report(
            help_request, volunteer, concern="Vaikutti yksinäiseltä." if slug == "concerns" else ""
        )
    return made


def test_each_waiting_request_is_in_the_queue_of_its_step(client, coordinator, every_queue):
    client.force_login(coordinator)
    everything = client.get(INBOX)
    assert everything.status_code == 200
    assert sorted(rows(everything)) == sorted(r.pk for r in every_queue.values())
    assert everything.context["counts"]["all"] == len(every_queue)
    for slug, help_request in every_queue.items():
        queue = client.get(INBOX, {"queue": slug})
        assert rows(queue) == [help_request.pk], slug
        assert queue.context["counts"][slug] == 1
        assert shows(queue, BY_SLUG[slug].title)
    offers = client.get(INBOX, {"queue": "offers"})
    row = offers.context["rows"][0]
    assert row["offer"].volunteer.user.first_name == "Vilma"
    assert row["deadline"] > timezone.now() and "Vilma" in offers.content.decode()
    assert "Vilma" in client.get(INBOX, {"queue": "under_way"}).content.decode()


def test_a_step_is_claimed_from_the_inbox_and_opens_its_form(client, coordinator, new_request):
    help_request = new_request()
    client.force_login(coordinator)
    action = client.get(INBOX).context["rows"][0]["action"]
    assert action["claim"]
    claimed = client.post(action["url"], {"_continue": "1"}, follow=True)
    assert claimed.redirect_chain[-1][0].endswith("/execute/")
    task = waiting_task(help_request, "triage", statuses=[STATUS.ASSIGNED])
    assert task.owner == coordinator and task.assigned is not None
    again = client.get(INBOX).context["rows"][0]["action"]
    assert not again.get("claim") and again["url"].endswith("/execute/")


def test_the_filters_narrow_the_list_by_kind_area_and_age(
    client, coordinator, new_request, errands, centre
):
    friendship, harbour = KindOfHelpFactory(name="Ystävätoiminta"), AreaFactory(name="Satama")
    plain = new_request()
    other_kind = new_request(kind=friendship)
    other_area = new_request(area=harbour)
    old = new_request()
    HelpRequest.objects.filter(pk=old.pk).update(
        created=timezone.now() - datetime.timedelta(days=4)
    )
    client.force_login(coordinator)
    assert sorted(rows(client.get(INBOX, {"kind": friendship.pk}))) == [other_kind.pk]
    assert sorted(rows(client.get(INBOX, {"area": harbour.pk}))) == [other_area.pk]
    assert rows(client.get(INBOX, {"age": 3})) == [old.pk]
    assert rows(client.get(INBOX, {"age": 7})) == []
    both = client.get(INBOX, {"kind": errands.pk, "area": centre.pk})
    assert sorted(rows(both)) == sorted([plain.pk, old.pk])
    # A wrong value drops that filter only; the links keep the others.
    wrong = client.get(INBOX, {"kind": "x", "age": "5", "area": harbour.pk})
    assert wrong.status_code == 200 and rows(wrong) == [other_area.pk]
    links = re.findall(r'href="\?([^"]*)"', wrong.content.decode())
    assert any(
        {f"kind={friendship.pk}", f"area={harbour.pk}"} <= set(link.split("&amp;"))
        for link in links
    )


def test_stalled_requests_are_marked_and_listed_first(client, coordinator, new_request, settings):
    settings.HELP_REQUEST_STALLED_AFTER_HOURS = 24
    first, later = new_request(), new_request()
    Task.objects.filter(process=later, status=STATUS.NEW).update(
        created=timezone.now() - datetime.timedelta(hours=25)
    )
    Task.objects.filter(process=first, status=STATUS.NEW).update(
        created=timezone.now() - datetime.timedelta(hours=2)
    )
    client.force_login(coordinator)
    page = client.get(INBOX)
    assert rows(page) == [later.pk, first.pk]
    assert [row["task"].stalled for row in page.context["rows"]] == [True, False]
    assert page.context["counts"]["stalled_count"] == 1


def test_the_inbox_lists_only_the_coordinators_municipalities(
    client, coordinator, new_request, home
):
    ours = new_request()
    elsewhere = OtherSiteFactory()
    theirs = new_request()
    HelpRequest.objects.filter(pk=theirs.pk).update(site=elsewhere)
    client.force_login(coordinator)
    assert rows(client.get(INBOX)) == [ours.pk]
    assert client.get(f"{INBOX}{theirs.pk}/").status_code == 403
    client.force_login(CoordinatorFactory(site=elsewhere).user)
    assert rows(client.get(INBOX)) == [theirs.pk]


def test_the_inbox_speaks_swedish_to_a_swedish_speaking_coordinator(
    client, coordinator, every_queue
):
    profile = UserProfile.get_for_user(coordinator)
    profile.preferred_language = "sv"
    profile.save()
    client.force_login(coordinator)
    page = client.get(INBOX)
    assert page["Content-Language"] == "sv"
    assert shows(page, BY_SLUG["triage"].title, "sv") and shows(page, BY_SLUG["offers"].title, "sv")


@pytest.mark.parametrize("count", [5, 50])
def test_the_inbox_costs_the_same_queries_for_5_and_50_requests(
    client, coordinator, new_request, errands, centre, count, django_assert_num_queries
):
    volunteer = active_volunteer(errands, centre)
    made = [new_request() for _ in range(count)]
    step(made[0], "triage", coordinator, decision="accept")
    step(made[0], "match", coordinator, volunteer=volunteer)
    step(made[1], "triage", coordinator, decision="accept")
    client.force_login(coordinator)
    with django_assert_num_queries(QUERIES):
        page = client.get(INBOX)
    assert len(page.context["rows"]) == count


# Queries of one inbox page, whatever the number of rows: session, user, profile language,
# the user's municipalities, the paginator's count, the kinds of help and the areas in the
# user's language (2 each), the queues' counts, the rows, and the rows' open offers; the
# user's permissions (2: whether the menu offers Wagtail), and the session remembering the
# inbox's address, where a step done returns (3: a savepoint around the update).
QUERIES = 17


def test_a_requests_history_is_on_one_screen_and_opening_it_is_logged(
    client, coordinator, new_request, errands, centre
):
    help_request = new_request(description="Kauppa <b>maanantaisin</b>")
    decliner = active_volunteer(errands, centre, user__first_name="Dora")
    helper = active_volunteer(errands, centre, user__first_name="Vilma")
    step(help_request, "triage", coordinator, decision="accept", coordinator_notes="Soita ensin.")
    step(help_request, "match", coordinator, volunteer=decliner)
    committed(services.answer_offer, help_request.offers.get(), decliner, accept=False)
    step(help_request, "match", coordinator, volunteer=helper)
    committed(services.answer_offer, help_request.offers.get(answer=""), helper, accept=True)
    help_request.refresh_from_db()
    report(help_request, helper, concern="Vaikutti yksinäiseltä.")
    step(help_request, "follow_up", coordinator, concern_handled="Soitin omaiselle.")
    step(help_request, "close", coordinator, closing="close")
    committed(services.give_feedback, help_request, "yes", "Kiitos!")
    client.force_login(coordinator)
    page = client.get(f"{INBOX}{help_request.pk}/")
    assert page.status_code == 200 and page["Cache-Control"] == "private, no-store"
    html = page.content.decode()
    titles = [str(row["title"]) for row in page.context["steps"]]
    nodes = ("start_web", "triage", "match", "offer", "match", "offer", "help_given")
    assert titles[: len(nodes)] == [
        str(getattr(HelpRequestFlow, node).task_title) for node in nodes
    ]
    for text in (
        "Dora",
        "Vilma",
        "Soita ensin.",
        "Vaikutti yksinäiseltä.",
        "Soitin omaiselle.",
        "Kiitos!",
    ):
        assert text in html
    assert "Kauppa &lt;b&gt;maanantaisin&lt;/b&gt;" in html
    for label in (HelpRequest.Decision.ACCEPT.label, HelpRequest.Closing.CLOSE.label):
        assert shows(page, label)
    viewed = StaffView.objects.get(help_request=help_request)
    assert viewed.user == coordinator and viewed.page == f"{INBOX}{help_request.pk}/"
    assert "Kaisa" in html and viewed.page in html
