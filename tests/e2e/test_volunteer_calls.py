""" "Mitä kuuluu?" calls in the browser: a coordinator imports a list into the demo's running
campaign in Finnish (a file with errors first) and adds a resident by hand; a volunteer on a
360-px phone makes calls in Swedish and finds a need; the coordinator sees the progress and the
new help request. axe checks every page on the way, at both widths where coordinators work.

The caller is the demo `volunteer` login (who speaks Finnish and Swedish and has calls to
make). This file runs after the journeys that answer the demo volunteer's offer and before
their break (test_volunteer_status.py), which would take them off the callers."""

import datetime
import re

from django.utils import timezone

from playwright.sync_api import Browser, Page, expect

from tests.e2e.accessibility import WIDTHS, assert_accessible
from tests.e2e.workplace import assert_plain_finnish, sign_in

PHONE = {"width": 360, "height": 800}
CAMPAIGN = "Mitä kuuluu? -soitot, joulu 2026"
MY_VOLUNTEERING_SV = "/sv/mitt-frivilligarbete/"
WITH_ERRORS = (
    "Nimi;Puhelin;Kieli\n"
    "Aune Koskela;040 765 4321;suomi\n"
    ";040 765 4322;suomi\n"
    "Bertil Wikström;12;ruotsi\n"
).encode("cp1252")
CLEAN = "Nimi;Puhelin;Kieli\nAune Koskela;040 765 4321;suomi\nBertil Wikström;040 765 4323;ruotsi\n"


def at_both_widths(page, name):
    for width in WIDTHS.values():
        page.set_viewport_size({"width": width, "height": 900})
        assert_accessible(page, name, "fi", width)
    assert_plain_finnish(page)


def upload(page, name, content):
    page.get_by_label("Soittolista (CSV-tiedosto)").set_input_files(
        {"name": name, "mimeType": "text/csv", "buffer": content}
    )
    page.get_by_role("button", name="Näytä esikatselu").click()


