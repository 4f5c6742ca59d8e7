"""Addresses of the demo's pages, from the demo content itself, for the browser tests."""

from pages.demo.content import gatherings, organisations, pages

TOP_LEVEL = {
    "home": None,
    "volunteering_model": pages.VOLUNTEERING_MODEL,
    "organisations": pages.ORGANISATION_INDEX,
    "news": pages.NEWS_INDEX,
    "accessibility_statement": pages.ACCESSIBILITY_STATEMENT,
    "privacy_notice": pages.PRIVACY_NOTICE,
    "search": pages.SEARCH,
    "sign_up": pages.SIGN_UP,
    "help_request": pages.HELP_REQUEST,
    "gatherings": gatherings.GATHERING_INDEX,
}


def demo_path(key, language):
    """The path of a demo page by its key, e.g. demo_path("news", "sv") == "/sv/aktuellt/"."""
    if key == "organisation":
        parent, child = pages.ORGANISATION_INDEX, organisations.ORGANISATIONS[0]
    elif key == "news_item":
        parent, child = pages.NEWS_INDEX, pages.NEWS[0]
    elif key == "gathering":
        parent, child = gatherings.GATHERING_INDEX, gatherings.GATHERINGS[0]
    else:
        page = TOP_LEVEL[key]
        return f"/{language}/" + (f"{page['slug'][language]}/" if page else "")
    return f"/{language}/{parent['slug'][language]}/{child['slug'][language]}/"
