"""Every page type can be created by an editor and is served in Finnish and in Swedish."""

from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from pages import models
from tests import factories
from tests.helpers.translation import translate


class PageTypeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = factories.HomePageFactory(parent=Page.get_first_root_node())
        site = Site.objects.get(is_default_site=True)
        site.root_page = cls.home
        site.save()
        cls.model_page = factories.VolunteeringModelPageFactory(parent=cls.home)
        cls.content = factories.ContentPageFactory(parent=cls.home, title="Tietosuojaseloste")
        cls.organisations = factories.OrganisationIndexPageFactory(parent=cls.home)
        cls.organisation = factories.OrganisationPageFactory(parent=cls.organisations)
        cls.news = factories.NewsIndexPageFactory(parent=cls.home)
        cls.news_item = factories.NewsPageFactory(parent=cls.news)
        cls.search = factories.SearchPageFactory(parent=cls.home)

    def setUp(self):
        self.login()

    def all_pages(self):
        return [
            self.home,
            self.model_page,
            self.content,
            self.organisations,
            self.organisation,
            self.news,
            self.news_item,
            self.search,
        ]

    def test_editor_can_create_each_page_type(self):
        cases = [
            (self.home, models.ContentPage, {"intro": "Johdanto"}),
            (self.news, models.NewsPage, {"date": "2026-11-01"}),
            (
                self.organisations,
                models.OrganisationPage,
                {"email": "a@b.example", "meeting_places": streamfield([])},
            ),
        ]
        for parent, model, extra in cases:
            with self.subTest(model=model.__name__):
                self.assertCanCreate(
                    parent,
                    model,
                    nested_form_data(
                        {"title": f"Uusi {model.__name__}", "body": streamfield([]), **extra}
                    ),
                )

    def test_single_instance_page_types_can_be_created_under_a_new_home(self):
        other_home = factories.HomePageFactory(parent=Page.get_first_root_node(), slug="toinen")
        for model in (
            models.VolunteeringModelPage,
            models.OrganisationIndexPage,
            models.NewsIndexPage,
            models.SearchPage,
        ):
            with self.subTest(model=model.__name__):
                data = {"title": f"Uusi {model.__name__}", "body": streamfield([])}
                if model is models.VolunteeringModelPage:
                    data.update(
                        principles=streamfield([]), roles=streamfield([]), mediation=streamfield([])
                    )
                self.assertCanCreate(other_home, model, nested_form_data(data))

    def test_home_page_can_be_created_at_the_root(self):
        self.assertCanCreate(
            Page.get_first_root_node(),
            models.HomePage,
            nested_form_data(
                {"title": "Toinen kunta", "slug": "toinen-kunta", "body": streamfield([])}
            ),
        )

    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(models.OrganisationPage, {models.OrganisationIndexPage})
        self.assertAllowedSubpageTypes(models.NewsIndexPage, {models.NewsPage})
        self.assertCanNotCreateAt(models.HomePage, models.OrganisationPage)

    def test_each_page_type_is_routable_in_finnish_and_swedish(self):
        for page in self.all_pages():
            with self.subTest(page=page.title):
                translated = translate(
                    page, {page.title: f"{page.title} (sv)"}, self.captureOnCommitCallbacks
                )
                translated.refresh_from_db()
                self.assertTrue(translated.live)
                # assertPageIsRoutable does not know i18n_patterns' prefix; the GETs below
                # route through the real URLconf instead.
                self.assertPageIsRenderable(page)
                self.assertPageIsRenderable(translated)
                finnish = self.client.get(page.url)
                swedish = self.client.get(translated.url)
                self.assertTrue(page.url.startswith("/fi/"))
                self.assertTrue(translated.url.startswith("/sv/"))
                self.assertContains(finnish, page.title)
                self.assertContains(swedish, f"{page.title} (sv)")
                self.assertContains(swedish, '<html lang="sv">')
