"""Trainings in the browser: a volunteer enrols in Swedish on a phone and takes the session
into their calendar; a coordinator marks the roll and opens an attendee's certificate. axe
checks the gathering pages and My volunteering as they go."""

import re
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from tests.e2e.accessibility import assert_accessible

PHONE = {"width": 360, "height": 800}
FIRST_AID_SV = "/sv/utbildningar/repetitionskurs-i-forsta-hjalp/"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-results"


def test_a_volunteer_enrols_in_swedish_on_a_phone_and_adds_it_to_the_calendar(page: Page):
    page.set_viewport_size(PHONE)
    page.goto("/sv/utbildningar/")
    assert_accessible(page, "gatherings", "sv", PHONE["width"])
    page.get_by_role("link", name="Repetitionskurs i första hjälpen").first.click()
    page.wait_for_url(f"**{FIRST_AID_SV}")
    assert_accessible(page, "a gathering, logged out", "sv", PHONE["width"])

    page.get_by_role("link", name="Logga in för att anmäla dig").first.click()
    page.get_by_label("E-post").fill("volunteer")  # the demo logins are user names
    page.get_by_label("Lösenord").fill("talkoo-demo")
    page.get_by_role("main").get_by_role("button", name="Logga in").click()
    page.wait_for_url(f"**{FIRST_AID_SV}")

    page.get_by_role("button", name="Anmäl dig").first.click()
    expect(page.get_by_role("status")).to_contain_text("Du är anmäld")
    expect(page.get_by_text("Du är anmäld till det här tillfället.")).to_be_visible()
    assert_accessible(page, "a gathering, enrolled", "sv", PHONE["width"])

    with page.expect_download() as download:
        page.get_by_role("link", name="Lägg till i din kalender (.ics-fil)").click()
    calendar = Path(download.value.path()).read_text()
    assert calendar.count("BEGIN:VEVENT") == 1
    assert "Repetitionskurs i första hjälpen" in calendar

    page.get_by_role("link", name="Se dina anmälningar på sidan Mitt frivilligarbete").click()
    expect(page.get_by_role("heading", name="Utbildningar och evenemang")).to_be_visible()
    expect(page.get_by_role("link", name="Repetitionskurs i första hjälpen").first).to_be_visible()
    assert_accessible(page, "My volunteering with enrolments", "sv", PHONE["width"])


def test_a_coordinator_marks_the_roll_and_opens_a_certificate(browser: Browser, base_url):
    staff = browser.new_context(base_url=base_url, locale="fi-FI").new_page()
    staff.goto("/admin/login/?next=/workflows/trainings/")
    staff.get_by_label("Käyttäjätunnus").fill("coordinator")
    staff.get_by_label(re.compile("Salasana|Password")).fill("talkoo-demo")
    staff.get_by_role("button", name="Kirjaudu sisään").click()

    # The first-aid refresher three days ago still waits for its roll.
    row = (
        staff.get_by_role("row")
        .filter(has_text="Ensiavun kertauskurssi")
        .filter(has_text="merkitsemättä")
    )
    row.get_by_role("link", name="Ensiavun kertauskurssi").click()
    boxes = staff.get_by_role("group", name="Kuka osallistui?").get_by_role("checkbox")
    expect(boxes.first).to_be_visible()
    count = boxes.count()
    for index in range(count - 1):  # everyone came but the last
        boxes.nth(index).check()
    staff.get_by_role("button", name="Tallenna läsnäolo").click()
    expect(staff.get_by_role("status")).to_contain_text(
        f"Läsnäolo tallennettu: {count} henkilöä merkitty."
    )

    certificate = staff.get_by_role("link", name=re.compile(r"^Todistus: .* \(PDF\)$")).first
    response = staff.request.get(certificate.get_attribute("href"))
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "training-certificate.pdf").write_bytes(response.body())
