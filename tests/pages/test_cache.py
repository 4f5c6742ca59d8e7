"""Anonymous visitors get public pages from the shared cache; editors' changes show at once."""

from django.contrib.auth import get_user_model

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisation(home):
    index = factories.OrganisationIndexPageFactory(parent=home)
    return factories.OrganisationPageFactory(parent=index, title="Kyläyhdistys")


def test_second_visit_is_served_from_the_cache_without_queries(
    client, organisation, django_assert_num_queries
):
    first = client.get(organisation.url)
    assert first["X-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get(organisation.url)
    assert second["X-Cache"] == "hit"
    assert second.content == first.content


def test_publishing_a_change_shows_at_once(client, organisation):
    client.get(organisation.url)
    organisation.title = "Kyläyhdistys ry"
    organisation.save_revision().publish()
    response = client.get(organisation.url)
    assert response["X-Cache"] == "miss"
    assert "Kyläyhdistys ry" in response.content.decode()


def test_renaming_a_network_shows_at_once(client, home, organisation):
    network = factories.LifeStageNetworkFactory(name="Seniorit")
    organisation.networks.set([network])
    organisation.save_revision().publish()
    client.get(organisation.url)
    network.name = "Ikäihmiset"
    network.save()
    assert "Ikäihmiset" in client.get(organisation.url).content.decode()


def test_unpublishing_removes_the_page_at_once(client, organisation):
    client.get(organisation.url)
    organisation.unpublish()
    assert client.get(organisation.url).status_code == 404


def test_logged_in_users_are_never_cached(client, organisation):
    user = get_user_model().objects.create_user("editori", password="x" * 12)
    client.force_login(user)
    response = client.get(organisation.url)
    assert "X-Cache" not in response
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    client.logout()
    assert client.get(organisation.url)["X-Cache"] == "miss"  # nothing was stored for them


def test_search_page_is_never_cached(client, home):
    search = factories.SearchPageFactory(parent=home)
    for query in ({}, {"q": "talkoot"}):
        response = client.get(search.url, query)
        assert "no-store" in response["Cache-Control"]
        assert "X-Cache" not in response


def test_filters_are_cached_but_unknown_parameters_are_not(client, organisation):
    index_url = organisation.get_parent().url
    client.get(index_url, {"page": 1})
    assert client.get(index_url, {"page": 1})["X-Cache"] == "hit"
    client.get(index_url, {"utm_source": "x"})
    assert "X-Cache" not in client.get(index_url, {"utm_source": "x"})


def test_not_found_is_not_cached(client, home):
    client.get("/fi/ei-ole/")
    assert "X-Cache" not in client.get("/fi/ei-ole/")
