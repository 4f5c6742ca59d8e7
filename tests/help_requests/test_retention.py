"""Retention: a help request closed long enough ago keeps its figures and nothing personal."""

import datetime
import io
from decimal import Decimal

from django.core.management import call_command
from django.db.models import Count, Sum
from django.db.models.functions import TruncMonth
from django.urls import reverse
from django.utils import timezone, translation

import pytest
from viewflow.workflow.models import Process, Task

from tests.helpers.help_requests import (
    active_volunteer,
    committed,
    report_visit,
    step,
    submit,
    take_on,
)
from workflows.help_requests import retention, services
from workflows.help_requests.models import HelpRequest, Report
from workflows.registry.erasure import erase

pytestmark = pytest.mark.django_db

MARKER = "qxmarker"
PERSONAL = {
    "requester_name": f"Aino {MARKER}",
    "person_name": f"Elsa {MARKER}",
    "address": f"Kirkkokatu 1 {MARKER}",
    "description": f"Ruokaostokset {MARKER}",
    "phone": "040 QXMARKER",
    "email": f"{MARKER}@example.fi",
}


def helped(site, errands, centre, coordinator, volunteer, **overrides):
    """A request with the resident's words at every step: asked, answered, offered with a
    note, reported with a concern, followed up, closed and given feedback."""
    help_request = submit(site, errands, centre, **{**PERSONAL, **overrides})
    step(
        help_request,
        "triage",
        coordinator,
        decision="ask",
        question=f"Mihin aikaan {MARKER}?",
        coordinator_notes=f"muistiinpano {MARKER}",
    )
    committed(services.resident_answer, help_request, f"Aamulla {MARKER}")
    step(help_request, "triage", coordinator, decision="accept")
    step(help_request, "match", coordinator, volunteer=volunteer, note=f"ovikoodi {MARKER}")
    committed(services.answer_offer, help_request.offers.get(answer=""), volunteer, accept=True)
    help_request.refresh_from_db()
    report = {
        "done_on": help_request.needed_on,
        "hours": Decimal("2.5"),
        "outcome": "done",
        "notes": f"kaikki hyvin {MARKER}",
        "concern": f"väsynyt {MARKER}",
    }
    committed(services.report, help_request, volunteer, report)
    step(help_request, "follow_up", coordinator, concern_handled=f"soitettu {MARKER}")
    step(help_request, "close", coordinator, closing="close")
    committed(services.give_feedback, help_request, "yes", f"Kiitos {MARKER}")
    help_request.refresh_from_db()
    return help_request


def finished_days_ago(help_request, days):
    finished = timezone.now() - datetime.timedelta(days=days)
    Process.objects.filter(pk=help_request.pk).update(finished=finished)
    help_request.refresh_from_db()
    return help_request


@pytest.fixture
def volunteer(errands, centre):
    return active_volunteer(errands, centre, user__first_name="Ville")


@pytest.fixture
def old(help_request, coordinator, volunteer, errands, centre, settings):
    settings.HELP_REQUEST_RETENTION_DAYS = 365
    request = helped(help_request.site, errands, centre, coordinator, volunteer)
    return finished_days_ago(request, 400)


def stored_words(help_request):
    """Everything stored about `help_request` as text: the request, its process, tasks,
    offers and reports."""
    rows = [
        HelpRequest.objects.filter(pk=help_request.pk).values(),
        Process.objects.filter(pk=help_request.pk).values(),
        Task.objects.filter(process=help_request).values(),
        help_request.offers.values(),
        help_request.reports.values(),
    ]
    return " ".join(str(list(queryset)) for queryset in rows).lower()


def test_old_closed_request_keeps_nothing_personal(old):
    assert MARKER in stored_words(old)  # the test can see the words it looks for
    old_key, needed_on = old.access_key, old.needed_on

    assert retention.anonymise() == 1

    old.refresh_from_db()
    assert MARKER not in stored_words(old)
    assert all(getattr(old, name) == "" for name in HelpRequest.PERSONAL_FIELDS)
    assert old.access_key != old_key and old.token is None
    assert old.anonymised_at is not None and old.data == {}
    # What is counted stays.
    assert (old.stage, old.kind_of_help.slug, old.area.slug) == ("done", "asiointi", "keskusta")
    assert old.needed_on == needed_on.replace(day=1)
    assert old.feedback == "yes" and old.decision == "accept"
    assert [r.hours for r in old.reports.all()] == [Decimal("2.5")]
    decisions = [task.data.get("decision") for task in old.task_set.all()]
    assert decisions.count("ask") == 1 and decisions.count("accept") == 1


