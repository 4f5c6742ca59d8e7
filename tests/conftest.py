import os

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache

from wagtail.models import Page, Site

import pytest

from pages.models import MunicipalitySettings
from tests.factories import CoordinatorFactory, HomePageFactory
from tests.races import migrations_data_put_back  # noqa: F401  (a fixture of the race tests)


def pytest_configure(config):
    # CI sets this so that a suite that silently fell back to SQLite fails loudly.
    if os.environ.get("TALKOO_REQUIRE_POSTGRES") and not settings.USING_POSTGRES:
        raise pytest.UsageError(
            "TALKOO_REQUIRE_POSTGRES is set but DATABASE_URL is not PostgreSQL."
        )


@pytest.fixture(autouse=True)
def empty_cache():
    """The public page cache lives in process memory in tests: no test sees another's pages."""
    cache.clear()


@pytest.fixture
def home(db):
    """A Finnish home page that is the default site's root, with the municipality's settings."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    site.root_page = home
    site.site_name = "Testikylä"
    site.save()
    welcome.delete()
    MunicipalitySettings.objects.create(
        site=site, name_fi="Testikylän kunta", name_sv="Testby kommun", phone="040 000 0000"
    )
    return home


@pytest.fixture
def coordinator(db):
    """Kaisa, a coordinator of the default site's municipality."""
    role = CoordinatorFactory(user__first_name="Kaisa")
    role.user.groups.add(Group.objects.get(name="Coordinators"))
    return role.user
