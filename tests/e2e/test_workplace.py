"""Two coordinators go for the same step: the second is told who took it, in their language,
on a page that passes the accessibility gate on a desktop and on a phone."""

import re

from playwright.sync_api import Browser, Page, expect

from tests.e2e.accessibility import WIDTHS, assert_accessible


def log_in_as_staff(page: Page, username: str, then: str):
    page.goto(f"/admin/login/?next={then}")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill("talkoo-demo")
    page.locator("form button[type=submit]").click()


def test_a_coordinator_who_comes_second_to_a_thanks_is_told_who_took_it(
    page: Page, browser: Browser, base_url
):
    log_in_as_staff(page, "coordinator", "/workflows/thanks/queue/")
    row = page.get_by_role("row").filter(has_text="Tee kiitoksesta henkilökohtainen").first
    row.get_by_role("button", name=re.compile("^Ota itselle ja avaa")).click()
    page.wait_for_url(re.compile(r"/execute/$"))
    claim = page.url.replace("/execute/", "/assign/")

    second = browser.new_context(base_url=base_url, locale="sv-SE").new_page()
    log_in_as_staff(second, "admin", claim)
    for width in WIDTHS.values():
        second.set_viewport_size({"width": width, "height": 900})
        second.goto(claim)
        expect(second.get_by_role("heading", level=1)).to_have_text(
            "En annan koordinator tog det här steget först"
        )
        expect(second.get_by_role("alert")).to_contain_text("Kaisa Koordinaattori")
        assert_accessible(second, "a step taken first by another", "sv", width)
    second.context.close()
