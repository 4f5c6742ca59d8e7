"""Builds the demo municipality: taxonomies, pages in Finnish, their Swedish translations,
the municipality's settings and the demo users. Content lives in the data files of
`demo/content` (see `demo.objects`)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from wagtail.models import Locale, Page, Site

from demo import logos, objects
from demo.calls import build_calls
from demo.data import load, swedish
from demo.gatherings import build_gatherings
from demo.help_requests import build_help_requests
from demo.onboarding import build_onboarding
from demo.statuses import build_status_history
from demo.thanks import build_certificate_requests, build_thanks
from demo.translate import translate_from
from demo.volunteers import build_volunteers, profile_for_demo_volunteer
from pages.models import GatheringPage, HomePage, MunicipalitySettings, OrganisationPage
from workflows.registry.models import Coordinator, Training

DEMO_PASSWORD = "talkoo-demo"
# (username, groups, first name, last name); admin is a superuser and needs no group.
# The editor moderates too: editors publish what organisations' representatives submit.
DEMO_USERS = (
    ("admin", (), "Aino", "Ylläpitäjä"),
    ("editor", ("Editors", "Moderators"), "Eero", "Sisältö"),
    ("coordinator", ("Coordinators",), "Kaisa", "Koordinaattori"),
    ("volunteer", ("Volunteers",), "Ville", "Vapaaehtoinen"),
    ("applicant", ("Volunteers",), "Alma", "Hakija"),
)
# The pages in the main menu, in the tree's order.
MENU = ("volunteering_model", "organisations", "news", "gatherings", "help_request", "sign_up")
# An organisation page's taxonomy fields: (field, key in taxonomy.yaml and in its data).
ORGANISATION_TERMS = (
    ("networks", "networks"),
    ("areas", "areas"),
    ("activity_types", "activities"),
)


class DemoBuilder:
    def __init__(self, log):
        self.log = log
        self.finnish = Locale.objects.get(language_code="fi")
        self.swedish = Locale.objects.get(language_code="sv")
        self.page_ids = {}
        self.data_file = {}  # the data file each Finnish page comes from, by its id
        self.terms = {}
        self.untranslated = set()

    def already_built(self):
        slug = load("pages")["home"]["slug"]
        return HomePage.objects.filter(locale=self.finnish, slug=slug).exists()

    @transaction.atomic
    def build(self):
        self.build_taxonomies()
        home = self.build_pages()
        site = self.build_site(home)
        self.log(f"Built {Page.objects.count() - 1} pages in Finnish and Swedish.")
        self.log(f"Built {build_volunteers(site, self.finnish)} volunteers.")
        ensure_demo_users(self.log)
        self.log(f"Built {build_status_history(site)} changes of volunteers' status.")
        self.build_agreement(site)
        self.log(f"Built {build_onboarding(site, self.finnish)} onboardings under way.")
        self.log(f"Built {build_help_requests(site, self.finnish)} help requests in every state.")
        # Last: attending a training puts it on the record, which matching reads.
        self.log(
            f"Built {build_gatherings(site, self.finnish)} sessions of trainings and gatherings."
        )
        self.log(f"Built {build_thanks(site)} thank-yous at milestones and for a campaign.")
        self.log(f"Built {build_certificate_requests(site)} requests for a certificate.")
        self.log(f"Built a call campaign with {build_calls(site, self.finnish)} calls made.")
        if self.untranslated:
            self.log(
                f"{len(self.untranslated)} texts have no Swedish yet and show in Finnish: "
                "run `seed_demo --export-po` and translate demo/content/sv/*.po."
            )

    def translate(self, source, name):
        return translate_from(source, self.swedish, swedish(name), self.untranslated)

    # Taxonomies and the volunteer agreement ----------------------------------------------------

    def build_taxonomies(self):
        order = {}
        for name, model, data in objects.taxonomy_terms():
            order[model] = order.get(model, -1) + 1
            term = objects.term(model, data, order[model], self.finnish)
            term.save()
            self.translate(term, name)
            self.terms[(model, data["key"])] = term

    def build_agreement(self, site):
        agreement = objects.agreement(site=site, locale=self.finnish)
        agreement.save()
        self.translate(agreement, "agreement")
        return agreement

    # Pages --------------------------------------------------------------------------------

    def build_pages(self):
        parents = {None: Page.get_first_root_node()}
        for name, key, model, parent, data in objects.pages():
            parents[key] = self.add(parents[parent], model, data, key, name)
        home = parents["home"]
        # The home page links to its children, so it gets its body once they exist.
        body = objects.blocks(load("pages")["home"]["body"])
        home.body = objects.stream("home/body", body, self.page_ids)
        home.save_revision().publish()
        self.translate_tree(home)
        return home

    def add(self, parent, model, data, key, name):
        page = objects.page(model, data, self.page_ids)
        if model is HomePage:
            page.body = []  # set once the pages it links to exist
        if model is OrganisationPage:
            for field, taxonomy in ORGANISATION_TERMS:
                term_model = dict(objects.TAXONOMIES)[taxonomy]
                terms = [self.terms[(term_model, term)] for term in data[taxonomy]]
                getattr(page, field).set(terms)
            page.logo = logos.make_logo(data["title"])
        if model is GatheringPage and data.get("training"):
            page.training = self.terms[(Training, data["training"])]
        page.show_in_menus = key in MENU
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.page_ids[key] = page.pk
        self.data_file[page.pk] = name
        return page

    def translate_tree(self, page):
        """Translate `page` and its descendants to Swedish, parents before children."""
        for fi_page in page.get_descendants(inclusive=True).specific():
            self.translate(fi_page, self.data_file[fi_page.pk])

    # Site, settings and users ---------------------------------------------------------------

    def build_site(self, home):
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        old_root = site.root_page if site.pk else None
        site.hostname, site.port = "localhost", 80
        data = load("municipality")
        site.site_name = data["name"]["fi"]
        site.root_page = home
        site.save()
        if old_root and old_root.pk != home.pk and old_root.specific_class is not HomePage:
            old_root.delete()  # Wagtail's "Welcome to your new Wagtail site!" placeholder
        settings = MunicipalitySettings.for_site(site)
        settings.name_fi, settings.name_sv = data["name"]["fi"], data["name"]["sv"]
        settings.opening_hours_fi = data["opening_hours"]["fi"]
        settings.opening_hours_sv = data["opening_hours"]["sv"]
        settings.phone, settings.email = data["phone"], data["email"]
        settings.accessibility_statement_id = self.page_ids["accessibility_statement"]
        settings.privacy_notice_id = self.page_ids["privacy_notice"]
        settings.save()
        return site


def ensure_demo_users(log):
    """Create the demo users that do not exist yet; existing ones are left as they are."""
    User = get_user_model()
    for username, groups, first_name, last_name in DEMO_USERS:
        if User.objects.filter(username=username).exists():
            continue
        user = User.objects.create_user(
            username,
            email=f"{username}@koivuranta.example",
            password=DEMO_PASSWORD,
            first_name=first_name,
            last_name=last_name,
            is_staff=username == "admin",
            is_superuser=username == "admin",
        )
        user.groups.add(*Group.objects.filter(name__in=groups))
        log(f"Created user {username}.")
    volunteer = User.objects.get(username="volunteer")
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        profile_for_demo_volunteer(volunteer, site, Locale.objects.get(language_code="fi"))
        coordinator = User.objects.get(username="coordinator")
        Coordinator.objects.get_or_create(user=coordinator, site=site)
