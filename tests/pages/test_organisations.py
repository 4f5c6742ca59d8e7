"""Residents find organisations by life-stage network, area and form of activity."""

from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from wagtail_factories import ImageFactory

from tests import factories
from tests.helpers.translation import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def networks():
    return {
        "seniors": factories.LifeStageNetworkFactory(name="Seniorit", slug="seniorit"),
        "youth": factories.LifeStageNetworkFactory(name="Nuoret", slug="nuoret"),
    }


@pytest.fixture
def index(home):
    return factories.OrganisationIndexPageFactory(parent=home)


def add_organisations(index, count, networks=(), areas=(), activities=()):
    pages = []
    for _ in range(count):
        page = factories.OrganisationPageFactory.build()
        page.networks.set(networks)
        page.areas.set(areas)
        page.activity_types.set(activities)
        index.add_child(instance=page)
        pages.append(page)
    return pages


def titles(response):
    return [page.title for page in response.context["organisations"]]


def test_filter_by_network_shows_only_that_networks_organisations(client, index, networks):
    seniors = add_organisations(index, 2, networks=[networks["seniors"]])
    youth = add_organisations(index, 1, networks=[networks["youth"]])
    response = client.get(index.url, {"network": "seniorit"})
    assert response.status_code == 200
    assert sorted(titles(response)) == sorted(p.title for p in seniors)
    assert youth[0].title not in response.content.decode()
    assert 'option value="seniorit" selected' in response.content.decode()


def test_filters_combine(client, index, networks):
    area = factories.AreaFactory(name="Keskusta", slug="keskusta")
    activity = factories.ActivityTypeFactory(name="Vertaisryhmät", slug="vertaisryhmat")
    match = add_organisations(index, 1, [networks["seniors"]], [area], [activity])
    add_organisations(index, 1, [networks["seniors"]], [area])
    add_organisations(index, 1, [networks["youth"]], [area], [activity])
    response = client.get(
        index.url, {"network": "seniorit", "area": "keskusta", "activity": "vertaisryhmat"}
    )
    assert titles(response) == [match[0].title]


def test_unknown_filter_value_is_ignored(client, index, networks):
    add_organisations(index, 3)
    response = client.get(index.url, {"network": "<script>", "page": "999"})
    assert response.status_code == 200
    assert len(titles(response)) == 3
    assert "<script>" not in response.content.decode()


def test_pagination_keeps_the_filter(client, index, networks):
    add_organisations(index, 14, networks=[networks["seniors"]])
    add_organisations(index, 3, networks=[networks["youth"]])
    first = client.get(index.url, {"network": "seniorit"})
    assert len(titles(first)) == 12
    assert "?network=seniorit&amp;page=2" in first.content.decode()
    second = client.get(index.url, {"network": "seniorit", "page": 2})
    assert len(titles(second)) == 2


def test_swedish_index_filters_with_swedish_terms(
    client, home, index, networks, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    swedish_network = translate(
        networks["seniors"], {"Seniorit": "Seniorer", "seniorit": "seniorer"}, capture
    )
    seniors = add_organisations(index, 2, networks=[networks["seniors"]])
    add_organisations(index, 1, networks=[networks["youth"]])
    translate(home, {}, capture)
    sv_index = translate(index, {index.title: "Organisationer"}, capture)
    for page in seniors:
        translate(page, {}, capture)
    assert swedish_network.slug == "seniorer"
    response = client.get(sv_index.url, {"network": "seniorer"})
    assert len(titles(response)) == 2
    content = response.content.decode()
    assert '<span class="tag">Seniorer</span>' in content
    assert "Seniorit" not in content


def test_organisation_page_shows_terms_in_the_pages_language(client, index, networks):
    page = add_organisations(index, 1, networks=[networks["seniors"]])[0]
    content = client.get(page.url).content.decode()
    assert "Seniorit" in content


def count_queries(client, url):
    """Queries to render `url` afresh: a parameter the page cache does not know bypasses it."""
    bypass = f"{url}{'&' if '?' in url else '?'}nocache=1"
    client.get(bypass)  # warm the caches that outlive the page (site layout, site root paths)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(bypass).status_code == 200
    return len(queries)


def test_public_pages_run_the_same_number_of_queries_for_5_and_50_organisations(
    client, home, index, networks
):
    area = factories.AreaFactory()
    news = factories.NewsIndexPageFactory(parent=home)
    factories.NewsPageFactory(parent=news)
    search = factories.SearchPageFactory(parent=home)
    urls = {
        "home": home.url,
        "index": index.url,
        "filtered": f"{index.url}?network=seniorit",
        "news": news.url,
        "search": f"{search.url}?q=Järjestö",
    }
    first = add_organisations(index, 5, list(networks.values()), [area])
    first[0].logo = ImageFactory()
    first[0].save_revision().publish()
    urls["organisation"] = first[0].url
    with_5 = {name: count_queries(client, url) for name, url in urls.items()}
    add_organisations(index, 45, list(networks.values()), [area])
    with_50 = {name: count_queries(client, url) for name, url in urls.items()}
    assert with_50 == with_5
    # Held exactly, so that a change that adds queries to a public page is a conscious one.
    assert with_5 == {
        "home": 9,
        "index": 14,
        "filtered": 14,
        "news": 11,
        # The search backends differ: PostgreSQL's (pages.search_backend) runs one query more.
        "search": 17 if settings.USING_POSTGRES else 16,
        "organisation": 12,
    }
