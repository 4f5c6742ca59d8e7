"""A volunteer's status in the browser: a coordinator resumes a volunteer from the reserve,
pauses them (a missing reason is told first) and resumes them from the knowledge bank; a
volunteer on a phone takes a break in Swedish (a last day in the past is told first) and comes
back. axe checks the bank's pages and My volunteering as they go.

The volunteer is the demo `volunteer` login: their break withdraws the offer waiting for them
(it goes back to matching), so this file runs after the journeys that answer that offer."""

import datetime
import re

from django.utils import formats, timezone, translation

from playwright.sync_api import Browser, Page, expect

from tests.e2e.accessibility import WIDTHS, assert_accessible

PHONE = {"width": 360, "height": 800}
MY_VOLUNTEERING_SV = "/sv/mitt-frivilligarbete/"


def test_a_coordinator_pauses_and_resumes_a_volunteer_from_the_bank(browser: Browser, base_url):
    page = browser.new_context(base_url=base_url, locale="fi-FI").new_page()
    page.set_viewport_size({"width": WIDTHS["desktop"], "height": 900})
    page.goto("/admin/login/?next=/workflows/bank/")
    page.locator("#id_username").fill("coordinator")
    page.locator("#id_password").fill("talkoo-demo")
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/workflows/bank/")

    # One of the demo's volunteers in the reserve, with the history of how they got there.
    page.get_by_label("Tila").select_option(label="reservissä")
    page.get_by_role("button", name="Hae").click()
    page.get_by_role("table").get_by_role("link").first.click()
    card = page.get_by_role("region", name="Tila ja sen historia")
    expect(card.get_by_role("table")).to_contain_text("reservissä")
    assert_accessible(page, "a volunteer in the bank, with history", "fi", WIDTHS["desktop"])
    card.get_by_role("button", name="Palauta aktiiviseksi").click()
    expect(page.get_by_role("status")).to_contain_text("on taas aktiivinen")

    page.get_by_role("region", name="Tila ja sen historia").get_by_role(
        "link", name="Tauota…"
    ).click()
    last_day = (timezone.localdate() + datetime.timedelta(days=21)).isoformat()
    page.get_by_label("Tauon viimeinen päivä").fill(last_day)
    page.get_by_role("button", name="Tauota", exact=True).click()
    expect(page.get_by_text("Tämä kenttä on pakollinen.")).to_be_visible()
    expect(page.get_by_label("Tauon viimeinen päivä")).to_have_value(last_day)
    for width in WIDTHS.values():
        page.set_viewport_size({"width": width, "height": 900})
        assert_accessible(page, "pausing, a reason missing", "fi", width)
    page.get_by_label(re.compile("^Syy")).fill("Pyysi puhelimessa taukoa matkan ajaksi.")
    page.get_by_role("button", name="Tauota", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("on nyt tauolla")
    card = page.get_by_role("region", name="Tila ja sen historia")
    expect(card).to_contain_text("Pyysi puhelimessa taukoa matkan ajaksi.")
    expect(card).to_contain_text("Kaisa Koordinaattori")

    card.get_by_role("button", name="Palauta aktiiviseksi").click()
    expect(page.get_by_role("status")).to_contain_text("on taas aktiivinen")
    rows = page.get_by_role("region", name="Tila ja sen historia").get_by_role("row")
    expect(rows.nth(1)).to_contain_text("tauolla → aktiivinen")
    expect(rows.nth(2)).to_contain_text("aktiivinen → tauolla")
    page.context.close()


def test_a_volunteer_takes_a_break_in_swedish_on_a_phone_and_comes_back(page: Page):
    page.set_viewport_size(PHONE)
    page.goto(MY_VOLUNTEERING_SV)
    page.get_by_label("E-post").fill("volunteer")  # the demo logins are user names
    page.get_by_label("Lösenord").fill("talkoo-demo")
    page.get_by_role("main").get_by_role("button", name="Logga in").click()
    page.wait_for_url(f"**{MY_VOLUNTEERING_SV}")

    page.get_by_role("link", name="Ta en paus").click()
    assert_accessible(page, "taking a break", "sv", PHONE["width"])
    yesterday = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
    page.get_by_label("Sista dagen av min paus").fill(yesterday)
    page.get_by_label("Ett meddelande till koordinatorn (om du vill)").fill("Jag reser bort.")
    page.get_by_role("button", name="Börja min paus").click()
    expect(page.get_by_role("alert")).to_contain_text("Dagen har redan passerat.")
    expect(page.get_by_label("Ett meddelande till koordinatorn (om du vill)")).to_have_value(
        "Jag reser bort."
    )
    assert_accessible(page, "taking a break, a day in the past", "sv", PHONE["width"])

    last_day = timezone.localdate() + datetime.timedelta(days=14)
    page.get_by_label("Sista dagen av min paus").fill(last_day.isoformat())
    page.get_by_role("button", name="Börja min paus").click()
    page.wait_for_url(f"**{MY_VOLUNTEERING_SV}")
    expect(page.get_by_role("status")).to_contain_text("Din paus har börjat.")
    expect(page.get_by_role("heading", name="Ditt frivilliguppdrag är pausat")).to_be_visible()
    with translation.override("sv"):
        written = formats.date_format(last_day, "DATE_FORMAT")
    expect(page.get_by_text("Din paus varar till och med")).to_contain_text(written)
    assert_accessible(page, "my volunteering on a break", "sv", PHONE["width"])

    page.get_by_role("button", name="Jag är tillbaka och fortsätter som frivillig").click()
    expect(page.get_by_role("status")).to_contain_text("Välkommen tillbaka!")
    expect(page.get_by_role("link", name="Ta en paus")).to_be_visible()
    assert_accessible(page, "my volunteering, back from a break", "sv", PHONE["width"])
