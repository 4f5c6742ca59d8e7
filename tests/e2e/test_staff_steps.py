"""Every flow's step page, as a coordinator works it, passes the accessibility gate in Finnish
and Swedish at 1280 and 360 px: taking it, the step taken and open (its form beside the
case), its details, letting it go again, and the page the coordinator lands on, which says
so (in the page, or in viewflow's toast); and the pages that start a process by hand.

Taking a step changes what the other browser tests find, so each step taken here is let go
again (viewflow's "unassign"), also when a check fails: the demo waits as it did, whatever
order the tests run in.
"""

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.accessibility import WIDTHS, assert_accessible
from tests.e2e.workplace import sign_in

LANGUAGES = [("fi-FI", "fi"), ("sv-SE", "sv")]
FLOWS = {  # the workplace's address of each flow, and where its flow class lives
    "helprequest": "help_requests/flows.HelpRequestFlow",
    "onboarding": "onboarding/flows.OnboardingFlow",
    "thanks": "thanks/flows.ThanksFlow",
    "certificaterequest": "certificates/flows.CertificateRequestFlow",
}
# The demo has a request, an applicant, a thanks and a certificate waiting at each of these.
STEPS = [
    ("helprequest", "triage"),
    ("helprequest", "match"),
    ("helprequest", "follow_up"),
    ("helprequest", "close"),
    ("onboarding", "review"),
    ("onboarding", "schedule_meeting"),
    ("onboarding", "meeting_outcome"),
    ("onboarding", "sight_extract"),
    ("onboarding", "orientation"),
    ("thanks", "personalise"),
    ("certificaterequest", "decide"),
]
TAKE = {"fi": "Ota itselle ja avaa", "sv": "Ta och öppna"}
LET_GO = {"fi": "Luovu tehtävästä", "sv": "Släpp uppgiften"}
LET_GONE = {"fi": "Olet luopunut tehtävästä", "sv": "har släppts"}


def waiting_step(page: Page, flow, node):
    """The address of the first step `node` of `flow` waiting in the coordinators' queue."""
    page.goto(f"/workflows/{flow}/queue/?flow_task={FLOWS[flow]}.{node}")
    # A waiting step's row takes it in one click: a form posting to the step's address.
    take = page.locator(f"form[action*='/workflows/{flow}/'][action*='/{node}/']").first
    return re.search(rf"/workflows/{flow}/\d+/{node}/\d+/", take.get_attribute("action"))[0]


def gate(page: Page, name, language):
    for width in WIDTHS.values():
        page.set_viewport_size({"width": width, "height": 900})
        assert_accessible(page, name, language, width)


@pytest.mark.parametrize(("flow", "node"), STEPS, ids=[f"{f}.{n}" for f, n in STEPS])
@pytest.mark.parametrize(("locale", "language"), LANGUAGES)
def test_a_step_taken_and_let_go_passes_the_gate(
    browser: Browser, base_url, locale, language, flow, node
):
    page = sign_in(browser, base_url, "coordinator", locale)
    step = waiting_step(page, flow, node)
    page.goto(f"{step}assign/")
    gate(page, f"{node}: taking it", language)
    page.goto(f"{step}detail/")
    gate(page, f"{node}: its details", language)
    page.get_by_role("button", name=TAKE[language]).click()
    page.wait_for_url(f"**{step}execute/")
    try:
        gate(page, f"{node}: taken and open", language)
        page.goto(f"{step}detail/")
        gate(page, f"{node}: its details, taken", language)
        page.goto(f"{step}unassign/")
        gate(page, f"{node}: letting it go", language)
    finally:
        if not page.url.endswith("/unassign/"):
            page.goto(f"{step}unassign/")
        page.get_by_role("button", name=LET_GO[language]).click()
        page.wait_for_url(lambda url: not url.endswith("/unassign/"))
    expect(
        page.get_by_role("status").filter(has_text=re.compile(LET_GONE[language]))
    ).to_be_visible()
    gate(page, f"{node}: let go, and told so", language)
    page.context.close()


START_PAGES = {
    "a request taken by phone": "/workflows/helprequest/start_phone/",
    "a thanks by hand": "/workflows/thanks/start_by_hand/",
    "thanks for a campaign": "/workflows/thanks/campaign/",
}


@pytest.mark.parametrize(("locale", "language"), LANGUAGES)
def test_the_pages_that_start_a_process_pass_the_gate(browser: Browser, base_url, locale, language):
    page = sign_in(browser, base_url, "coordinator", locale)
    for name, url in START_PAGES.items():
        page.goto(url)
        gate(page, name, language)
    page.context.close()
