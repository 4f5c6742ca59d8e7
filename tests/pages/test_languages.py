"""Every public URL carries its language, and each page links to itself in the other one."""

import re

from django.template.loader import render_to_string
from django.utils import translation

import pytest

from tests.factories import ContentPageFactory, VolunteeringModelPageFactory
from tests.helpers.translation import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def swedish_home(home, django_capture_on_commit_callbacks):
    return translate(home, {home.title: "Frivilligverksamhet"}, django_capture_on_commit_callbacks)


@pytest.fixture
def model_page(home):
    return VolunteeringModelPageFactory(parent=home)


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("sv-FI,sv;q=0.9", "/sv/"),
        ("fi-FI,fi;q=0.9,en;q=0.5", "/fi/"),
        ("de-DE,de", "/fi/"),
        ("", "/fi/"),
    ],
)
def test_root_sends_visitor_to_the_browsers_language(
    client, swedish_home, accept_language, expected
):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_swedish_translation_round_trip_publishes_the_swedish_page(
    client, swedish_home, model_page, django_capture_on_commit_callbacks
):
    swedish = translate(
        model_page,
        {
            model_page.title: "Modellen för frivilligverksamhet",
            model_page.slug: "modellen-for-frivilligverksamhet",
            model_page.intro: "Så fungerar frivilligverksamheten.",
        },
        django_capture_on_commit_callbacks,
    )
    swedish.refresh_from_db()
    assert swedish.live and swedish.locale.language_code == "sv"
    assert swedish.alias_of_id is None
    response = client.get(swedish.url)
    assert response.status_code == 200
    assert swedish.url == "/sv/modellen-for-frivilligverksamhet/"
    content = response.content.decode()
    assert '<html lang="sv">' in content
    assert "Så fungerar frivilligverksamheten." in content
    assert "Näin vapaaehtoistoiminta toimii." not in content


def test_switcher_and_hreflang_point_at_the_translation(
    client, swedish_home, model_page, django_capture_on_commit_callbacks
):
    swedish = translate(
        model_page, {model_page.title: "Modellen"}, django_capture_on_commit_callbacks
    )
    content = client.get(model_page.url).content.decode()
    sv_url, fi_url = swedish.url, model_page.url
    assert sv_url == "/sv/vapaaehtoistoiminnan-malli/"
    assert f'<link rel="alternate" hreflang="sv" href="http://testserver{sv_url}">' in content
    assert f'<link rel="alternate" hreflang="fi" href="http://testserver{fi_url}">' in content
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', content, re.S).group(0)
    assert f'href="{sv_url}" lang="sv" hreflang="sv">Svenska</a>' in switcher
    assert f'href="{fi_url}" lang="fi" hreflang="fi" aria-current="true">Suomi</a>' in switcher


def test_switcher_falls_back_to_the_other_languages_home(client, swedish_home, home):
    untranslated = ContentPageFactory(parent=home, title="Vain suomeksi", slug="vain-suomeksi")
    content = client.get(untranslated.url).content.decode()
    assert 'href="/sv/" lang="sv"' in content
    assert 'hreflang="sv" href=' not in content  # no alternate where no translation exists


def test_unknown_page_gets_our_404_in_swedish_under_sv(client, swedish_home):
    response = client.get("/sv/finns-inte/")
    assert response.status_code == 404
    content = response.content.decode()
    assert '<html lang="sv">' in content
    assert "Sidan hittades inte" in content
    assert "Testby kommun" in content  # our layout, not viewflow's 404


def test_unknown_page_gets_our_404_in_finnish(client, home):
    response = client.get("/fi/ei-ole/")
    assert response.status_code == 404
    assert "Sivua ei löytynyt" in response.content.decode()


@pytest.mark.parametrize("path", ["/de/", "/en/", "/xx/jotain/", "/fi-x/"])
def test_unknown_language_prefix_is_a_404(client, home, path):
    response = client.get(path, follow=True)
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("language", "text"), [("fi", "Jokin meni vikaan"), ("sv", "Något gick fel")]
)
def test_server_error_page_is_ours_in_the_visitors_language(language, text):
    # Django renders 500.html without a request context; our page needs none.
    with translation.override(language):
        content = render_to_string("500.html")
    assert f'<html lang="{language}">' in content
    assert text in content
