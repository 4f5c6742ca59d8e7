"""A resident signs up in Swedish on a phone, a coordinator takes them through onboarding in
the workflow UI, and the new volunteer accepts the agreement and sees themselves active. No
page the coordinator sees shows viewflow's id table."""

import re

from playwright.sync_api import Browser, Page, expect

from tests.e2e.pages import demo_path
from tests.e2e.workplace import assert_plain_finnish

NAME, EMAIL, PASSWORD = "Linnea Holm", "linnea.holm@vapaaehtoiset.example", "vinterljus-2026"
# viewflow's task lists still link each step as "#6/25"; issue 13's one-click take in the
# queues (another branch) replaces that list. Everything else the coordinator sees is checked.


def sign_up_in_swedish(page: Page):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(demo_path("sign_up", "sv"))
    page.get_by_label("Förnamn").fill("Linnea")
    page.get_by_label("Efternamn").fill("Holm")
    page.get_by_label("E-post").fill(EMAIL)
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_label("Vilket språk ska vi använda med dig?").select_option(label="svenska")
    page.get_by_role("group", name="Vilken slags hjälp kunde du ge?").get_by_label(
        "Vänverksamhet"
    ).check()
    page.get_by_role("group", name="Var kunde du hjälpa?").get_by_label("Centrum").check()
    page.get_by_label(re.compile("Jag har läst dataskyddsbeskrivningen")).check()
    page.get_by_role("button", name="Anmäl dig som frivillig").click()
    expect(page.get_by_role("status")).to_contain_text("Tack för din anmälan!")


def log_in_to_my_volunteering(page: Page):
    page.goto("/sv/mitt-frivilligarbete/")
    page.get_by_label("E-post").fill(EMAIL)
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Logga in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mitt frivilligarbete")


def take_the_next_step(page: Page, title: str):
    """From the queue, take the applicant's task titled `title` and open its form: one click."""
    page.goto("/workflows/onboarding/queue/")
    assert_plain_finnish(page)
    row = page.get_by_role("row").filter(has_text=NAME).filter(has_text=title)
    row.get_by_role("button", name=re.compile("^Ota itselle ja avaa")).click()
    page.wait_for_url(re.compile(r"/execute/$"))
    expect(page.get_by_role("heading", name=title, exact=True)).to_be_visible()
    assert_plain_finnish(page)


def finish(page: Page):
    page.get_by_role("button", name="Tallenna ja palaa").click()
    page.wait_for_url(lambda url: not url.endswith("/execute/"))
    expect(page.get_by_role("link", name="Omat tehtävät 0")).to_be_visible()
    assert_plain_finnish(page)


def test_sign_up_onboarding_and_agreement(page: Page, browser: Browser, base_url):
    sign_up_in_swedish(page)
    log_in_to_my_volunteering(page)
    expect(page.get_by_role("heading", name="Din ansökan väntar på att bli läst")).to_be_visible()

    staff = browser.new_context(base_url=base_url, locale="fi-FI").new_page()
    staff.goto("/admin/login/?next=/workflows/onboarding/queue/")
    staff.get_by_label("Käyttäjätunnus").fill("coordinator")
    staff.get_by_label(re.compile("Salasana|Password")).fill("talkoo-demo")
    staff.get_by_role("button", name="Kirjaudu sisään").click()

    take_the_next_step(staff, "Käsittele hakemus")
    staff.get_by_label("Hyväksy: kutsu tutustumistapaamiseen").check()
    finish(staff)

    take_the_next_step(staff, "Sovi tutustumistapaaminen")
    staff.get_by_label("Tapaamisen aika").fill("2030-01-15T14:00")
    staff.get_by_label("Tapaamispaikka").fill("Biblioteket")
    finish(staff)

    page.reload()
    expect(page.get_by_text("Biblioteket")).to_be_visible()

    take_the_next_step(staff, "Kirjaa tapaamisen tulos")
    staff.get_by_label("Jatka: vapaaehtoinen sopii tehtäviin").check()
    finish(staff)

    take_the_next_step(staff, "Merkitse perehdytys suoritetuksi")
    finish(staff)

    page.reload()
    expect(page.get_by_role("heading", name="Ett steg kvar: frivilligavtalet")).to_be_visible()
    page.get_by_role("button", name="Godkänn avtalet").click()
    expect(page.get_by_role("alert")).to_contain_text("Kryssa i rutan")
    page.get_by_label("Jag har läst frivilligavtalet").check()
    page.get_by_role("button", name="Godkänn avtalet").click()
    expect(page.get_by_role("heading", name="Du är aktiv frivillig")).to_be_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0

    # The applicant's onboarding as the coordinator reads it afterwards: finished, in words.
    staff.goto("/workflows/bank/")
    staff.get_by_role("searchbox", name="Hae").fill(NAME)
    staff.get_by_role("main").get_by_role("button", name="Hae").click()
    assert_plain_finnish(staff)
    staff.get_by_role("link", name=NAME).click()
    assert_plain_finnish(staff)
    staff.get_by_role("link", name=re.compile("Perehdytys")).first.click()
    expect(staff.get_by_role("heading", name="Mitä on tehty")).to_be_visible()
    assert_plain_finnish(staff)
