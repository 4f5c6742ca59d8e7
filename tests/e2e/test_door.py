"""The staff door in a real browser: each demo staff login signs in on the one sign-in page
and lands where their work is, in Finnish and in Swedish; the door, the choice of work, a
process's page and the roll's correction pass the accessibility gate on a desktop and a phone.
"""

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.accessibility import WIDTHS, assert_accessible

PASSWORD = "talkoo-demo"


def sign_in(page: Page, username: str, start: str = "/admin/"):
    page.goto(start)
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_load_state()


@pytest.mark.parametrize(
    ("locale", "language", "heading"),
    [
        ("fi-FI", "fi", "Kirjaudu Talkoon henkilökunnan työkaluihin"),
        ("sv-SE", "sv", "Logga in i Talkoos verktyg för personalen"),
    ],
)
def test_the_door_speaks_the_visitors_language_and_passes_the_gate(
    browser: Browser, base_url, locale, language, heading
):
    page = browser.new_context(base_url=base_url, locale=locale).new_page()
    for width in WIDTHS.values():
        page.set_viewport_size({"width": width, "height": 900})
        page.goto("/workflows/")  # any staff address leads to the one door
        expect(page).to_have_url(re.compile(r"/admin/login/\?next=/workflows/"))
        expect(page.get_by_role("heading", level=1)).to_have_text(heading)
        assert_accessible(page, "the staff door", language, width)
    page.context.close()


@pytest.mark.parametrize(
    ("username", "locale", "lands", "sees"),
    [
        ("coordinator", "fi-FI", "/workflows/help_inbox/", "Odottavat avunpyynnöt"),
        ("coordinator", "sv-SE", "/workflows/help_inbox/", "Väntande hjälpbegäranden"),
        ("editor", "fi-FI", "/admin/", "Dokumentit"),
        ("editor", "sv-SE", "/admin/", "Dokument"),
        ("admin", "fi-FI", "/admin/work/", "Mistä haluat aloittaa?"),
        ("admin", "sv-SE", "/admin/work/", "Var vill du börja?"),
    ],
)
def test_each_staff_login_lands_where_their_work_is(
    browser: Browser, base_url, username, locale, lands, sees
):
    page = browser.new_context(base_url=base_url, locale=locale).new_page()
    sign_in(page, username)
    expect(page).to_have_url(re.compile(re.escape(lands) + "$"))
    expect(page.get_by_text(sees).first).to_be_visible()
    page.context.close()


def test_the_choice_of_work_passes_the_gate(browser: Browser, base_url):
    page = browser.new_context(base_url=base_url, locale="sv-SE").new_page()
    sign_in(page, "admin")
    for width in WIDTHS.values():
        page.set_viewport_size({"width": width, "height": 900})
        page.goto("/admin/work/")
        expect(page.get_by_role("link", name="Öppna samordnarnas arbetsrum")).to_be_visible()
        assert_accessible(page, "the choice of work", "sv", width)
    page.get_by_role("link", name="Öppna samordnarnas arbetsrum").click()
    expect(page).to_have_url(re.compile(r"/workflows/help_inbox/$"))
    page.context.close()


def test_a_process_page_and_its_cancelling_pass_the_gate(page: Page):
    sign_in(page, "coordinator", "/admin/login/?next=/workflows/bank/onboarding/")
    step = page.locator("a[href*='/workflows/onboarding/']").filter(has_text="Käsittele hakemus")
    href = step.first.get_attribute("href")
    process = re.search(r"/workflows/onboarding/(\d+)/", href).group(1)
    for width in WIDTHS.values():
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"/workflows/onboarding/{process}/")
        expect(page.get_by_role("heading", name="Odottaa nyt")).to_be_visible()
        assert_accessible(page, "a process's page", "fi", width)
        page.get_by_role("link", name="Peruuta koko prosessi…").click()
        expect(page.get_by_role("button", name="Kyllä, peru koko prosessi")).to_be_visible()
        assert_accessible(page, "cancelling a process", "fi", width)


def test_a_roll_mark_is_corrected_on_a_phone(page: Page):
    page.set_viewport_size({"width": 360, "height": 800})
    sign_in(page, "coordinator", "/admin/login/?next=/workflows/trainings/")
    # Last week's orientation: its roll is marked and may still be corrected.
    past = page.get_by_role("region", name=re.compile("Menneet"))
    past.get_by_role("link", name="Vapaaehtoisen perehdytys").first.click()
    page.get_by_role("link", name=re.compile("Korjaa merkintä")).first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Merkitäänkö")
    assert_accessible(page, "correcting a roll", "fi", 360)
    page.get_by_role("button", name=re.compile("^Merkitse")).click()
    expect(page.get_by_text(re.compile("on nyt merkitty")).first).to_be_visible()
    expect(page.get_by_text(re.compile("korjasi .* Kaisa Koordinaattori")).first).to_be_visible()
