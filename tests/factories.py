"""Factories for the test suite, in one place."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from wagtail.models import Locale, Page, Site

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from pages import models
from workflows.registry import models as registry
from workflows.training import models as training


class LocaleFactory(DjangoModelFactory):
    language_code = "fi"

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Vapaaehtoistoimintaa"
    slug = "koti"
    intro = "Tervetuloa mukaan."

    class Meta:
        model = models.HomePage


def municipality_home():
    """A Finnish home page that is the default site's root, with the municipality's settings
    (the `home` fixture; a module that builds its page tree once calls it directly)."""
    home = HomePageFactory(parent=Page.get_first_root_node())
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    site.root_page = home
    site.site_name = "Testikylä"
    site.save()
    welcome.delete()
    models.MunicipalitySettings.objects.create(
        site=site, name_fi="Testikylän kunta", name_sv="Testby kommun", phone="040 000 0000"
    )
    return home


class ContentPageFactory(wagtail_factories.PageFactory):
    title = "Sisältösivu"
    intro = "Sivun johdanto."

    class Meta:
        model = models.ContentPage


class VolunteeringModelPageFactory(wagtail_factories.PageFactory):
    title = "Vapaaehtoistoiminnan malli"
    slug = "vapaaehtoistoiminnan-malli"
    intro = "Näin vapaaehtoistoiminta toimii."

    class Meta:
        model = models.VolunteeringModelPage


class OrganisationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Järjestöt"
    slug = "jarjestot"

    class Meta:
        model = models.OrganisationIndexPage


class OrganisationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Järjestö {n:03d}")
    intro = "Järjestö, joka tekee hyvää."
    email = "info@jarjesto.example"

    class Meta:
        model = models.OrganisationPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Ajankohtaista"
    slug = "ajankohtaista"

    class Meta:
        model = models.NewsIndexPage


class GatheringIndexPageFactory(wagtail_factories.PageFactory):
    title = "Koulutukset"
    slug = "koulutukset"

    class Meta:
        model = models.GatheringIndexPage


class GatheringPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Koulutus {n}")
    intro = "Koulutus vapaaehtoisille."
    audience = "Kaikille vapaaehtoisille."
    accessibility = "Esteetön sisäänkäynti."

    class Meta:
        model = models.GatheringPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Uutinen {n}")

    class Meta:
        model = models.NewsPage


class SearchPageFactory(wagtail_factories.PageFactory):
    title = "Haku"
    slug = "haku"

    class Meta:
        model = models.SearchPage


class VolunteerSignUpPageFactory(wagtail_factories.PageFactory):
    title = "Ryhdy vapaaehtoiseksi"
    slug = "ryhdy-vapaaehtoiseksi"
    thank_you = "<p>Otamme yhteyttä viikon kuluessa.</p>"

    class Meta:
        model = models.VolunteerSignUpPage


class HelpRequestPageFactory(wagtail_factories.PageFactory):
    title = "Pyydä apua"
    slug = "pyyda-apua"
    intro = "Apu on maksutonta."

    class Meta:
        model = models.HelpRequestPage


class TermFactory(DjangoModelFactory):
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="fi"))
    name = factory.Sequence(lambda n: f"Termi {n}")
    slug = factory.Sequence(lambda n: f"termi-{n}")


class LifeStageNetworkFactory(TermFactory):
    class Meta:
        model = registry.LifeStageNetwork


class AreaFactory(TermFactory):
    class Meta:
        model = registry.Area


class ActivityTypeFactory(TermFactory):
    class Meta:
        model = registry.ActivityType


class KindOfHelpFactory(TermFactory):
    class Meta:
        model = registry.KindOfHelp


class TrainingFactory(TermFactory):
    class Meta:
        model = registry.Training


class UserFactory(DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}@example.fi")
    email = factory.LazyAttribute(lambda user: user.username)
    first_name = "Aino"
    last_name = factory.Sequence(lambda n: f"Laine{n}")
    password = factory.django.Password("talkoo-test")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)


class VolunteerFactory(DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    phone = "040 123 4567"

    class Meta:
        model = registry.Volunteer


class OtherSiteFactory(DjangoModelFactory):
    """Toinen, a second municipality on the same installation; its root is the tree's root
    unless `root_page` gives it a home page of its own."""

    hostname = "toinen.example"
    root_page = factory.LazyFunction(Page.get_first_root_node)
    site_name = "Toinen"

    class Meta:
        model = Site


class CoordinatorFactory(DjangoModelFactory):
    user = factory.SubFactory(UserFactory, first_name="Kaisa", last_name="Koordinaattori")
    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))

    class Meta:
        model = registry.Coordinator


class SessionFactory(DjangoModelFactory):
    """A session a week from now, 17–19, with ten seats; pass `gathering` (a GatheringPage)."""

    starts_at = factory.LazyFunction(
        lambda: (timezone.localtime() + datetime.timedelta(days=7)).replace(
            hour=17, minute=0, second=0, microsecond=0
        )
    )
    ends_at = factory.LazyAttribute(lambda session: session.starts_at + datetime.timedelta(hours=2))
    place = "Hyvinvointikeskus, kokoushuone 2"
    address = "Kauppakatu 5"
    capacity = 10

    class Meta:
        model = training.Session
