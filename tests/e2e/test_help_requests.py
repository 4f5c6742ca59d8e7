"""Help requests in the browser: a relative asks for help in Swedish on a phone; a
coordinator takes a request by phone and matches it; the volunteer accepts and reports hours
on a phone, and the coordinator closes it. axe checks the intake form, the receipt and the
resident's page as they go; no page the coordinator sees shows viewflow's id table."""

import datetime
import re

from playwright.sync_api import Browser, Page, expect

from tests.e2e.accessibility import assert_accessible
from tests.e2e.pages import demo_path
from tests.e2e.workplace import assert_plain_finnish

PHONE = {"width": 360, "height": 800}


def in_a_week():
    return (datetime.date.today() + datetime.timedelta(days=7)).isoformat()


def test_a_relative_asks_for_help_in_swedish_on_a_phone(page: Page):
    page.set_viewport_size(PHONE)
    page.goto(demo_path("help_request", "sv"))
    assert_accessible(page, "help request form", "sv", PHONE["width"])

    page.get_by_role("group", name="Vem behöver hjälp?").get_by_label("åt en anhörig").check()
    page.get_by_label("Ditt namn").fill("Maria Lind")
    page.get_by_label("Namn på den som behöver hjälp").fill("Greta Lind")
    page.get_by_role("group", name="Vilken slags hjälp behövs?").get_by_label(
        "Inköps- och apoteksärenden"
    ).check()
    page.get_by_label("Berätta kort vilken hjälp som behövs").fill(
        "Matinköp varje måndag. <script>alert(1)</script>"
    )
    page.get_by_label("I vilket område?").select_option(label="Centrum")
    page.get_by_label("Gatuadress").fill("Kyrkogatan 3")
    page.get_by_label("Vilken dag?").fill(in_a_week())
    page.get_by_role("group", name="Vid vilken tid på dagen?").get_by_label("förmiddag").check()
    page.get_by_label(re.compile("Jag har läst dataskyddsbeskrivningen")).check()

    # Forgot the contact details and Greta's consent: told by the fields, nothing lost.
    page.get_by_role("button", name="Skicka hjälpbegäran").click()
    expect(page.get_by_text("Ange ett telefonnummer eller en e-postadress").first).to_be_visible()
    expect(page.get_by_label("Ditt namn")).to_have_value("Maria Lind")
    assert_accessible(page, "help request form with errors", "sv", PHONE["width"])

    page.get_by_label("Den som behöver hjälp känner till hjälpbegäran").check()
    page.get_by_label("Telefonnummer", exact=True).fill("040 000 3333")
    page.get_by_role("button", name="Skicka hjälpbegäran").click()

    expect(page.get_by_role("status")).to_contain_text("Tack, din hjälpbegäran har tagits emot.")
    expect(page.get_by_text("mottagen").first).to_be_visible()
    # What was typed comes back as text, never as markup.
    expect(page.get_by_text("<script>alert(1)</script>", exact=False)).to_be_visible()
    assert_accessible(page, "help request receipt", "sv", PHONE["width"])

    page.get_by_role("link", name="Avbryt hjälpbegäran").click()
    assert_accessible(page, "cancel a help request", "sv", PHONE["width"])
    page.get_by_role("button", name="Ja, avbryt hjälpbegäran").click()
    expect(page.get_by_text("Din hjälpbegäran har avbrutits.")).to_be_visible()
    assert_accessible(page, "a cancelled help request", "sv", PHONE["width"])


def log_in_staff(browser: Browser, base_url, username):
    staff = browser.new_context(base_url=base_url, locale="fi-FI").new_page()
    staff.goto("/admin/login/?next=/workflows/")
    staff.get_by_label("Käyttäjätunnus").fill(username)
    staff.get_by_label(re.compile("Salasana|Password")).fill("talkoo-demo")
    staff.get_by_role("button", name="Kirjaudu sisään").click()
    expect(staff.get_by_role("heading", name="Odottavat avunpyynnöt")).to_be_visible()
    assert_plain_finnish(staff)
    return staff


