"""WCAG 2.1 A and AA checks with axe-core on every public page type, in both languages, at a
desktop and a phone width; and the home page used with the keyboard alone."""

import pytest
from playwright.sync_api import Page

from tests.e2e.accessibility import AXE_OPTIONS, WIDTHS, assert_accessible, axe
from tests.e2e.pages import demo_path

# Every public page type, plus the states of a page a visitor can bring about.
PAGES = {
    "home": lambda lang: demo_path("home", lang),
    "volunteering model": lambda lang: demo_path("volunteering_model", lang),
    "organisation index": lambda lang: demo_path("organisations", lang),
    "organisation index, filtered": lambda lang: (
        demo_path("organisations", lang) + "?network=" + {"fi": "seniorit", "sv": "seniorer"}[lang]
    ),
    "organisation": lambda lang: demo_path("organisation", lang),
    "news index": lambda lang: demo_path("news", lang),
    "news item": lambda lang: demo_path("news_item", lang),
    "content page": lambda lang: demo_path("accessibility_statement", lang),
    "search with results": lambda lang: demo_path("search", lang) + "?q=" + "talkoot",
    "search with an error": lambda lang: demo_path("search", lang) + "?q=" + "x" * 201,
    "page not found": lambda lang: f"/{lang}/ei-ole-olemassa/",
    "volunteer sign-up": lambda lang: demo_path("sign_up", lang),
    "help request": lambda lang: demo_path("help_request", lang),
    "gatherings": lambda lang: demo_path("gatherings", lang),
    "gatherings, filtered": lambda lang: demo_path("gatherings", lang) + "?kind=recreation",
    "gathering": lambda lang: demo_path("gathering", lang),
}


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize("name", PAGES)
def test_page_has_no_wcag_violations(page: Page, name, language, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(PAGES[name](language))
    assert_accessible(page, name, language, width)


MY_VOLUNTEERING = {"fi": "/fi/oma-vapaaehtoisuus/", "sv": "/sv/mitt-frivilligarbete/"}
MY_PAGES = {
    "my volunteering: agreement to accept": lambda page, lang: None,
    "my volunteering: agreement not ticked": lambda page, lang: page.get_by_role(
        "button", name={"fi": "Hyväksy sopimus", "sv": "Godkänn avtalet"}[lang]
    ).click(),
    "my volunteering: details": lambda page, lang: page.goto(
        MY_VOLUNTEERING[lang] + {"fi": "tiedot/", "sv": "uppgifter/"}[lang]
    ),
    "my volunteering: leaving": lambda page, lang: page.goto(
        MY_VOLUNTEERING[lang] + {"fi": "lopeta/", "sv": "avsluta/"}[lang]
    ),
}


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("language", ["fi", "sv"])
def test_my_volunteering_pages_have_no_wcag_violations(page: Page, language, width):
    """The demo `applicant` waits to accept the agreement: every state of their pages."""
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(MY_VOLUNTEERING[language])
    assert_accessible(page, "my volunteering: log in", language, width)
    page.locator("#id_username").fill("applicant")
    page.locator("#id_password").fill("talkoo-demo")
    page.get_by_role("main").locator("button[type=submit]").click()
    for name, go in MY_PAGES.items():
        page.goto(MY_VOLUNTEERING[language])
        go(page, language)
        assert_accessible(page, name, language, width)


SECTIONS = {
    "fi": ("Vastaustasi odottavat tarjoukset", "Käynnissä olevat tehtävät"),
    "sv": ("Erbjudanden som väntar på ditt svar", "Pågående uppdrag"),
}


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("language", ["fi", "sv"])
def test_a_volunteers_offers_and_tasks_have_no_wcag_violations(page: Page, language, width):
    """The demo `volunteer` has an offer waiting and a task to report: home, both pages."""
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(MY_VOLUNTEERING[language])
    page.locator("#id_username").fill("volunteer")
    page.locator("#id_password").fill("talkoo-demo")
    page.get_by_role("main").locator("button[type=submit]").click()
    assert_accessible(page, "my volunteering: offers and tasks", language, width)
    for section in SECTIONS[language]:
        page.goto(MY_VOLUNTEERING[language])
        page.get_by_role("region", name=section).get_by_role("link").first.click()
        assert_accessible(page, f"my volunteering: {section}", language, width)


FOCUSABLE = (
    "a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex='-1'])"
)
FOCUS_STATE = """el => {
    const s = getComputedStyle(el);
    return {outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
            shadow: s.boxShadow !== 'none', background: s.backgroundColor};
}"""


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("language", ["fi", "sv"])
def test_sign_up_form_with_errors_has_no_wcag_violations(page: Page, language, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(demo_path("sign_up", language))
    page.get_by_role(
        "button",
        name={"fi": "Ilmoittaudu vapaaehtoiseksi", "sv": "Anmäl dig som frivillig"}[language],
    ).click()
    assert page.get_by_role("alert").is_visible()
    results = axe.run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def test_every_control_on_the_home_page_is_reachable_by_tab_with_visible_focus(page: Page):
    page.goto(demo_path("home", "fi"))
    expected = page.evaluate(
        f"""() => [...document.querySelectorAll("{FOCUSABLE}")]
            .filter(el => el.offsetParent !== null || el.classList.contains('skip-link'))
            .map(el => el.outerHTML)"""
    )
    reached = []
    for _ in range(len(expected) + 5):
        page.keyboard.press("Tab")
        focused = page.evaluate_handle("document.activeElement")
        html = focused.evaluate("el => el.outerHTML")
        if html in reached or focused.evaluate("el => el === document.body"):
            break
        reached.append(html)
        state = focused.evaluate(FOCUS_STATE)
        assert state["outline"] or state["shadow"], f"no visible focus indicator on {html[:120]}"
    assert reached[0].startswith('<a class="skip-link"'), "the skip link comes first"
    missing = [html[:120] for html in expected if html not in reached]
    assert not missing, f"not reachable with Tab: {missing}"


def test_skip_link_moves_focus_to_the_main_content(page: Page):
    page.goto(demo_path("home", "sv"))
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Hoppa till huvudinnehållet")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
