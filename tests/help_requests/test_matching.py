"""Ranked volunteer suggestions: who is suggested, in which order, in how many queries."""

import datetime

from django.utils import timezone, translation

from wagtail.models import Site

import pytest

from bench.help_requests import add_volunteers
from tests.factories import AreaFactory, KindOfHelpFactory, TrainingFactory
from tests.helpers.help_requests import active_volunteer, submit
from workflows.help_requests.matching import suggestions
from workflows.help_requests.models import HelpRequest, Report
from workflows.registry.models import TrainingRecord, Volunteer

pytestmark = pytest.mark.django_db


def names(help_request):
    return [s.user.first_name for s in suggestions(help_request)]


def test_only_active_volunteers_offering_the_kind_of_help(help_request, errands, centre):
    active_volunteer(errands, centre, user__first_name="Aktiivi")
    active_volunteer(errands, centre, user__first_name="Tauolla", status=Volunteer.Status.PAUSED)
    active_volunteer(errands, centre, user__first_name="Hakija", status=Volunteer.Status.APPLICANT)
    active_volunteer(KindOfHelpFactory(), centre, user__first_name="Muuta")
    assert names(help_request) == ["Aktiivi"]


def test_area_language_and_availability_rank_higher(help_request, errands, centre):
    # The request: Swedish, a weekday morning (or weekend), in the centre.
    weekend = help_request.needed_on.weekday() >= 5
    available = {"available_weekends" if weekend else "available_weekdays": True}
    active_volunteer(errands, AreaFactory(), user__first_name="Kaukana")
    active_volunteer(errands, centre, user__first_name="Alueella")
    active_volunteer(errands, centre, user__first_name="Ruotsi", speaks_swedish=True)
    active_volunteer(errands, centre, user__first_name="Kaikki", speaks_swedish=True, **available)
    assert names(help_request) == ["Kaikki", "Ruotsi", "Alueella", "Kaukana"]


def test_fewer_open_tasks_first_and_who_helped_before_on_top(
    home, help_request, errands, centre, coordinator
):
    busy = active_volunteer(errands, centre, user__first_name="Kiireinen", user__last_name="A")
    active_volunteer(errands, centre, user__first_name="Vapaa", user__last_name="B")
    familiar = active_volunteer(errands, centre, user__first_name="Tuttu", user__last_name="C")
    site = Site.objects.get(is_default_site=True)
    for _ in range(2):
        other = submit(site, errands, centre, phone="040 999 9999", email="")
        HelpRequest.objects.filter(pk=other.pk).update(
            volunteer=busy, stage=HelpRequest.Stage.VOLUNTEER_FOUND
        )
    assert names(help_request) == ["Vapaa", "Tuttu", "Kiireinen"]

    # Tuttu helped the same resident (same phone number) on an earlier request.
    earlier = submit(site, errands, centre, email="")
    HelpRequest.objects.filter(pk=earlier.pk).update(stage=HelpRequest.Stage.DONE)
    Report.objects.create(
        help_request=earlier,
        volunteer=familiar,
        done_on=timezone.localdate(),
        hours=1,
        outcome="done",
    )
    assert names(help_request) == ["Tuttu", "Vapaa", "Kiireinen"]
    with translation.override("en"):
        assert "helped this resident before" in suggestions(help_request)[0].match_label


def test_a_kind_of_help_that_needs_training_needs_it_valid_on_the_day(home, errands, centre):
    training = TrainingFactory(name="Saattohoito")
    companionship = KindOfHelpFactory(name="Saattohoidon vapaaehtoinen", required_training=training)
    site = Site.objects.get(is_default_site=True)
    help_request = submit(site, companionship, centre)
    trained = active_volunteer(companionship, centre, user__first_name="Koulutettu")
    lapsed = active_volunteer(companionship, centre, user__first_name="Vanhentunut")
    active_volunteer(companionship, centre, user__first_name="Kouluttamaton")
    long_ago = timezone.localdate() - datetime.timedelta(days=800)
    TrainingRecord.objects.create(volunteer=trained, training=training, completed_on=long_ago)
    TrainingRecord.objects.create(
        volunteer=lapsed,
        training=training,
        completed_on=long_ago,
        valid_until=help_request.needed_on - datetime.timedelta(days=1),
    )
    assert names(help_request) == ["Koulutettu"]


def test_suggestions_over_ten_thousand_volunteers_take_two_queries(
    help_request, errands, centre, django_assert_num_queries
):
    add_volunteers(10_000, errands, centre, help_request.site)
    help_request = HelpRequest.objects.select_related("kind_of_help").get(pk=help_request.pk)
    with django_assert_num_queries(2):
        found = suggestions(help_request)
        labels = [s.match_label for s in found]
    assert len(found) == len(labels) == 20
    assert all(s.in_area and s.speaks_language for s in found)
