"""Template tags for the site's shell: language alternates, the main menu, localized links."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.utils.translation import get_language

from wagtail.models import Page, Site

from pages.models import SearchPage

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    absolute_url: str
    current: bool
    # True when `url` is this very page in that language, not just that language's home page.
    same_page: bool


def _by_language(pages):
    return {page.locale.language_code: page for page in pages.live().select_related("locale")}


@register.simple_tag(takes_context=True)
def language_links(context):
    """A link per public language: to this page's translation, or to that language's home."""
    request = context["request"]
    site = Site.find_for_request(request)
    page = context.get("page")
    translations = _by_language(page.get_translations(inclusive=True)) if page else {}
    homes = _by_language(site.root_page.get_translations(inclusive=True)) if site else {}
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code) or homes.get(code)
        url = target.get_url(request) if target else f"/{code}/"
        links.append(
            LanguageLink(
                code,
                name,
                url,
                request.build_absolute_uri(url),
                code == current,
                code in translations,
            )
        )
    return links


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """The localized home page, its menu pages and the search page of the current site."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return {"home": None, "menu": [], "search": None}
    home = site.root_page.localized
    return {
        "home": home,
        "menu": home.get_children().live().public().in_menu(),
        "search": SearchPage.objects.live().child_of(home).first(),
    }


@register.filter
def localized(page):
    """The page in the active language when it has a live translation, else the page itself."""
    return page.localized if isinstance(page, Page) else page
