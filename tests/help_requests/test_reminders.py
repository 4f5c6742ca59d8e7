"""The coordinators' daily reminder of help requests waiting too long, and of concerns."""

import datetime

from django.core import mail
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone

from wagtail.models import Locale, Site

import pytest

from pages.models import MunicipalitySettings
from tests.factories import CoordinatorFactory
from tests.helpers.help_requests import active_volunteer, report_visit, step, submit, take_on
from workflows.engine import waiting_task
from workflows.help_requests import reminders
from workflows.help_requests.models import CoordinatorReminder

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(home):
    site = Site.objects.get(is_default_site=True)
    MunicipalitySettings.objects.filter(site=site).update(email="apu@testikyla.fi")
    return site


def age(help_request, step_name, hours):
    """Make the open task at `step_name` look `hours` old."""
    task = waiting_task(help_request, step_name)
    task.created = timezone.now() - datetime.timedelta(hours=hours)
    task.save(update_fields=["created"])


def remind(now=None):
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        return reminders.send_reminders(now)


def test_stalled_requests_are_listed_and_fresh_ones_are_not(
    site, errands, centre, coordinator, settings
):
    settings.HELP_REQUEST_STALLED_AFTER_HOURS = 24
    at_triage = submit(site, errands, centre)
    at_match = submit(site, errands, centre)
    step(at_match, "triage", coordinator, decision="accept")
    fresh = submit(site, errands, centre)
    age(at_triage, "triage", 30)
    age(at_match, "match", 25)
    age(fresh, "triage", 2)

    assert remind() == 1
    [message] = mail.outbox
    assert message.to == ["apu@testikyla.fi"]
    assert f"/workflows/help_inbox/{at_triage.pk}/" in message.body
    assert f"/workflows/help_inbox/{at_match.pk}/" in message.body
    assert f"/workflows/help_inbox/{fresh.pk}/" not in message.body
    assert f"{site.root_url}/workflows/help_inbox/\n" in message.body  # the whole inbox
    # Nothing about the resident beyond the request's kind and area.
    assert "Aino" not in message.body and "Kirkkokatu" not in message.body


def test_second_run_on_the_same_day_sends_nothing(site, help_request):
    age(help_request, "triage", 48)
    assert remind() == 1
    assert remind() == 0
    assert mail.outbox == []
    assert CoordinatorReminder.objects.filter(site=site).count() == 1
    # The next day they are reminded again.
    assert remind(timezone.now() + datetime.timedelta(days=1)) == 1


def test_nothing_waiting_sends_nothing(site, help_request):
    assert remind() == 0
    assert mail.outbox == []
    assert not CoordinatorReminder.objects.exists()


def test_concern_is_listed_however_fresh(site, help_request, coordinator, errands, centre):
    volunteer = active_volunteer(errands, centre)
    take_on(help_request, coordinator, volunteer)
    report_visit(help_request, volunteer, concern="Elsa oli hyvin väsynyt.")
    assert remind() == 1
    [message] = mail.outbox
    assert f"/workflows/help_inbox/{help_request.pk}/" in message.body
    # The concern's words stay in the coordinators' site, not in e-mail.
    assert "väsynyt" not in message.body


def test_reminder_goes_to_each_coordinator_without_a_shared_address(home, help_request):
    MunicipalitySettings.objects.filter(site=help_request.site).update(email="")
    CoordinatorFactory(site=help_request.site, user__email="kaisa@testikyla.fi")
    CoordinatorFactory(site=help_request.site, user__email="kalle@testikyla.fi")
    age(help_request, "triage", 48)
    assert remind() == 1
    assert sorted(mail.outbox[0].to) == ["kaisa@testikyla.fi", "kalle@testikyla.fi"]


def test_each_municipality_hears_of_its_own_requests_only(site, help_request, errands, centre):
    other = Site.objects.create(hostname="toinen.example.fi", root_page=site.root_page)
    MunicipalitySettings.objects.create(site=other, name_fi="Toinen", email="apu@toinen.fi")
    theirs = submit(other, errands, centre)
    age(help_request, "triage", 48)
    age(theirs, "triage", 48)
    assert remind() == 2
    by_address = {message.to[0]: message.body for message in mail.outbox}
    ours = f"/workflows/help_inbox/{help_request.pk}/"
    others = f"/workflows/help_inbox/{theirs.pk}/"
    assert ours in by_address["apu@testikyla.fi"] and others not in by_address["apu@testikyla.fi"]
    assert others in by_address["apu@toinen.fi"] and ours not in by_address["apu@toinen.fi"]


def test_bilingual_municipality_gets_swedish_below_finnish(site, help_request):
    swedish = Locale.objects.get_or_create(language_code="sv")[0]
    draft = site.root_page.specific.copy_for_translation(swedish)
    assert reminders.other_languages(site) == []  # not before the Swedish site is published
    draft.save_revision().publish()
    assert reminders.other_languages(site) == ["sv"]
    age(help_request, "triage", 48)
    assert remind() == 1
    body = mail.outbox[0].body
    assert body.count(f"/workflows/help_inbox/{help_request.pk}/") == 2


def test_command_prints_how_many_were_reminded(site, help_request, capsys):
    age(help_request, "triage", 48)
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("remind_coordinators")
    assert "1 municipality reminded" in capsys.readouterr().out
    assert [message.to for message in mail.outbox] == [["apu@testikyla.fi"]]
