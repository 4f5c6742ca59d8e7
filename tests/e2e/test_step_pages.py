"""A coordinator's step pages in a real browser: the triage form with and without JavaScript
(every field and which decision it is for; with script, only what the chosen decision needs),
the onboarding board, and the coordinator's onboarding journey from the queue, each step taken
and opened in one click, its clicks counted.

The tests share the demo's data and change it: the board takes the newest application's
review, the journey then the newest one left in the queue."""

import re

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from tests.e2e.accessibility import WIDTHS, assert_accessible

TRIAGE = "Arvioi avunpyyntö"


def log_in(browser: Browser, base_url, **context) -> Page:
    page = browser.new_context(base_url=base_url, locale="fi-FI", **context).new_page()
    page.goto("/admin/login/")
    page.locator("#id_username").fill("coordinator")
    page.locator("#id_password").fill("talkoo-demo")
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/workflows/help_inbox/")
    return page


def take_a_triage(page: Page):
    """From the inbox, take the first request waiting for triage that nobody holds: one click."""
    take = page.get_by_role("button", name=re.compile("^Ota itselle ja avaa"))
    page.get_by_role("row").filter(has_text=TRIAGE).filter(has=take).first.locator(take).click()
    page.wait_for_url(re.compile(r"/triage/\d+/execute/$"))
    expect(page.get_by_role("heading", name=TRIAGE, level=1)).to_be_visible()


def test_without_javascript_the_triage_form_shows_every_field_and_whose_it_is(
    browser: Browser, base_url
):
    page = log_in(browser, base_url, java_script_enabled=False)
    take_a_triage(page)

    question = page.get_by_label("Kysymys kuntalaiselle")
    for label in ("Kysymys kuntalaiselle", "Ohjaus", "Osoite, jossa apua tarvitaan"):
        expect(page.get_by_label(label)).to_be_visible()
    expect(question).to_have_accessible_description(
        re.compile("^Vain päätökselle ”Pyydä kuntalaiselta lisätietoja”.")
    )
    expect(page.get_by_label("Ohjaus")).to_have_accessible_description(
        re.compile("^Vain päätökselle ”Ohjaa ammattilaisten palveluihin”.")
    )

    page.get_by_label("Pyydä kuntalaiselta lisätietoja").check()
    page.get_by_label("Muistiinpanot koordinaattoreille").fill("Soitti kahdesti.")
    page.get_by_role("button", name="Tallenna ja palaa").click()

    expect(page.get_by_role("alert")).to_contain_text("Kysymys kuntalaiselle: Kirjoita")
    expect(page.get_by_label("Muistiinpanot koordinaattoreille")).to_have_value("Soitti kahdesti.")
    expect(page.get_by_label("Pyydä kuntalaiselta lisätietoja")).to_be_checked()
    question.fill("Tarvitaanko apua myös viikonloppuna?")
    page.get_by_role("button", name="Tallenna ja palaa").click()
    page.wait_for_url("**/workflows/help_inbox/")
    page.context.close()


def test_with_javascript_the_triage_form_shows_only_what_the_decision_needs(
    browser: Browser, base_url
):
    page = log_in(browser, base_url)
    take_a_triage(page)  # through Turbo, as viewflow's pages change: the script still runs
    question, referral = page.get_by_label("Kysymys kuntalaiselle"), page.get_by_label("Ohjaus")
    notes = page.get_by_label("Muistiinpanot koordinaattoreille")

    for field in (question, referral, page.get_by_label("Osoite, jossa apua tarvitaan")):
        expect(field).to_be_hidden()
    expect(notes).to_be_visible()  # for every decision
    last_decision = page.get_by_label("Hylkää roskapostina")
    last_decision.focus()
    page.keyboard.press("Tab")  # past the hidden fields: they cannot be reached
    expect(notes).to_be_focused()

    ask = page.get_by_label("Pyydä kuntalaiselta lisätietoja")
    ask.check()
    expect(question).to_be_visible()
    expect(referral).to_be_hidden()
    expect(page.locator("form [role=status]")).to_have_text(
        "Tämän päätöksen kentät: Kysymys kuntalaiselle."
    )
    expect(ask).to_have_attribute("aria-controls", "id_question_box")
    page.get_by_role("button", name="Tallenna ja palaa").click()
    expect(page.get_by_role("alert")).to_contain_text("Kysymys kuntalaiselle: Kirjoita")
    expect(question).to_be_visible()  # the answer chosen is kept, and its field shown
    expect(referral).to_be_hidden()
    for width in WIDTHS.values():
        page.set_viewport_size({"width": width, "height": 900})
        assert_accessible(page, "the triage step", "fi", width)

    page.get_by_label("Hyväksy: etsi vapaaehtoinen").check()
    expect(page.get_by_label("Osoite, jossa apua tarvitaan")).to_be_visible()
    expect(question).to_be_hidden()
    page.get_by_role("button", name="Tallenna ja palaa").click()
    page.wait_for_url("**/workflows/help_inbox/")
    page.context.close()


