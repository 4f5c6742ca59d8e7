"""`seed_demo` builds the demo municipality in both languages, once, never in production."""

import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import TestCase, override_settings

from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site
from wagtail_localize.models import StringTranslation, Translation

from pages.models import GatheringPage, HelpRequestPage, OrganisationPage
from workflows.calls import pool
from workflows.calls.models import Call, CallBack, CallCampaign, Outcome, Resident
from workflows.registry import status
from workflows.registry.models import (
    LifeStageNetwork,
    StatusChange,
    TrainingRecord,
    Volunteer,
)
from workflows.training.models import Enrolment, Session

# Every page the demo builds, per language: (url_path, title), sorted. Taken from the demo as it
# was written in Python, before its content became data files; it holds the data files to it.
EXPECTED_PAGES = Path(__file__).with_name("expected_pages.json")

DEMO_URLS = [
    "/fi/",
    "/fi/vapaaehtoistoiminnan-malli/",
    "/fi/jarjestot/",
    "/fi/ajankohtaista/",
    "/fi/saavutettavuusseloste/",
    "/fi/tietosuojaseloste/",
    "/fi/haku/",
    "/fi/pyyda-apua/",
    "/fi/koulutukset/",
    "/fi/koulutukset/saattohoidon-vapaaehtoiseksi/",
    "/sv/",
    "/sv/modellen-for-frivilligverksamhet/",
    "/sv/organisationer/",
    "/sv/aktuellt/",
    "/sv/tillganglighetsutlatande/",
    "/sv/dataskyddsbeskrivning/",
    "/sv/sok/",
    "/sv/be-om-hjalp/",
    "/sv/utbildningar/",
    "/sv/utbildningar/frivillig-inom-vard-i-livets-slutskede/",
]


class SeedDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        # wagtail-localize publishes translations on commit; run those callbacks as a commit would.
        with cls.captureOnCommitCallbacks(execute=True):
            call_command("seed_demo", verbosity=0)

    def test_every_page_is_built_in_finnish_and_swedish_with_its_title(self):
        expected = json.loads(EXPECTED_PAGES.read_text())
        for language in ("fi", "sv"):
            with self.subTest(language=language):
                pages = Page.objects.filter(locale__language_code=language)
                built = sorted(pages.values_list("url_path", "title"))
                self.assertEqual(
                    {"count": len(built), "pages": [list(page) for page in built]},
                    expected[language],
                )

    def test_every_demo_url_is_served_in_its_language(self):
        for url in DEMO_URLS:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, f'<html lang="{url[1:3]}">')

    def test_swedish_pages_are_translations_made_through_wagtail_localize(self):
        response = self.client.get("/sv/modellen-for-frivilligverksamhet/")
        self.assertContains(response, "Modellen för frivilligverksamhet")
        self.assertNotContains(response, "Vapaaehtoistoiminnan malli")
        swedish_pages = Page.objects.filter(locale__language_code="sv", depth__gt=1)
        finnish_pages = Page.objects.filter(locale__language_code="fi", depth__gt=1)
        self.assertEqual(swedish_pages.live().count(), finnish_pages.live().count())
        self.assertFalse(swedish_pages.filter(alias_of__isnull=False).exists())
        self.assertGreaterEqual(
            Translation.objects.filter(target_locale__language_code="sv").count(),
            finnish_pages.count(),
        )
        self.assertTrue(StringTranslation.objects.filter(locale__language_code="sv").exists())

    def test_residents_find_the_help_request_form_from_the_home_page_in_both_languages(self):
        for home, form_page in (("/fi/", "/fi/pyyda-apua/"), ("/sv/", "/sv/be-om-hjalp/")):
            with self.subTest(home=home):
                content = self.client.get(home).content.decode()
                # In the main menu and in the home page's call to action.
                self.assertGreaterEqual(content.count(f'href="{form_page}"'), 2)
                response = self.client.get(form_page)
                self.assertContains(response, 'name="token"')
                self.assertContains(response, "040 000 0100")  # the phone alternative
                self.assertIn("no-store", response["Cache-Control"])
        self.assertEqual(HelpRequestPage.objects.live().count(), 2)

    def test_demo_organisations_cover_every_life_stage_network(self):
        finnish = OrganisationPage.objects.filter(locale__language_code="fi").live()
        self.assertGreaterEqual(finnish.count(), 12)
        networks = LifeStageNetwork.objects.filter(locale__language_code="fi")
        self.assertEqual(networks.count(), 5)
        for network in networks:
            self.assertTrue(finnish.filter(networks=network).exists(), network.name)

    def test_demo_users_are_in_their_groups_and_can_log_in(self):
        users = {user.username: user for user in get_user_model().objects.all()}
        self.assertTrue(users["admin"].is_superuser)
        self.assertTrue(users["editor"].groups.filter(name="Editors").exists())
        self.assertTrue(users["coordinator"].groups.filter(name="Coordinators").exists())
        self.assertTrue(users["volunteer"].groups.filter(name="Volunteers").exists())
        self.assertTrue(self.client.login(username="editor", password="talkoo-demo"))
        self.assertEqual(self.client.get("/admin/").status_code, 200)

    def test_demo_volunteers_are_in_every_status_with_their_consents(self):
        statuses = set(Volunteer.objects.values_list("status", flat=True))
        self.assertEqual(statuses, set(Volunteer.Status.values))
        self.assertGreaterEqual(Volunteer.objects.count(), 40)
        without_consent = Volunteer.objects.exclude(consents__purpose="privacy_notice")
        self.assertFalse(without_consent.exists())
        demo = Volunteer.objects.get(user__username="volunteer")
        self.assertEqual(demo.status, Volunteer.Status.ACTIVE)

    def test_the_paused_the_reserve_and_the_ended_have_a_history_with_reasons(self):
        for state in ("paused", "reserve", "ended"):
            for volunteer in Volunteer.objects.filter(status=state):
                latest = volunteer.status_changes.first()
                self.assertEqual(latest.to_status, state)
                self.assertEqual(volunteer.status_changed_at, latest.at)
        changes = StatusChange.objects.all()
        self.assertTrue(changes.filter(to_status="paused", until__isnull=False).exclude(reason=""))
        self.assertTrue(changes.filter(to_status="paused", actor="volunteer").exists())
        self.assertTrue(changes.filter(actor="portal", to_status="active").exists())
        self.assertTrue(changes.filter(to_status="reserve").exclude(reason="").exists())
        self.assertFalse(status.pauses_over().exists())  # nothing left for the daily run

    def test_demo_gatherings_have_sessions_to_come_and_behind_them(self):
        finnish = GatheringPage.objects.filter(locale__language_code="fi").live()
        self.assertEqual(finnish.count(), 5)
        self.assertEqual(GatheringPage.objects.filter(locale__language_code="sv").live().count(), 5)
        sessions = Session.objects.with_seats_taken()
        upcoming = sessions.upcoming()
        self.assertGreaterEqual(upcoming.count(), 8)
        self.assertEqual(
            [(s.seats_taken, s.waiting_count) for s in upcoming if s.seats_taken >= s.capacity],
            [(12, 2)],
        )
        marked = sessions.exclude(pk__in=upcoming).filter(enrolments__state="attended").distinct()
        self.assertEqual(marked.count(), 1)
        self.assertTrue(TrainingRecord.objects.filter(training=marked.get().training).exists())
        demo = Enrolment.objects.filter(volunteer__user__username="volunteer")
        self.assertEqual(
            sorted(demo.values_list("state", flat=True)),
            [Enrolment.State.CONFIRMED, Enrolment.State.WAITING],
        )
        for home, index in (("/fi/", "/fi/koulutukset/"), ("/sv/", "/sv/utbildningar/")):
            with self.subTest(home=home):
                content = self.client.get(home).content.decode()
                self.assertIn(f'href="{index}"', content)  # in the main menu
                self.assertIn('id="upcoming-gatherings-heading"', content)

    def test_a_call_campaign_runs_with_every_outcome_and_calls_for_the_demo_volunteer(self):
        campaign = CallCampaign.objects.get()
        self.assertTrue(campaign.is_open)
        self.assertGreaterEqual(campaign.residents.count(), 300)
        outcomes = set(campaign.calls.values_list("outcome", flat=True))
        self.assertEqual(outcomes, set(Outcome.values))
        states = set(campaign.residents.values_list("state", flat=True))
        self.assertEqual(states, set(Resident.State.values))
        self.assertGreaterEqual(campaign.calls.values("caller").distinct().count(), 5)
        needs = campaign.residents.filter(help_request__isnull=False)
        self.assertGreaterEqual(needs.count(), 3)
        for resident in needs:
            self.assertEqual(resident.help_request.channel, "call")
        self.assertTrue(CallBack.objects.filter(status="NEW").exists())
        self.assertTrue(CallBack.objects.filter(status="DONE").exists())
        volunteer = get_user_model().objects.get(username="volunteer")
        self.assertEqual(list(pool.campaigns_for(volunteer)), [campaign])
        self.assertTrue(pool.next_calls(campaign, volunteer))

    def test_running_it_twice_changes_nothing(self):
        models = (
            Page,
            Revision,
            Session,
            Enrolment,
            CallCampaign,
            Call,
            Translation,
            StringTranslation,
            get_user_model(),
            get_image_model(),
        )

        def counts():
            return {model.__name__: model.objects.count() for model in models}

        before = counts()
        with self.captureOnCommitCallbacks(execute=True):
            call_command("seed_demo", verbosity=0)
        self.assertEqual(counts(), before)

    def test_the_municipality_answers_where_make_demo_serves_it(self):
        site = Site.objects.get(is_default_site=True)
        self.assertEqual(site.root_url, "http://127.0.0.1:8000")
        call_command("seed_demo", "--address", "127.0.0.1:8001", verbosity=0)
        site.refresh_from_db()
        self.assertEqual(site.root_url, "http://127.0.0.1:8001")
        with self.assertRaisesMessage(CommandError, "host:port"):
            call_command("seed_demo", "--address", "8001", verbosity=0)

    @override_settings(DEMO_CONTENT_ALLOWED=False)
    def test_refuses_under_production_settings(self):
        with self.assertRaisesMessage(CommandError, "production"):
            call_command("seed_demo", verbosity=0)
