"""Template tags for the site's layout: the language switcher and hreflang alternates."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page

register = template.Library()

# URL namespaces of Django views inside the language prefix (paths are translated strings).
TRANSLATED_VIEWS = ("my_volunteering", "help_request")


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    absolute_url: str
    current: bool
    # True when `url` is this very page in that language, not just that language's home page.
    same_page: bool


@register.simple_tag(takes_context=True)
def language_links(context):
    """A link per public language: to this page's translation, or to that language's home."""
    request = context["request"]
    page = context.get("page")
    translations = {}
    if isinstance(page, Page):
        # Plain pages, not the specific type's wide rows: only their addresses are needed.
        pages = Page.objects.filter(translation_key=page.translation_key).live()
        translations = {
            p.locale.language_code: p.get_url(request) for p in pages.select_related("locale")
        }
    elif request.resolver_match and request.resolver_match.namespace in TRANSLATED_VIEWS:
        # Django views inside the language prefix: their paths are translated strings.
        translations = {code: translate_url(request.path, code) for code, _ in settings.LANGUAGES}
    home_urls = context["layout"].home_urls
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        url = translations.get(code) or home_urls.get(code) or f"/{code}/"
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
