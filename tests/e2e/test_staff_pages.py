"""The coordinators' own screens pass the accessibility gate on a desktop and a phone: the
inbox, the knowledge bank's lists, the trainings, and each flow's dashboard and queue."""

import pytest
from playwright.sync_api import Browser

from tests.e2e.accessibility import WIDTHS, assert_accessible

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


@pytest.mark.parametrize(("locale", "language"), [("fi-FI", "fi"), ("sv-SE", "sv")])
def test_the_coordinators_screens_pass_the_gate(browser: Browser, base_url, locale, language):
    page = browser.new_context(base_url=base_url, locale=locale).new_page()
    page.goto("/admin/login/")
    page.locator("#id_username").fill("coordinator")
    page.locator("#id_password").fill("talkoo-demo")
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/workflows/help_inbox/")
    for width in WIDTHS.values():
        page.set_viewport_size({"width": width, "height": 900})
        for url in STAFF_PAGES:
            page.goto(url)
            assert_accessible(page, url, language, width)
    page.context.close()