def test_old_private_link_finds_nothing(client, old):
    with translation.override("fi"):
        link = reverse("help_request:status", kwargs={"key": old.access_key})
    assert client.get(link).status_code == 200
    retention.anonymise()
    assert not HelpRequest.objects.filter(access_key=link.rstrip("/").split("/")[-1]).exists()
    assert client.get(link).status_code == 404
    old.refresh_from_db()
    with translation.override("fi"):
        new_link = reverse("help_request:status", kwargs={"key": old.access_key})
    assert client.get(new_link).status_code == 404  # not even with the new key


def test_recent_and_open_requests_are_untouched(old, help_request, coordinator, errands, centre):
    recent = finished_days_ago(
        helped(old.site, errands, centre, coordinator, active_volunteer(errands, centre)), 30
    )
    # Open for longer than the retention period: still someone's live request.
    HelpRequest.objects.filter(pk=help_request.pk).update(
        created=timezone.now() - datetime.timedelta(days=800)
    )
    before = {r.pk: stored_words(r) for r in (recent, help_request)}

    assert retention.anonymise() == 1

    for request in (recent, help_request):
        request.refresh_from_db()
        assert request.anonymised_at is None
        assert stored_words(request) == before[request.pk]


def test_running_twice_changes_nothing(old):
    assert retention.anonymise() == 1
    old.refresh_from_db()
    after_first = stored_words(old)
    assert retention.anonymise() == 0
    old.refresh_from_db()
    assert stored_words(old) == after_first


@pytest.mark.parametrize("ending", ["spam", "refer", "cancel"])
def test_every_way_a_request_ends_is_anonymised(help_request, coordinator, ending):
    if ending == "cancel":
        committed(services.cancel, help_request)
    else:
        step(help_request, "triage", coordinator, decision=ending, referral="Kotihoito.")
    finished_days_ago(help_request, 400)
    assert help_request.stage in retention.CLOSED

    assert retention.anonymise() == 1
    help_request.refresh_from_db()
    assert help_request.anonymised_at and help_request.requester_name == ""
    assert help_request.referral == ""


def test_figures_still_count_by_kind_area_and_month(old, help_request):
    retention.anonymise()
    figures = (
        HelpRequest.objects.annotate(month=TruncMonth("needed_on"))
        .values("kind_of_help__slug", "area__slug", "month")
        .annotate(requests=Count("pk", distinct=True), hours=Sum("reports__hours"))
    )
    month = old.needed_on.replace(day=1)
    counted = {(f["kind_of_help__slug"], f["month"]): f for f in figures}
    assert counted[("asiointi", month)]["hours"] == Decimal("2.5")
    assert sum(f["requests"] for f in figures) == 2


def test_dry_run_counts_and_changes_nothing(old):
    out = io.StringIO()
    call_command("anonymise_help_requests", "--dry-run", stdout=out)
    assert out.getvalue().strip() == "1 help request would be anonymised"
    old.refresh_from_db()
    assert old.anonymised_at is None

    call_command("anonymise_help_requests", stdout=out)
    assert "1 help request anonymised" in out.getvalue()
    call_command("anonymise_help_requests", stdout=out)
    assert out.getvalue().strip().endswith("0 help requests anonymised")


# When the volunteer who helped is erased --------------------------------------------------


def test_erased_volunteer_hours_stay_and_their_words_go_once_the_request_is_over(
    old, volunteer, help_request, coordinator
):
    # The same volunteer has also taken on a request still open, and reported a concern.
    take_on(help_request, coordinator, volunteer)
    report_visit(help_request, volunteer, outcome="partly", concern="Elsa kaatui.")

    erase(volunteer)

    closed_report = Report.objects.get(help_request=old)
    assert (closed_report.notes, closed_report.concern) == ("", "")
    assert closed_report.hours == Decimal("2.5") and closed_report.volunteer == volunteer
    # The open request's concern waits for the coordinators' follow-up.
    open_report = Report.objects.get(help_request=help_request)
    assert open_report.concern == "Elsa kaatui."
    help_request.refresh_from_db()
    assert help_request.is_open
