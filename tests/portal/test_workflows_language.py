"""The coordinators' workflow site speaks the language staff chose in their Wagtail account,
with viewflow's own texts from our Finnish and Swedish catalogue (locale/viewflow/)."""

import re

from django.conf import settings
from django.utils import translation

from wagtail.users.models import UserProfile

import polib
import pytest
from viewflow.workflow.status import PROCESS, STATUS

from portal.management.commands import update_viewflow_catalogue as viewflow_catalogue

INBOX = {"fi": "Omat tehtävät", "sv": "Mina uppgifter", "en": "Inbox"}


def prefer(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def inbox_url(client):
    """The help-request process's inbox, as the site's own menu links to it."""
    response = client.get("/workflows/helprequest/", follow=True)
    assert response.status_code == 200
    return re.search(r'href="(/workflows/[^"]*/inbox/)"', response.content.decode())[1]


def heading(page):
    return re.search(r'<h1 class="vf-card__title">\s*(.*?)\s*</h1>', page, re.DOTALL)[1]


def html_lang(response):
    return re.search(r'<html lang="([^"]+)"', response.content.decode())[1]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sv", "fi", "en"])
def test_the_inbox_speaks_the_language_of_the_coordinators_profile(client, coordinator, language):
    prefer(coordinator, language)
    client.force_login(coordinator)
    # The browser asks for something else: the profile wins on the workflow site.
    response = client.get(inbox_url(client), HTTP_ACCEPT_LANGUAGE="de")
    page = response.content.decode()
    assert response.status_code == 200
    assert html_lang(response) == language
    assert response["Content-Language"] == language
    assert heading(page) == INBOX[language]
    # viewflow's "1-10 of 25" under lists is overridden with a summary in no language.
    assert re.search(r"\b0–0 / 0\b", page)
    if language != "en":
        assert ">Inbox<" not in page and ">Queue<" not in page and ">Archive<" not in page


@pytest.mark.django_db
@pytest.mark.parametrize(("accept", "language"), [("sv", "sv"), ("", "fi")])
def test_without_a_profile_language_the_browser_or_finnish_decides(
    client, coordinator, accept, language
):
    client.force_login(coordinator)
    response = client.get(inbox_url(client), HTTP_ACCEPT_LANGUAGE=accept)
    assert html_lang(response) == language
    assert INBOX[language] in response.content.decode()
    # Reading the preference does not create a profile on every first visit.
    assert not UserProfile.objects.filter(user=coordinator).exists()


@pytest.mark.django_db
def test_the_profile_language_stays_on_the_workflow_site(client, coordinator):
    """The public site keeps the language of its URL, whoever is logged in."""
    prefer(coordinator, "sv")
    client.force_login(coordinator)
    response = client.get("/fi/")
    assert response.status_code == 200
    assert html_lang(response) == "fi"


def test_viewflow_catalogue_is_used_and_fully_translated():
    directory = viewflow_catalogue.catalogue_dir()
    assert directory in settings.LOCALE_PATHS
    for language in ("fi", "sv"):
        po = polib.pofile(str(viewflow_catalogue.po_path(language)))
        assert len(po) > 90
        missing = [entry.msgid for entry in po.untranslated_entries() + po.fuzzy_entries()]
        assert missing == [], f"{language}: not translated: {missing}"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", ["Avoin", "Varattu", "Valmis", "Peruttu", "Omat tehtävät", "Tehtäväjono"]),
        ("sv", ["Öppen", "Tilldelad", "Klar", "Avbruten", "Mina uppgifter", "Uppgiftskö"]),
    ],
)
def test_viewflow_texts_and_status_names_are_translated(language, expected):
    with translation.override(language):
        shown = [
            str(STATUS.NEW.label),
            str(STATUS.ASSIGNED.label),
            str(STATUS.DONE.label),
            str(PROCESS.CANCELED.label),
            translation.gettext("Inbox"),
            translation.gettext("Queue"),
        ]
    assert shown == expected
