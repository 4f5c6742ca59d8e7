"""Builds the demo municipality: taxonomies, pages in Finnish, their Swedish translations,
the municipality's settings and the demo users. Content lives in `pages.demo.content`."""

import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from wagtail.models import Locale, Page, Site

from pages.demo import logos
from pages.demo.content import gatherings, municipality, organisations, pages, taxonomy
from pages.demo.gatherings import build_gatherings
from pages.demo.help_requests import build_help_requests
from pages.demo.onboarding import build_agreement, build_onboarding
from pages.demo.thanks import build_certificate_requests, build_thanks
from pages.demo.translate import translate_like
from pages.demo.volunteers import build_volunteers, profile_for_demo_volunteer
from pages.models import (
    ContentPage,
    GatheringIndexPage,
    GatheringPage,
    HelpRequestPage,
    HomePage,
    MunicipalitySettings,
    NewsIndexPage,
    NewsPage,
    OrganisationIndexPage,
    OrganisationPage,
    SearchPage,
    VolunteeringModelPage,
    VolunteerSignUpPage,
)
from workflows.registry.models import (
    ActivityType,
    Area,
    Coordinator,
    KindOfHelp,
    LifeStageNetwork,
    Training,
)

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
BLOCK_ID_NAMESPACE = uuid.UUID("3f0b8f1e-6a0e-4b57-9a43-2f1d7c6c1a10")


def _stream(name, blocks, language, page_ids):
    """StreamField data for `blocks` in `language`, with ids that are the same in every language."""
    data = []
    for index, (block_type, value) in enumerate(blocks):
        data.append(
            {
                "type": block_type,
                "value": _value(value, language, page_ids),
                "id": str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{name}/{index}")),
            }
        )
    return data


def _value(value, language, page_ids):
    if isinstance(value, dict) and set(value) == {"fi", "sv"}:
        return value[language]
    if isinstance(value, dict):
        return {
            key: page_ids[item] if key == "page" else _value(item, language, page_ids)
            for key, item in value.items()
        }
    return value


