"""Erasing a volunteer leaves no trace of who they were, only anonymous figures."""

from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest
from viewflow.workflow.models import Task
from viewflow.workflow.status import PROCESS, STATUS

from tests.factories import AreaFactory, KindOfHelpFactory, TrainingFactory, VolunteerFactory
from tests.helpers.registry import share_contacts
from workflows.onboarding import services
from workflows.onboarding.flows import OnboardingFlow, start
from workflows.registry.erasure import erase, request_erasure
from workflows.registry.models import Consent, TrainingRecord, Volunteer

pytestmark = pytest.mark.django_db

MARKER = "zyxmarker"


def everything_stored():
    """Every row of every table, as text."""
    rows = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            rows += [(table, str(row)) for row in cursor.fetchall()]
    return rows


def traces(marker=MARKER):
    return [(table, row) for table, row in everything_stored() if marker in row.lower()]


@pytest.fixture
def marked(home, coordinator):
    """A volunteer whose every own word carries the marker, halfway through onboarding."""
    volunteer = VolunteerFactory(
        user__username=f"{MARKER}@example.fi",
        user__email=f"{MARKER}@example.fi",
        user__first_name=f"Zyxmarker{MARKER}",
        user__last_name="Zyxmarker",
        phone="+358 40 ZYXMARKER",
        availability_notes=f"tiistaisin {MARKER}",
        other_languages=f"{MARKER}-kieli",
        record_extract_sighted_on=timezone.localdate(),
    )
    volunteer.kinds_of_help.add(KindOfHelpFactory())
    volunteer.areas.add(AreaFactory())
    TrainingRecord.objects.create(
        volunteer=volunteer, training=TrainingFactory(), completed_on=timezone.localdate()
    )
    Consent.objects.create(volunteer=volunteer, purpose="privacy_notice", text_version="v1")
    share_contacts(volunteer)
    with transaction.atomic():
        start(volunteer)
    # A coordinator asks, the volunteer answers: the words land in the process and its tasks.
    task = services.latest(volunteer).task_set.get(flow_task=OnboardingFlow.review)
    with transaction.atomic(), task.activation() as activation:
        activation.assign(coordinator)
        activation.start(request=None)
        activation.process.decision = "ask"
        activation.process.question = f"Milloin ehdit, {MARKER}?"
        activation.process.meeting_notes = f"muistiinpano {MARKER}"
        activation.process.save()
        activation.task.data = services.record_review(activation.process)
        activation.execute()
    services.answer(volunteer, f"Tiistaisin, {MARKER}.")
    # Audit logs that name the account.
    user_type = ContentType.objects.get_for_model(volunteer.user)
    ModelLogEntry.objects.log_action(volunteer.user, "wagtail.edit", user=coordinator)
    LogEntry.objects.log_actions(
        coordinator.pk, [volunteer.user], CHANGE, change_message=f"name {MARKER}"
    )
    assert ModelLogEntry.objects.filter(content_type=user_type).exists()
    return volunteer


def test_erasure_leaves_no_trace_of_the_person(marked):
    before = {table for table, row in traces()}
    assert {"auth_user", "registry_volunteer", "onboarding_onboarding", "viewflow_task"} <= before
    assert {"wagtailcore_modellogentry", "django_admin_log"} <= before

    request_erasure(marked)
    erased = erase(marked)

    assert traces() == []
    user = erased.user
    assert user.username.startswith("erased-") and not user.has_usable_password()
    assert not user.is_active and not user.groups.exists()
    assert erased.status == Volunteer.Status.ENDED and erased.erased_at is not None
    # What stays is anonymous and countable.
    assert erased.site_id and erased.areas.count() == 1 and erased.kinds_of_help.count() == 1
    assert erased.trainings.count() == 1 and erased.consents.count() == 2
    assert erased.record_extract_sighted_on == timezone.localdate()
    process = erased.onboardings.get()
    assert process.status == PROCESS.CANCELED and process.finished
    open_tasks = Task.objects.filter(process=process, status__in=[STATUS.NEW, STATUS.ASSIGNED])
    assert not open_tasks.exists()
    # Erasing again changes nothing.
    assert erase(erased).erased_at == erased.erased_at


def test_a_coordinator_confirms_the_erasure(client, coordinator, marked):
    request_erasure(marked)
    client.force_login(coordinator)
    url = reverse("bank:erase", args=[marked.pk])
    confirmation = client.get(url)
    assert confirmation.status_code == 200
    assert 'method="post"' in confirmation.content.decode()
    marked.refresh_from_db()
    assert marked.erased_at is None  # looking at the page erases nothing

    response = client.post(url)
    assert response.status_code == 302 and response["Location"] == reverse("bank:index")
    assert traces() == []
    # The erased are no longer in the bank.
    assert client.get(reverse("bank:detail", args=[marked.pk]), follow=True).status_code == 404
    listed = client.get(reverse("bank:index"))
    assert marked.pk not in [row["volunteer"].pk for row in listed.context["rows"]]


def test_a_step_someone_has_open_is_cancelled_too(marked, coordinator):
    task = services.latest(marked).task_set.get(flow_task=OnboardingFlow.review, status=STATUS.NEW)
    with transaction.atomic(), task.activation() as activation:
        activation.assign(coordinator)
        activation.start(request=None)  # a coordinator has the step open right now
    erase(marked)
    assert not Task.objects.filter(
        process__onboarding__volunteer=marked,
        status__in=[STATUS.NEW, STATUS.ASSIGNED, STATUS.STARTED],
    ).exists()
    assert traces() == []
