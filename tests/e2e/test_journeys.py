"""What visitors and editors do, in a real browser, finding things by role and visible label.

A test that cannot find a field by its label has found an accessibility bug: fix the page.
"""

import re

from playwright.sync_api import Page, expect

from tests.e2e.accessibility import WIDTHS, assert_accessible
from tests.e2e.pages import demo_path

SWEDISH_NAV = {"main": "Huvudmeny", "language": "Språk"}
FINNISH_NAV = {"main": "Päävalikko", "language": "Kieli"}


def test_visitor_reads_the_model_in_finnish_then_switches_to_swedish(page: Page):
    page.goto("/fi/")
    page.get_by_role("navigation", name=FINNISH_NAV["main"]).get_by_role(
        "link", name="Vapaaehtoistoiminnan malli"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Vapaaehtoistoiminnan malli")
    expect(page.get_by_role("heading", name="Periaatteet")).to_be_visible()

    page.get_by_role("navigation", name=FINNISH_NAV["language"]).get_by_role(
        "link", name="Svenska"
    ).click()

    expect(page).to_have_url(re.compile(r"/sv/modellen-for-frivilligverksamhet/$"))
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    expect(page.get_by_role("heading", level=1)).to_have_text("Modellen för frivilligverksamhet")
    expect(
        page.get_by_role("navigation", name=SWEDISH_NAV["language"]).get_by_role(
            "link", name="Svenska"
        )
    ).to_have_attribute("aria-current", "true")


def test_visitor_finds_an_organisation_by_life_stage_network(page: Page):
    page.goto("/fi/jarjestot/")
    page.get_by_label("Elämänkaariverkosto").select_option(label="Seniorit")
    page.get_by_role("button", name="Näytä järjestöt").click()

    expect(page).to_have_url(re.compile(r"network=seniorit"))
    cards = (
        page.get_by_role("main")
        .get_by_role("listitem")
        .filter(has=page.get_by_role("heading", level=2))
    )
    expect(cards.first).to_be_visible()
    for card in cards.all():
        expect(card).to_contain_text("Seniorit")
    first = cards.first.get_by_role("heading", level=2).inner_text()
    cards.first.get_by_role("link", name=first).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(first)
    expect(page.get_by_role("heading", name="Yhteystiedot")).to_be_visible()


def test_visitor_searches_in_swedish(page: Page):
    page.goto("/sv/")
    page.get_by_label("Sök på webbplatsen").fill("frivillig")
    page.get_by_label("Sök på webbplatsen").press("Enter")

    expect(page).to_have_url(re.compile(r"/sv/sok/\?q=frivillig"))
    expect(page.get_by_role("status")).to_contain_text("frivillig")
    results = page.get_by_role("list", name="Sökresultat").get_by_role("link")
    expect(results.first).to_be_visible()
    title = results.first.inner_text()
    results.first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator("html")).to_have_attribute("lang", "sv")


def test_search_keeps_an_overlong_query_and_explains_the_limit(page: Page):
    page.goto(demo_path("search", "fi"))
    field = page.get_by_label("Hakusanat")
    field.fill("talkoot " * 40)
    page.get_by_role("main").get_by_role("button", name="Hae").click()
    expect(page.get_by_text("Käytä enintään 200 merkkiä")).to_be_visible()
    expect(page.get_by_label("Hakusanat")).to_have_value(re.compile("^talkoot talkoot"))
    expect(page.get_by_label("Hakusanat")).to_have_attribute("aria-invalid", "true")