class DemoBuilder:
    def __init__(self, log):
        self.log = log
        self.finnish = Locale.objects.get(language_code="fi")
        self.swedish = Locale.objects.get(language_code="sv")
        self.page_ids = {}
        self.demo_data = {}
        self.terms = {}

    def already_built(self):
        return HomePage.objects.filter(locale=self.finnish, slug=pages.HOME["slug"]["fi"]).exists()

    @transaction.atomic
    def build(self):
        self.build_taxonomies()
        home = self.build_pages()
        site = self.build_site(home)
        self.log(f"Built {Page.objects.count() - 1} pages in Finnish and Swedish.")
        self.log(f"Built {build_volunteers(site, self.finnish)} volunteers.")
        ensure_demo_users(self.log)
        build_agreement(site, self.finnish, self.swedish)
        self.log(f"Built {build_onboarding(site, self.finnish)} onboardings under way.")
        self.log(f"Built {build_help_requests(site, self.finnish)} help requests in every state.")
        # Last: attending a training puts it on the record, which matching reads.
        self.log(
            f"Built {build_gatherings(site, self.finnish)} sessions of trainings and gatherings."
        )
        self.log(f"Built {build_thanks(site)} thank-yous at milestones and for a campaign.")
        self.log(f"Built {build_certificate_requests(site)} requests for a certificate.")

    # Taxonomies ---------------------------------------------------------------------------

    def build_taxonomies(self):
        for model, terms in (
            (LifeStageNetwork, taxonomy.NETWORKS),
            (Area, taxonomy.AREAS),
            (ActivityType, taxonomy.ACTIVITIES),
            (KindOfHelp, taxonomy.KINDS_OF_HELP),
            (Training, taxonomy.TRAININGS),
        ):
            for order, data in enumerate(terms):
                fields = {name: data[name] for name in ("slug", "name", "description")}
                # What is the same in every language: a training's flags.
                same = {
                    k: data[k]
                    for k in ("orientation", "valid_for_years", "residents_can_ask")
                    if k in data
                }
                term = model.objects.create(
                    locale=self.finnish,
                    sort_order=order,
                    **same,
                    **{k: v["fi"] for k, v in fields.items()},
                )
                twin = model(sort_order=order, **same, **{k: v["sv"] for k, v in fields.items()})
                translate_like(term, twin, self.swedish)
                self.terms[(model, data["key"])] = term

    # Pages --------------------------------------------------------------------------------

    def build_pages(self):
        root = Page.get_first_root_node()
        home = self.add(root, HomePage, pages.HOME, key="home")
        children = (
            (VolunteeringModelPage, pages.VOLUNTEERING_MODEL, "volunteering_model"),
            (OrganisationIndexPage, pages.ORGANISATION_INDEX, "organisations"),
            (NewsIndexPage, pages.NEWS_INDEX, "news"),
            (GatheringIndexPage, gatherings.GATHERING_INDEX, "gatherings"),
            (ContentPage, pages.ACCESSIBILITY_STATEMENT, "accessibility_statement"),
            (ContentPage, pages.PRIVACY_NOTICE, "privacy_notice"),
            (SearchPage, pages.SEARCH, "search"),
            (HelpRequestPage, pages.HELP_REQUEST, "help_request"),
            (VolunteerSignUpPage, pages.SIGN_UP, "sign_up"),
        )
        built = {key: self.add(home, model, data, key=key) for model, data, key in children}
        for data in organisations.ORGANISATIONS:
            self.add(built["organisations"], OrganisationPage, data)
        for data in pages.NEWS:
            self.add(built["news"], NewsPage, data, date=data["date"])
        for data in gatherings.GATHERINGS:
            self.add(built["gatherings"], GatheringPage, data)
        # The home page links to its children, so it gets its body once they exist.
        home.body = _stream("home/body", pages.HOME["body"], "fi", self.page_ids)
        home.save_revision().publish()
        self.translate_tree(home)
        return home

    def add(self, parent, model, data, key=None, **extra):
        page = model(**self.fields(model, data, "fi"), **extra)
        if model is OrganisationPage:
            for field, term_model, keys in (
                ("networks", LifeStageNetwork, data["networks"]),
                ("areas", Area, data["areas"]),
                ("activity_types", ActivityType, data["activities"]),
            ):
                getattr(page, field).set([self.terms[(term_model, k)] for k in keys])
            page.logo = logos.make_logo(data["title"]["fi"])
        if model is GatheringPage and data.get("training"):
            page.training = self.terms[(Training, data["training"])]
        page.show_in_menus = key in MENU
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.page_ids[key or data["slug"]["fi"]] = page.pk
        self.demo_data[page.pk] = data
        return page

    def fields(self, model, data, language):
        """Model field values for one language of a content dict."""
        name = data["slug"]["fi"]
        fields = {"slug": data["slug"][language], "title": data["title"][language]}
        fields["intro"] = data.get("intro", {}).get(language, "")
        if model is not HomePage:  # the home page's body links to pages built after it
            fields["body"] = _stream(f"{name}/body", data.get("body", []), language, self.page_ids)
        if model is VolunteeringModelPage:
            for field, block in (
                ("principles", "principle"),
                ("roles", "role"),
                ("mediation", "step"),
            ):
                blocks = [(block, item) for item in data[field]]
                fields[field] = _stream(f"{name}/{field}", blocks, language, self.page_ids)
            fields["how_to_join"] = data["how_to_join"][language]
        if model is VolunteerSignUpPage:
            fields["thank_you"] = data["thank_you"][language]
        if model is GatheringPage:
            fields["kind"] = data["kind"]
            fields["audience"] = data["audience"][language]
            fields["accessibility"] = data["accessibility"][language]
        if model is OrganisationPage:
            for field in (
                "languages_served",
                "street_address",
                "town",
                "accessibility_notes",
                "volunteer_needs",
            ):
                fields[field] = data[field][language]
            for field in (
                "contact_person",
                "email",
                "phone",
                "postal_code",
                "website",
                "looking_for_volunteers",
            ):
                fields[field] = data[field]
            fields["meeting_places"] = _stream(
                f"{name}/meeting_places",
                [("place", place) for place in data["meeting_places"]],
                language,
                self.page_ids,
            )
        return fields

    def translate_tree(self, page):
        """Translate `page` and its descendants to Swedish, parents before children."""
        for fi_page in page.get_descendants(inclusive=True).specific():
            data = self.demo_data[fi_page.pk]
            twin = type(fi_page)(**self.fields(type(fi_page), data, "sv"))
            if isinstance(fi_page, HomePage):
                twin.body = _stream("home/body", pages.HOME["body"], "sv", self.page_ids)
            translate_like(fi_page, twin, self.swedish)

    # Site, settings and users ---------------------------------------------------------------

    def build_site(self, home):
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        old_root = site.root_page if site.pk else None
        site.hostname, site.port = "localhost", 80
        site.site_name = municipality.MUNICIPALITY["name"]["fi"]
        site.root_page = home
        site.save()
        if old_root and old_root.pk != home.pk and old_root.specific_class is not HomePage:
            old_root.delete()  # Wagtail's "Welcome to your new Wagtail site!" placeholder
        settings = MunicipalitySettings.for_site(site)
        data = municipality.MUNICIPALITY
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
