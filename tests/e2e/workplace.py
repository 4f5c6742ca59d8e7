"""What the browser tests share about the coordinators' workplace: a staff member signed in at
the one door, and the check that a page shows none of viewflow's id tables.

viewflow's own pages list a process's tasks as "164/968" (process/task) and its task lists as
"#164/968" links: numbers that mean nothing to a coordinator (issue 13). Our process page
tells the same in words; a journey checks every page it visits for such cells, and for English
(language.py).
"""

import re
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Page

from tests.e2e.language import assert_speaks

PASSWORD = "talkoo-demo"
VIEWFLOW_ID = re.compile(r"#?\d+/\d+")


def sign_in(browser: Browser, base_url, username, locale="fi-FI") -> Page:
    """A fresh browser for `username`, signed in at /admin/login/. It asks for reduced motion,
    as some coordinators do: the toast then appears without a fade, in which axe would catch it
    at a contrast it does not have once shown."""
    context = browser.new_context(base_url=base_url, locale=locale, reduced_motion="reduce")
    page = context.new_page()
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_load_state()
    return page


def viewflow_ids(page: Page):
    """The table cells of the page that hold nothing but a viewflow process/task id."""
    cells = (text.strip() for text in page.locator("td, th").all_inner_texts())
    return [text for text in cells if VIEWFLOW_ID.fullmatch(text)]


def assert_no_viewflow_id_table(page: Page):
    ids = viewflow_ids(page)
    assert not ids, f"{urlsplit(page.url).path} shows viewflow's ids: {', '.join(ids[:5])}"


def assert_plain_finnish(page: Page):
    """A coordinator's page in a Finnish journey: no viewflow id table, nothing in English."""
    assert_no_viewflow_id_table(page)
    assert_speaks(page, "fi")
