"""Hardening in a real browser: the public site, My volunteering and a resident's pages run
under the enforced Content-Security-Policy without a single violation; the bad-request page
passes the gate in both languages; a coordinator logs out from the toolbar of any screen, on
a phone too, and the toolbar passes the gate."""

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.accessibility import WIDTHS, assert_accessible
from tests.e2e.pages import demo_path
from tests.e2e.workplace import sign_in

PUBLIC = ["home", "sign_up", "help_request", "organisations", "gatherings"]


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_public_pages_run_under_the_enforced_policy_without_a_violation(page: Page, language):
    violations = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text and violations.append(message.text)
        ),
    )
    login = {"fi": "/fi/oma-vapaaehtoisuus/kirjaudu/", "sv": "/sv/mitt-frivilligarbete/logga-in/"}
    for address in [demo_path(key, language) for key in PUBLIC] + [login[language]]:
        response = page.goto(address)
        assert "default-src 'none'" in response.headers["content-security-policy"]
    assert violations == []


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_bad_request_page_passes_the_gate(page: Page, language, width):
    page.set_viewport_size({"width": width, "height": 900})
    response = page.goto(f"/{language}/?q=%00")
    assert response.status == 400
    assert_accessible(page, "bad request", language, width)


@pytest.mark.parametrize(("locale", "language"), [("fi-FI", "fi"), ("sv-SE", "sv")])
def test_a_coordinator_logs_out_from_the_toolbar_on_a_phone(
    browser: Browser, base_url, locale, language
):
    page = sign_in(browser, base_url, "coordinator", locale)
    page.set_viewport_size({"width": WIDTHS["phone"], "height": 900})
    page.goto("/workflows/help_inbox/")
    assert_accessible(page, "inbox with its log out button", language, WIDTHS["phone"])
    logout = page.get_by_role("button", name={"fi": "Kirjaudu ulos", "sv": "Logga ut"}[language])
    expect(logout.first).to_be_visible()
    logout.first.click()
    expect(page).to_have_url(re.compile(r"/admin/login/"))
    page.goto("/workflows/help_inbox/")
    expect(page).to_have_url(re.compile(r"/admin/login/\?next=/workflows/help_inbox/"))
    page.context.close()
