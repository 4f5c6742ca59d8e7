"""The site's layout around every public page: the municipality's name and contact details, the
main menu, the search page and the footer's required pages, in the active language.

It is the same on every page of a site in one language, so it is built once and kept in the
cache until content changes (see `pages.cache.remembered`).
"""

from dataclasses import dataclass

from django.utils.translation import get_language

from wagtail.models import Site

from pages.cache import remembered
from pages.models import MunicipalitySettings, SearchPage


@dataclass(frozen=True)
class Link:
    title: str
    url: str
    page_id: int | None = None


@dataclass(frozen=True)
class Shell:
    name: str
    phone: str
    opening_hours: str
    email: str
    home_url: str
    # The home page's address in each language that has one: the language switcher's fallback.
    home_urls: dict
    menu: tuple
    search_url: str | None
    footer: tuple


def site_layout(request):
    """The layout of the request's site in the active language, from the cache when it can."""
    site = Site.find_for_request(request)
    language = get_language()
    name = f"layout:{site.pk if site else 0}:{language}"
    return remembered(name, lambda: _build(request, site, language))


def _localized(page, language):
    if page is None:
        return None
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    by_language = {p.locale.language_code: p for p in translations}
    return by_language.get(language) or (page if page.live else None)


def _build(request, site, language):
    if site is None:
        return Shell("", "", "", "", f"/{language}/", {}, (), None, ())
    municipality = MunicipalitySettings.for_site(site)
    homes = {
        page.locale.language_code: page
        for page in site.root_page.get_translations(inclusive=True).live().select_related("locale")
    }
    home = homes.get(language) or site.root_page
    menu = home.get_children().live().public().in_menu()
    search = SearchPage.objects.live().child_of(home).first()
    footer = [
        _localized(municipality.accessibility_statement, language),
        _localized(municipality.privacy_notice, language),
    ]
    return Shell(
        name=municipality.name,
        phone=municipality.phone,
        opening_hours=municipality.opening_hours,
        email=municipality.email,
        home_url=home.get_url(request),
        home_urls={code: page.get_url(request) for code, page in homes.items()},
        menu=tuple(Link(page.title, page.get_url(request), page.pk) for page in menu),
        search_url=search.get_url(request) if search else None,
        footer=tuple(Link(page.title, page.get_url(request)) for page in footer if page),
    )