def claim(staff: Page, number, step):
    """From the inbox, claim request `number` waiting at `step` and open its form."""
    staff.goto("/workflows/help_inbox/")
    assert_plain_finnish(staff)
    row = staff.get_by_role("row").filter(has_text=f"{number}").filter(has_text=step)
    row.get_by_role("button", name="Ota itselle ja avaa").click()
    staff.wait_for_url(re.compile(r"/execute/$"))
    assert_plain_finnish(staff)


def complete(staff: Page, button="Tallenna ja palaa"):
    """Complete the open step; the coordinator is back where they came from."""
    staff.get_by_role("button", name=button, exact=True).click()
    staff.wait_for_url(lambda url: not url.endswith("/execute/"))
    assert_plain_finnish(staff)


def test_a_phone_request_is_matched_reported_on_a_phone_and_closed(
    page: Page, browser: Browser, base_url
):
    staff = log_in_staff(browser, base_url, "coordinator")
    try:
        take_match_report_and_close(staff, page)
    except Exception:
        staff.screenshot(path="test-results/coordinator-at-failure.png", full_page=True)
        raise


def take_match_report_and_close(staff: Page, page: Page):
    staff.get_by_role("link", name="Ota avunpyyntö puhelimessa").click()
    assert_plain_finnish(staff)
    staff.get_by_label("Soittajan nimi").fill("Eino Esimerkki")
    staff.get_by_label("Kauppa- ja apteekkiasiointi").check()
    staff.get_by_label("Kerro lyhyesti, millaista apua tarvitaan").fill("Apteekkiasiointi.")
    staff.get_by_label(re.compile("Millä alueella")).select_option(label="Keskusta")
    staff.get_by_label("Katuosoite").fill("Puistokatu 9")
    staff.get_by_label("Minä päivänä?").fill(in_a_week())
    staff.get_by_label("ilta", exact=True).check()
    staff.get_by_label("Puhelinnumero", exact=True).fill("040 000 4444")
    staff.get_by_label(re.compile("Luin kuntalaiselle tietosuojaselosteen")).check()
    staff.get_by_role("button", name="Tallenna", exact=True).click()
    staff.wait_for_url(lambda url: "/start_phone/" not in url)
    assert_plain_finnish(staff)  # the request's own page

    number = staff.evaluate("() => (document.body.innerText.match(/Avunpyyntö (\\d+)/) || [])[1]")
    assert number, "the saved request's number is shown"
    claim(staff, number, "Arvioi avunpyyntö")
    staff.get_by_label("Hyväksy: etsi vapaaehtoinen").check()
    complete(staff)

    claim(staff, number, "Etsi vapaaehtoinen")
    staff.get_by_label(re.compile("Ville Vapaaehtoinen")).check()
    complete(staff, "Tarjoa valitulle vapaaehtoiselle")

    # Ville, on his phone, accepts in My volunteering and reports the visit.
    page.set_viewport_size(PHONE)
    page.goto("/fi/oma-vapaaehtoisuus/")
    page.locator("#id_username").fill("volunteer")
    page.locator("#id_password").fill("talkoo-demo")
    page.get_by_role("main").get_by_role("button", name="Kirjaudu sisään").click()
    offers = page.get_by_role("region", name="Vastaustasi odottavat tarjoukset")
    offers.get_by_role("link").filter(has_text="Keskusta").last.click()
    expect(page.get_by_text("Puistokatu 9")).to_have_count(0)  # not before accepting
    page.get_by_role("button", name="Kyllä, autan").click()
    expect(page.get_by_text("Puistokatu 9")).to_be_visible()
    page.get_by_label("Montako tuntia siihen meni?").fill("1,5")
    page.get_by_label("Apu annettiin").check()
    page.get_by_role("button", name="Lähetä raportti").click()
    expect(page.get_by_text("Raporttisi on välitetty koordinaattorille").first).to_be_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0

    # Back in the inbox the request waits to be closed; closing it ends the request.
    claim(staff, number, "Sulje avunpyyntö")
    staff.get_by_label("Sulje avunpyyntö", exact=True).check()
    complete(staff)
    staff.get_by_role("status").get_by_role("link", name="Katso vaiheet").click()
    expect(staff.get_by_text(re.compile("Päättyi .*; mitään ei odota"))).to_be_visible()
    assert_plain_finnish(staff)