@pytest.mark.parametrize("width", WIDTHS.values())
def test_the_onboarding_board_puts_the_longest_waiting_first_and_marks_the_stalled(
    browser: Browser, base_url, width
):
    page = log_in(browser, base_url)
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/workflows/onboarding/")

    reviews = page.locator(".column").filter(has_text="Käsittele hakemus").locator(".board__card")
    # The demo's stalled applications have waited longest: they come first, marked.
    expect(reviews.first.get_by_text("jumissa", exact=True)).to_be_visible()
    expect(reviews.last.get_by_text("jumissa", exact=True)).to_have_count(0)
    # Holders by name, never a user name such as "hanna.järvinen.7".
    expect(
        page.locator(".vf-dashboard").get_by_text(re.compile(r"[^\s.]+\.[^\s.]+\.\d"))
    ).to_have_count(0)
    assert_accessible(page, "the onboarding board", "fi", width)

    if width == WIDTHS["desktop"]:
        last = reviews.last
        name = last.get_by_role("heading").inner_text()
        last.get_by_role("button", name=re.compile("^Ota itselle ja avaa")).click()
        expect(page.get_by_role("heading", name="Käsittele hakemus", level=1)).to_be_visible()
        expect(page.locator(".vf-card__breadcrumbs")).to_contain_text(name)
    page.context.close()


class Clicks:
    """The coordinator's clicks, counted (typing is not a click)."""

    def __init__(self):
        self.count = 0

    def __call__(self, target: Locator):
        self.count += 1
        target.click()


def test_the_coordinators_onboarding_journey_takes_eight_clicks(browser: Browser, base_url):
    page = log_in(browser, base_url)
    click = Clicks()
    page.goto("/workflows/onboarding/queue/")
    reviews = page.get_by_role("row").filter(has_text="Käsittele hakemus")
    # The newest application: the queue lists the longest waiting first.
    applicant = reviews.last.get_by_role("cell").nth(2).inner_text()

    def take(step):
        row = page.get_by_role("row").filter(has_text=applicant).filter(has_text=step)
        click(row.get_by_role("button", name=re.compile("^Ota itselle ja avaa")))
        expect(page.get_by_role("heading", name=step, level=1)).to_be_visible()

    take("Käsittele hakemus")
    click(page.get_by_label("Hyväksy: kutsu tutustumistapaamiseen"))
    click(page.get_by_role("button", name="Tallenna ja ota seuraava vaihe"))
    expect(page.get_by_role("heading", name="Sovi tutustumistapaaminen")).to_be_visible()
    page.get_by_label("Tapaamisen aika").fill("2030-01-15T14:00")
    page.get_by_label("Tapaamispaikka").fill("Kirjasto")
    # The meeting's outcome waits for the meeting: nothing to take straight after.
    expect(page.get_by_role("button", name="Tallenna ja ota seuraava vaihe")).to_have_count(0)
    click(page.get_by_role("button", name="Tallenna ja palaa"))
    page.wait_for_url("**/workflows/onboarding/queue/")

    take("Kirjaa tapaamisen tulos")
    click(page.get_by_label("Jatka: vapaaehtoinen sopii tehtäviin"))
    click(page.get_by_role("button", name="Tallenna ja ota seuraava vaihe"))
    expect(page.get_by_role("heading", name="Merkitse perehdytys suoritetuksi")).to_be_visible()
    click(page.get_by_role("button", name="Tallenna ja palaa"))
    page.wait_for_url("**/workflows/onboarding/queue/")

    expect(page.get_by_role("row").filter(has_text=applicant)).to_have_count(0)
    # Before: per step a link, "Ota itselle ja jatka" on a page between, the decision and
    # "Suorita": 14 clicks for these four steps.
    assert click.count == 8
    page.context.close()
