"""Addresses of the demo's pages, from the demo's own data files, for the browser tests."""

from demo.data import page_slugs

# Pages below an index page: the first of each list, under its index.
CHILDREN = {"organisation": "organisations", "news_item": "news", "gathering": "gatherings"}


def demo_path(key, language):
    """The path of a demo page by its key, e.g. demo_path("news", "sv") == "/sv/aktuellt/"."""
    if key == "home":
        return f"/{language}/"
    if key in CHILDREN:
        parent, child = page_slugs(CHILDREN[key])[language], page_slugs(key)[language]
        return f"/{language}/{parent}/{child}/"
    return f"/{language}/{page_slugs(key)[language]}/"
