"""The accessibility gate the browser tests share: axe-core's WCAG 2.1 A and AA rules, no
sideways scrolling, at a desktop and a phone width; and the page speaks its own language
(nothing in English, no icon names read aloud, see language.py)."""

from axe_playwright_python.sync_playwright import Axe

from tests.e2e.language import assert_speaks

AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
WIDTHS = {"desktop": 1280, "phone": 360}
axe = Axe()


def assert_accessible(page, name, language, width):
    assert page.locator("html").get_attribute("lang") == language
    # Our error page passes every check: it must not pass for the page it stands in for.
    assert page.locator("body[data-server-error]").count() == 0, f"{name} failed on the server"
    assert_speaks(page, language)
    results = axe.run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()
    # WCAG 1.4.10 Reflow: nothing scrolls sideways on a 360 px phone.
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{name} ({language}) is {overflow} px wider than a {width} px screen"
