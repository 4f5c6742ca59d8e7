"""Several municipalities run on one installation, each a Wagtail Site of its own."""

from wagtail.models import Page, Site

import pytest

from pages.models import MunicipalitySettings
from tests import factories

pytestmark = pytest.mark.django_db


def test_two_municipalities_are_kept_apart(client, home):
    other_home = factories.HomePageFactory(
        parent=Page.get_first_root_node(), title="Toinen", slug="toinen"
    )
    other = Site.objects.create(hostname="toinen.example", port=80, root_page=other_home)
    MunicipalitySettings.objects.create(site=other, name_fi="Toisen kunnan", phone="040 000 0999")
    ours = factories.OrganisationIndexPageFactory(parent=home)
    theirs = factories.OrganisationIndexPageFactory(parent=other_home)
    factories.OrganisationPageFactory(parent=ours, title="Meidän järjestö")
    factories.OrganisationPageFactory(parent=theirs, title="Heidän järjestö")

    our_page = client.get("/fi/jarjestot/", HTTP_HOST="localhost").content.decode()
    their_page = client.get("/fi/jarjestot/", HTTP_HOST="toinen.example").content.decode()

    assert "Testikylän kunta" in our_page and "Meidän järjestö" in our_page
    assert "Heidän järjestö" not in our_page and "040 000 0999" not in our_page
    assert "Toisen kunnan" in their_page and "Heidän järjestö" in their_page
    assert "Meidän järjestö" not in their_page and "Testikylän kunta" not in their_page
