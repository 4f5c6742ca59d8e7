"""`seed_demo`'s help requests: about sixty, in every state, consistent, with a believable past."""

import datetime
from collections import Counter
from decimal import Decimal

from django.conf import settings
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone

from viewflow.workflow.models import Task
from viewflow.workflow.status import PROCESS, STATUS

from workflows.help_requests.flows import HelpRequestFlow
from workflows.help_requests.matching import suggestions
from workflows.help_requests.models import HelpRequest, Offer, Report
from workflows.registry.models import KindOfHelp, TrainingRecord, Volunteer

OPEN = [STATUS.NEW, STATUS.ASSIGNED, STATUS.STARTED]


def waiting_steps(help_request):
    """The names of the request's open steps, timers left out."""
    tasks = help_request.task_set.filter(status__in=OPEN).exclude(flow_task_type="TIMER")
    return [task.flow_task.name for task in tasks]


class SeedHelpRequestsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):
            call_command("seed_demo", verbosity=0)

    def setUp(self):
        # The requests the demo asks for; those its call campaign found are the campaign's.
        calls = HelpRequest.Channel.CALL
        self.requests = list(HelpRequest.objects.exclude(channel=calls).order_by("pk"))
        self.now = timezone.now()

    def test_about_sixty_requests_in_every_state(self):
        self.assertTrue(55 <= len(self.requests) <= 65, len(self.requests))
        stages = Counter(request.stage for request in self.requests)
        self.assertEqual(set(stages), set(HelpRequest.Stage.values))
        for stage in HelpRequest.Stage.values:
            self.assertGreaterEqual(stages[stage], 3, stage)

    def test_every_step_has_several_requests_waiting_at_it(self):
        steps = Counter(step for request in self.requests for step in waiting_steps(request))
        for step in ("triage", "resident_answers", "match", "offer", "help_given"):
            self.assertGreaterEqual(steps[step], 3, step)
        for step in ("follow_up", "close"):
            self.assertGreaterEqual(steps[step], 2, step)

    def test_some_requests_wait_for_triage_longer_than_a_day(self):
        stalled_before = self.now - datetime.timedelta(
            hours=settings.HELP_REQUEST_STALLED_AFTER_HOURS
        )
        triage = Task.objects.filter(flow_task=HelpRequestFlow.triage, status=STATUS.NEW)
        self.assertGreaterEqual(triage.filter(created__lt=stalled_before).count(), 2)
        self.assertGreaterEqual(triage.filter(created__gte=stalled_before).count(), 2)

    def test_a_dozen_were_taken_by_phone_with_verbal_consent(self):
        phoned = [r for r in self.requests if r.channel == HelpRequest.Channel.PHONE]
        self.assertTrue(10 <= len(phoned) <= 14, len(phoned))
        for request in phoned:
            self.assertTrue(request.privacy_notice_version.startswith("verbal: page "))
            self.assertEqual(request.consent_taken_by.username, "coordinator")
            start = request.task_set.get(flow_task=HelpRequestFlow.start_phone)
            self.assertEqual(start.owner.username, "coordinator")
        web = [r for r in self.requests if r.channel == HelpRequest.Channel.WEB]
        self.assertTrue(all(r.consent_taken_by is None for r in web))

    def test_residents_speak_both_languages_and_ask_for_others_too(self):
        swedish = [r for r in self.requests if r.preferred_language == "sv"]
        self.assertTrue(0.25 <= len(swedish) / len(self.requests) <= 0.4, len(swedish))
        for_whom = Counter(r.for_whom for r in self.requests)
        self.assertEqual(set(for_whom), set(HelpRequest.ForWhom.values))
        for request in self.requests:
            if request.for_whom != HelpRequest.ForWhom.SELF:
                self.assertTrue(request.person_name and request.person_consents)

    def test_residents_contact_details_are_fictional(self):
        for request in self.requests:
            self.assertTrue(request.phone or request.email, request)
            if request.phone:
                self.assertRegex(request.phone, r"^040 000 2\d{3}$")
            if request.email:
                self.assertRegex(request.email, r"@[a-z]+\.example$")

    def test_demo_volunteer_has_an_offer_waiting_and_a_task_to_report(self):
        volunteer = Volunteer.objects.get(user__username="volunteer")
        offer = Offer.objects.get(volunteer=volunteer, answer="")
        self.assertEqual(waiting_steps(offer.help_request), ["offer"])
        taken = HelpRequest.objects.get(
            volunteer=volunteer, stage=HelpRequest.Stage.VOLUNTEER_FOUND
        )
        self.assertEqual(waiting_steps(taken), ["help_given"])
        self.assertTrue(Report.objects.filter(volunteer=volunteer).exists())

    def test_nothing_is_left_half_done(self):
        for request in self.requests:
            with self.subTest(request=request.pk, stage=request.stage):
                steps = waiting_steps(request)
                if request.is_open:
                    self.assertEqual(len(steps), 1)
                    self.assertEqual(request.status, PROCESS.NEW)
                else:
                    self.assertEqual(steps, [])
                    self.assertNotEqual(request.status, PROCESS.NEW)
                open_offers = request.offers.filter(answer="").count()
                self.assertEqual(open_offers, 1 if steps == ["offer"] else 0)
                found = request.stage == HelpRequest.Stage.VOLUNTEER_FOUND
                self.assertEqual(found, steps in (["help_given"], ["follow_up"], ["close"]))
        # No timer is due: `workflow_timers` run after the seed changes nothing.
        due = Task.objects.filter(
            flow_task_type="TIMER", status=STATUS.SCHEDULED, scheduled__lte=self.now
        )
        self.assertFalse(due.exists())

    def test_history_spreads_over_two_months_in_order(self):
        created = [request.created for request in self.requests]
        self.assertEqual(created, sorted(created))  # numbers grow with the dates
        self.assertGreater(self.now - created[0], datetime.timedelta(days=45))
        self.assertLess(self.now - created[0], datetime.timedelta(days=70))
        self.assertLess(self.now - created[-1], datetime.timedelta(days=1))
        for request in self.requests:
            # Help is needed after it was asked for, within a month (a weekly visit included).
            asked_on = timezone.localdate(request.created)
            self.assertLessEqual(asked_on, request.needed_on)
            self.assertLess(request.needed_on - asked_on, datetime.timedelta(days=30))
            if request.is_open and not request.reports.exists():
                self.assertGreaterEqual(request.needed_on, timezone.localdate())
        tasks = Task.objects.filter(process__in=self.requests).select_related("process")
        for task in tasks:
            self.assertGreaterEqual(task.created, task.process.created)
            self.assertLessEqual(task.created, self.now)
            if task.finished:
                self.assertGreaterEqual(task.finished, task.created)
                self.assertLessEqual(task.finished, self.now)
        for report in Report.objects.all():
            self.assertEqual(report.done_on, timezone.localdate(report.created_at))
            self.assertTrue(Decimal("0.5") <= report.hours <= Decimal("3"))

    def test_a_resident_asking_again_is_suggested_the_volunteer_who_helped(self):
        matching = [r for r in self.requests if waiting_steps(r) == ["match"]]
        best = [suggestions(request)[0] for request in matching if suggestions(request)]
        self.assertTrue(any(suggestion.helped_before for suggestion in best))

    def test_offers_are_declined_expired_and_matched_again(self):
        answers = Counter(Offer.objects.values_list("answer", flat=True))
        self.assertGreaterEqual(answers[Offer.Answer.DECLINED], 3)
        self.assertGreaterEqual(answers[Offer.Answer.EXPIRED], 1)
        rematched = HelpRequest.objects.filter(offers__answer=Offer.Answer.DECLINED).filter(
            offers__answer=Offer.Answer.ACCEPTED
        )
        self.assertGreaterEqual(rematched.count(), 2)
        for request in rematched:
            declined = request.offers.get(answer=Offer.Answer.DECLINED)
            self.assertNotEqual(declined.volunteer, request.volunteer)

    def test_concerns_are_followed_up_and_weekly_shopping_continues(self):
        self.assertGreaterEqual(Report.objects.exclude(concern="").count(), 4)
        self.assertGreaterEqual(Report.objects.exclude(concern_handled="").count(), 2)
        continued = HelpRequest.objects.filter(
            closing=HelpRequest.Closing.CONTINUE, stage=HelpRequest.Stage.VOLUNTEER_FOUND
        )
        self.assertGreaterEqual(continued.count(), 2)
        for request in continued:
            self.assertEqual(waiting_steps(request), ["help_given"])
            self.assertGreater(request.next_visit_on, timezone.localdate())
            self.assertEqual(request.needed_on, request.next_visit_on)
        twice = [r for r in continued if r.reports.count() == 2]
        self.assertTrue(twice)

    def test_done_requests_with_and_without_feedback(self):
        done = HelpRequest.objects.filter(stage=HelpRequest.Stage.DONE)
        self.assertGreaterEqual(done.exclude(feedback="").count(), 5)
        self.assertGreaterEqual(done.filter(feedback="").count(), 3)
        self.assertFalse(done.filter(reports__isnull=True).exists())
        cancelled = HelpRequest.objects.filter(cancelled_at__isnull=False)
        self.assertGreaterEqual(cancelled.count(), 3)
        self.assertTrue(cancelled.filter(volunteer__isnull=False).exists())

    def test_end_of_life_companionship_needs_its_training(self):
        kind = KindOfHelp.objects.get(locale__language_code="fi", slug="saattohoidon-vapaaehtoinen")
        self.assertIsNotNone(kind.required_training)
        trained = TrainingRecord.objects.filter(training=kind.required_training)
        self.assertGreaterEqual(trained.count(), 2)
        requests = HelpRequest.objects.filter(kind_of_help=kind)
        self.assertGreaterEqual(requests.count(), 2)
        for request in requests.filter(volunteer__isnull=False):
            self.assertTrue(trained.filter(volunteer=request.volunteer).exists())

    def test_running_it_again_adds_no_requests(self):
        def counts():
            return [model.objects.count() for model in (HelpRequest, Offer, Report, Task)] + [
                TrainingRecord.objects.count()
            ]

        before = counts()
        with self.captureOnCommitCallbacks(execute=True):
            call_command("seed_demo", verbosity=0)
        self.assertEqual(counts(), before)
