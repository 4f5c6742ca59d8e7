"""Search finds pages in the visitor's language, and bad input gets a clear answer."""

from django.conf import settings
from django.test import TestCase

import pytest

from tests import factories
from tests.helpers.database import built_once
from tests.helpers.translation import translate

pytestmark = pytest.mark.django_db
postgres_only = pytest.mark.skipif(
    not settings.USING_POSTGRES, reason="stemming needs PostgreSQL's text-search configurations"
)


@pytest.fixture(scope="module")
def tree(django_db_setup, django_db_blocker):
    """The site, its search page and a page about talkoot, in Finnish and Swedish: built once,
    as the tests here only search it (one adds a page, in its own savepoint)."""
    with built_once(django_db_blocker):
        home = factories.municipality_home()
        search = factories.SearchPageFactory(parent=home)
        page = factories.ContentPageFactory(
            parent=home,
            title="Talkoopäivä",
            slug="talkoopaiva",
            intro="Koko kylä tekee talkoita lauantaina.",
        )
        capture = TestCase.captureOnCommitCallbacks
        translate(home, {home.title: "Frivilligverksamhet"}, capture)
        sv_search = translate(search, {"Haku": "Sök", "haku": "sok"}, capture)
        sv_page = translate(
            page,
            {
                "Talkoopäivä": "Talkodag",
                "Koko kylä tekee talkoita lauantaina.": (
                    "Hela byn hjälps åt som frivilliga på lördag."
                ),
            },
            capture,
        )
        yield {"home": home, "fi": (search, page), "sv": (sv_search, sv_page)}


@pytest.fixture
def search(tree):
    return tree["fi"][0]


def result_titles(response):
    return [page.title for page in response.context["results"]]


def test_search_in_finnish_finds_finnish_pages_only(client, tree):
    search, _page = tree["fi"]
    response = client.get(search.url, {"q": "talkoita"})
    assert response.status_code == 200
    assert result_titles(response) == ["Talkoopäivä"]


def test_search_in_swedish_finds_swedish_pages_only(client, tree):
    search, _page = tree["sv"]
    assert search.url == "/sv/sok/"
    response = client.get(search.url, {"q": "Talkodag"})
    assert result_titles(response) == ["Talkodag"]
    assert client.get(search.url, {"q": "Talkoopäivä"}).context["results"].paginator.count == 0


@postgres_only
def test_finnish_search_understands_inflected_finnish(client, tree):
    search, _page = tree["fi"]
    assert result_titles(client.get(search.url, {"q": "talkoot"})) == ["Talkoopäivä"]


@postgres_only
def test_swedish_search_understands_inflected_swedish(client, tree):
    search, _page = tree["sv"]
    assert result_titles(client.get(search.url, {"q": "frivillig"})) == ["Talkodag"]


def test_empty_search_shows_the_form_without_results(client, search):
    response = client.get(search.url)
    assert response.status_code == 200
    assert response.context["results"] is None


def test_overlong_query_gets_a_clear_error_and_keeps_the_text(client, search):
    response = client.get(search.url, {"q": "talkoot " * 1250})
    assert response.status_code == 200
    content = response.content.decode()
    assert "enintään 200 merkkiä" in content
    assert 'aria-invalid="true"' in content
    assert "talkoot talkoot" in content  # what was typed is still in the field
    assert response.context["results"] is None


def test_null_character_is_rejected_not_crashing(client, search):
    # Nobody types a NUL byte: any address holding one is refused whole (portal/unreadable.py).
    client.raise_request_exception = False
    response = client.get(search.url, {"q": "talko\x00ot"})
    assert response.status_code == 400
    assert "Pyyntöä ei voitu lukea" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "🙂🙂",
        "ä̈ö̈",
        "مرحبا",
        "' OR 1=1 --",
        "a & b | !c:* ()",
        "<script>alert(1)</script>",
        "\u202e",
    ],
)
def test_odd_input_answers_safely(client, tree, query):
    search, _page = tree["fi"]
    response = client.get(search.url, {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_beginning_of_a_word_finds_a_title_when_no_whole_word_matches(client, tree, search):
    factories.ContentPageFactory(parent=tree["home"], title="Saattoapuun etsitään vapaaehtoisia")
    response = client.get(search.url, {"q": "saattoapu"})
    assert result_titles(response) == ["Saattoapuun etsitään vapaaehtoisia"]
