import os

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connections
from django.db.models.signals import post_save

from wagtail.models import Page, Site
from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

import pytest

from pages.models import MunicipalitySettings
from tests.factories import CoordinatorFactory, HomePageFactory


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


@pytest.fixture(scope="module")
def migrations_data_put_back(django_db_blocker):
    """A transactional test empties the database when it ends. Each race test starts from
    what the migrations made (`serialized_rollback`: the root page, locales, groups), and it
    is put back after the module's last, for the tests run later on a reused test database.

    While it is loaded, wagtail-localize's handler that synchronises page trees when a
    LocaleSynchronization is saved stays off: the rows come back in no particular order, and
    the trees come back as they were anyway."""
    post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
    yield
    try:
        with django_db_blocker.unblock():
            for alias in connections:
                contents = getattr(connections[alias], "_test_serialized_contents", None)
                if contents:
                    connections[alias].creation.deserialize_db_from_string(contents)
    finally:
        post_save.connect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