def test_a_coordinator_imports_a_call_list_in_finnish(browser: Browser, base_url):
    page = sign_in(browser, base_url, "coordinator")
    page.goto("/workflows/calls/")
    at_both_widths(page, "the call campaigns")
    page.get_by_role("link", name=CAMPAIGN).click()
    expect(page.get_by_role("heading", name=CAMPAIGN, level=1)).to_be_visible()
    at_both_widths(page, "a running campaign")

    page.get_by_role("link", name="Tuo soittolista").click()
    upload(page, "lista.csv", WITH_ERRORS)
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("2 rivillä on ongelma. Mitään ei tuotu")
    problems = page.get_by_role("table", name="Rivit, joissa on ongelma")
    expect(problems).to_contain_text("Nimi puuttuu.")
    expect(problems).to_contain_text("”12” ei ole puhelinnumero.")
    expect(page.get_by_role("button", name=re.compile("^Tuo "))).to_have_count(0)
    at_both_widths(page, "a call list with problems")

    upload(page, "lista.csv", CLEAN.encode("utf-8-sig"))
    expect(page.get_by_role("status")).to_contain_text("2 kuntalaista on valmiina tuotavaksi.")
    at_both_widths(page, "a clean call list's preview")
    page.get_by_role("button", name="Tuo 2 kuntalaista").click()
    expect(page.get_by_role("status")).to_contain_text("2 kuntalaista lisättiin listalle.")

    page.get_by_role("link", name="Lisää kuntalainen").click()
    page.get_by_label("Nimi").fill("Siiri Saarinen")
    page.get_by_label("Puhelinnumero").fill("040 12")
    page.get_by_role("button", name="Lisää", exact=True).click()
    expect(page.get_by_role("alert")).to_be_visible()
    expect(page.get_by_label("Nimi")).to_have_value("Siiri Saarinen")
    at_both_widths(page, "a resident by hand, a bad number")
    page.get_by_label("Puhelinnumero").fill("040 765 4329")
    page.get_by_role("button", name="Lisää", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("Siiri Saarinen lisättiin listalle.")

    # Opening a campaign: a last day before the first is told, and what was typed is kept.
    page.goto("/workflows/calls/new/")
    page.get_by_label("Nimi suomeksi").fill("Kevään soitot")
    page.get_by_label("Viimeinen soittopäivä").fill("2020-01-01")
    page.get_by_role("button", name="Avaa kampanja").click()
    expect(page.get_by_text("Viimeinen päivä ei voi olla ennen ensimmäistä.")).to_be_visible()
    expect(page.get_by_label("Nimi suomeksi")).to_have_value("Kevään soitot")
    at_both_widths(page, "opening a campaign, with errors")
    page.context.close()


def test_a_volunteer_calls_in_swedish_on_a_phone_and_finds_a_need(page: Page):
    page.set_viewport_size(PHONE)
    page.goto(MY_VOLUNTEERING_SV)
    page.get_by_label("E-post").fill("volunteer")  # the demo logins are user names
    page.get_by_label("Lösenord").fill("talkoo-demo")
    page.get_by_role("main").get_by_role("button", name="Logga in").click()
    page.wait_for_url(f"**{MY_VOLUNTEERING_SV}")

    page.get_by_role("link", name="Dina nästa samtal").click()
    assert_accessible(page, "next calls, none taken", "sv", PHONE["width"])
    page.get_by_role("button", name="Hämta mina nästa samtal").click()
    expect(page.get_by_role("link", name=re.compile(r"^Ring \+358"))).to_be_visible()
    expect(page.get_by_text(re.compile("^Hej, det här är"))).to_be_visible()
    assert_accessible(page, "a call card", "sv", PHONE["width"])

    page.get_by_label("Nådd och mår bra").check()
    page.get_by_role("button", name="Spara samtalet").click()
    expect(page.get_by_role("status")).to_contain_text("Tack! Samtalet är registrerat.")

    page.get_by_label("Nådd, behöver hjälp").check()
    page.get_by_label("Vilken hjälp behövs").fill("Matkasse på torsdagar.")
    page.get_by_role("button", name="Spara samtalet").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Välj typ av hjälp.")
    expect(page.get_by_label("Vilken hjälp behövs")).to_have_value("Matkasse på torsdagar.")
    assert_accessible(page, "a call card with errors", "sv", PHONE["width"])
    page.get_by_label("Vilken slags hjälp behövs?").select_option(
        label="Inköps- och apoteksärenden"
    )
    day = (timezone.localdate() + datetime.timedelta(days=2)).isoformat()
    page.get_by_label("Vilken dag?").fill(day)
    page.get_by_label("Område").select_option(index=1)
    page.get_by_label(re.compile("^Kommuninvånaren gick med på")).check()
    page.get_by_role("button", name="Spara samtalet").click()
    expect(page.get_by_role("status")).to_contain_text("en hjälpbegäran har gjorts")
    assert_accessible(page, "the next call card", "sv", PHONE["width"])

    page.get_by_role("link", name="Tillbaka till dina nästa samtal").click()
    page.get_by_role("button", name="Lämna tillbaka dessa samtal").click()
    expect(page.get_by_role("status")).to_contain_text("Dina samtal gick tillbaka")
    assert_accessible(page, "next calls, given back", "sv", PHONE["width"])


def test_the_coordinator_sees_the_progress_and_the_new_help_request(browser: Browser, base_url):
    page = sign_in(browser, base_url, "coordinator")
    page.goto("/workflows/calls/")
    page.get_by_role("link", name=CAMPAIGN).click()
    expect(page.get_by_role("progressbar")).to_be_visible()
    needs = page.get_by_role("region", name="Löydetyt avuntarpeet")
    newest = needs.get_by_role("link").first
    expect(newest).to_contain_text("Avunpyyntö")
    newest.click()
    expect(page.get_by_text("Matkasse på torsdagar.")).to_be_visible()
    assert_plain_finnish(page)
    page.context.close()
