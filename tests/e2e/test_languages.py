"""The editor's Wagtail screens speak Finnish and Swedish: nothing in English from Wagtail's
or wagtail-localize's catalogues' gaps (our locale/upstream/ fills them), no English words
written into a template, no icon names read aloud. (The coordinators' screens get the same
check with the accessibility gate, see accessibility.py.)"""

import re

import pytest
from playwright.sync_api import Browser

from tests.e2e.language import assert_speaks
from tests.e2e.test_door import sign_in

EDITOR_SCREENS = (
    "/admin/",
    "/admin/pages/",
    "/admin/snippets/",
    "/admin/images/",
    "/admin/documents/",
    "/admin/account/",
    "/admin/locales/",
    "/admin/reports/locked/",
)


@pytest.mark.parametrize(("locale", "language"), [("fi-FI", "fi"), ("sv-SE", "sv")])
def test_the_editors_screens_speak_the_editors_language(
    browser: Browser, base_url, locale, language
):
    page = browser.new_context(base_url=base_url, locale=locale).new_page()
    sign_in(page, "editor")
    for url in EDITOR_SCREENS:
        page.goto(url)
        assert_speaks(page, language)
    # Each language's home page: its list of pages and its editor.
    page.goto("/admin/pages/")
    homes = page.locator("a[href$='/edit/']").evaluate_all("links => links.map(a => a.href)")
    pages = sorted({re.search(r"/admin/pages/(\d+)/edit/", href)[1] for href in homes})
    assert len(pages) >= 2, "a Finnish and a Swedish home page"
    for pk in pages:
        for url in (f"/admin/pages/{pk}/", f"/admin/pages/{pk}/edit/"):
            page.goto(url)
            assert_speaks(page, language)
    page.context.close()
