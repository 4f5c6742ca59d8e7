"""The coordinators' own screens pass the accessibility gate on a desktop and a phone, in
Finnish and Swedish: the inbox, the knowledge bank's lists and detail pages, the trainings
and a session's roll (and correcting it), each flow's dashboard and queue, and a process's
own page in every flow (and cancelling it). The step pages are in test_staff_steps.py."""

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.accessibility import WIDTHS, assert_accessible
from tests.e2e.workplace import sign_in

LANGUAGES = [("fi-FI", "fi"), ("sv-SE", "sv")]
STAFF_PAGES = (
    "/workflows/help_inbox/",
    "/workflows/bank/",
    "/workflows/bank/onboarding/",
    "/workflows/bank/organisations/",
    "/workflows/trainings/",
    "/workflows/onboarding/",
    "/workflows/onboarding/queue/",
    "/workflows/thanks/",
    "/workflows/certificaterequest/",
)
FLOWS = ("helprequest", "onboarding", "enrolment", "thanks", "certificaterequest")
CANCEL = {"fi": "Peruuta koko prosessi…", "sv": "Avbryt hela processen…"}
CONFIRM_CANCEL = {"fi": "Kyllä, peru koko prosessi", "sv": "Ja, avbryt hela processen"}
HISTORY = {"fi": "Historia", "sv": "Historik"}
ERASE = {"fi": "Poista…", "sv": "Radera…"}
PAST = {"fi": "Menneet", "sv": "Tidigare"}
ORIENTATION = {"fi": "Vapaaehtoisen perehdytys", "sv": "Introduktion för frivilliga"}
CORRECT = {"fi": "Korjaa merkintä", "sv": "Rätta markeringen"}


def gate(page: Page, name, language):
    for width in WIDTHS.values():
        page.set_viewport_size({"width": width, "height": 900})
        assert_accessible(page, name, language, width)


@pytest.mark.parametrize(("locale", "language"), LANGUAGES)
def test_the_coordinators_screens_pass_the_gate(browser: Browser, base_url, locale, language):
    page = sign_in(browser, base_url, "coordinator", locale)
    page.wait_for_url("**/workflows/help_inbox/")
    for width in WIDTHS.values():
        page.set_viewport_size({"width": width, "height": 900})
        for url in STAFF_PAGES:
            page.goto(url)
            assert_accessible(page, url, language, width)
    page.context.close()


@pytest.mark.parametrize("flow", FLOWS)
@pytest.mark.parametrize(("locale", "language"), LANGUAGES)
def test_a_process_page_and_its_cancelling_pass_the_gate(
    browser: Browser, base_url, locale, language, flow
):
    """A process still under way, as its page tells it, and the confirmation that cancelling
    it asks for (only looked at: nothing is cancelled)."""
    page = sign_in(browser, base_url, "coordinator", locale)
    page.goto(f"/workflows/{flow}/flows/?status=NEW")
    page.locator("table").get_by_role("link", name=re.compile(r"^\d+$")).first.click()
    page.wait_for_url(re.compile(rf"/workflows/{flow}/\d+/$"))
    gate(page, f"{flow}: a process's page", language)
    page.get_by_role("link", name=CANCEL[language]).click()
    expect(page.get_by_role("button", name=CONFIRM_CANCEL[language])).to_be_visible()
    gate(page, f"{flow}: cancelling a process", language)
    page.context.close()


@pytest.mark.parametrize(("locale", "language"), LANGUAGES)
def test_a_requests_history_and_a_volunteers_record_pass_the_gate(
    browser: Browser, base_url, locale, language
):
    page = sign_in(browser, base_url, "coordinator", locale)
    page.goto("/workflows/help_inbox/")
    page.get_by_role("link", name=re.compile(f"^{HISTORY[language]}")).first.click()
    gate(page, "a request's history", language)

    page.goto("/workflows/bank/")
    page.locator("table a[href^='/workflows/bank/']").first.click()
    page.wait_for_url(re.compile(r"/workflows/bank/\d+/$"))
    gate(page, "a volunteer in the knowledge bank", language)
    page.get_by_role("link", name=ERASE[language]).click()
    gate(page, "erasing a volunteer (not confirmed)", language)
    page.context.close()


@pytest.mark.parametrize(("locale", "language"), LANGUAGES)
def test_a_roll_and_its_correction_pass_the_gate(browser: Browser, base_url, locale, language):
    """Last week's orientation: its roll is marked and may still be corrected (only looked
    at: test_door.py corrects one)."""
    page = sign_in(browser, base_url, "coordinator", locale)
    page.goto("/workflows/trainings/")
    past = page.get_by_role("region", name=re.compile(PAST[language]))
    past.get_by_role("link", name=ORIENTATION[language]).first.click()
    gate(page, "a session's roll", language)
    page.get_by_role("link", name=re.compile(CORRECT[language])).first.click()
    gate(page, "correcting a roll", language)
    page.context.close()