def test_editor_logs_in_and_translates_a_new_page_to_swedish(page: Page):
    page.goto("/admin/login/")
    page.get_by_label("Käyttäjätunnus").fill("editor")
    # Wagtail's own Finnish catalogue leaves "Password" untranslated.
    page.get_by_label(re.compile("Salasana|Password")).fill("talkoo-demo")
    page.get_by_role("button", name="Kirjaudu sisään").click()

    # Write a news item in Finnish and publish it.
    page.goto("/admin/pages/search/?q=Ajankohtaista")
    page.get_by_role("link", name="Ajankohtaista", exact=True).first.click()
    page.get_by_role("button", name="Toimet").click()
    page.get_by_role("link", name="Lisää alasivu").click()
    page.get_by_role("textbox", name="Otsikko*").fill("Ystävänpäivän talkoot")
    page.get_by_role("textbox", name="Johdanto").fill("Tule mukaan ystävänpäivän talkoisiin.")
    page.get_by_role("button", name="Lisää toimintoja").click()
    page.get_by_role("button", name="Julkaise").click()
    expect(page.get_by_role("link", name="Ystävänpäivän talkoot")).to_be_visible()

    # Translate it into Swedish in wagtail-localize's editor, then publish the translation.
    page.get_by_role("link", name="Ystävänpäivän talkoot").click()
    page.get_by_role("button", name="Toimet").click()
    page.get_by_role("link", name="Käännä tämä sivu").click()
    # The Translate screen passes the gate; the journey goes on at the desktop width.
    for width in reversed(WIDTHS.values()):
        page.set_viewport_size({"width": width, "height": 900})
        assert_accessible(page, "translate this page", "fi", width)
    page.get_by_label("Svenska").check()
    page.get_by_role("button", name="Lähetä").click()
    translations = {
        "Sisältö": ["Talko på alla hjärtans dag", "Kom med på talko på alla hjärtans dag."],
        "Nosto": ["talko-pa-alla-hjartans-dag"],
    }
    for tab, texts in translations.items():
        page.get_by_role("tab", name=tab).click()
        for text in texts:
            page.get_by_role("button", name="Käännä").first.click()
            # The box for the segment is the only one open (named by its field's heading).
            page.get_by_role("main").get_by_role("textbox").fill(text)
            page.get_by_role("button", name="Tallenna").click()
    page.get_by_role("button", name="Julkaise kieliversio: Svenska").click()
    expect(page.get_by_text(re.compile("julkaistu|published", re.I)).first).to_be_visible()

    page.goto(f"{demo_path('news', 'sv')}talko-pa-alla-hjartans-dag/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Talko på alla hjärtans dag")
    expect(page.get_by_text("Kom med på talko på alla hjärtans dag.")).to_be_visible()


def test_filtering_and_search_work_without_javascript(browser, base_url):
    context = browser.new_context(java_script_enabled=False, base_url=base_url, locale="sv-FI")
    page = context.new_page()
    page.goto("/sv/organisationer/")
    page.get_by_label("Livsskedesnätverk").select_option(label="Seniorer")
    page.get_by_role("button", name="Visa organisationer").click()
    expect(page).to_have_url(re.compile(r"network=seniorer"))
    expect(page.get_by_role("status")).to_contain_text("organisation")
    page.get_by_label("Sök på webbplatsen").fill("frivillig")
    page.get_by_role("banner").get_by_role("button", name="Sök").click()
    expect(page.get_by_role("list", name="Sökresultat").get_by_role("link").first).to_be_visible()
    context.close()


def test_coordinator_logs_in_to_the_workflow_site(page: Page):
    page.goto("/workflows/")
    expect(page).to_have_url(re.compile(r"/admin/login/\?next=/workflows/"))
    page.get_by_label("Käyttäjätunnus").fill("coordinator")
    page.get_by_label(re.compile("Salasana|Password")).fill("talkoo-demo")
    page.get_by_role("button", name="Kirjaudu sisään").click()
    # The site opens on what waits for the coordinators: the help-request inbox.
    expect(page).to_have_url(re.compile(r"/workflows/help_inbox/$"))
    expect(page.get_by_role("heading", name="Odottavat avunpyynnöt")).to_be_visible()
    page.get_by_role("link", name="Vapaaehtoisen perehdytys").click()
    expect(page.get_by_role("link", name="Tehtäväjono")).to_be_visible()


def test_resident_signs_up_as_a_volunteer_in_swedish_on_a_phone(page: Page):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto("/sv/")
    page.get_by_role("navigation", name=SWEDISH_NAV["main"]).get_by_role(
        "link", name="Bli frivillig"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bli frivillig")

    page.get_by_label("Förnamn").fill("Tove")
    page.get_by_label("Efternamn").fill("Sjöberg")
    page.get_by_label("E-post").fill("tove.sjoberg@vapaaehtoiset.example")
    page.get_by_label("Lösenord").fill("höstkväll-2026")
    page.get_by_label("Vilket språk ska vi använda med dig?").select_option(label="svenska")
    page.get_by_role("group", name="Vilken slags hjälp kunde du ge?").get_by_label(
        "Ledsagning"
    ).check()
    page.get_by_role("group", name="Var kunde du hjälpa?").get_by_label("Centrum").check()
    page.get_by_role("group", name="När kunde du hjälpa?").get_by_label("kvällar").check()
    # Forgetting the consent keeps everything typed and says what is missing.
    page.get_by_role("button", name="Anmäl dig som frivillig").click()
    expect(page.get_by_role("alert")).to_contain_text(
        "Vi kan ta med dig bara om du godkänner detta."
    )
    expect(page.get_by_label("Förnamn")).to_have_value("Tove")

    page.get_by_label("Lösenord").fill("höstkväll-2026")  # passwords are never sent back
    page.get_by_label(re.compile("Jag har läst dataskyddsbeskrivningen")).check()
    page.get_by_role("button", name="Anmäl dig som frivillig").click()

    expect(page.get_by_role("status")).to_contain_text("Tack för din anmälan!")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
