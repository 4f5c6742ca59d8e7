"""Reading the demo's data files: Finnish content (`content/<name>.yaml`) and its Swedish
(`content/sv/<name>.po`)."""

import functools

import yaml

from demo import po


@functools.cache
def load(name):
    """The data of `content/<name>.yaml`; read once."""
    return yaml.safe_load((po.CONTENT / f"{name}.yaml").read_text(encoding="utf-8"))


@functools.cache
def swedish(name):
    """{(msgctxt, msgid): Swedish} of `content/sv/<name>.po`; read once."""
    return po.read(name)


def page_slugs(key):
    """{"fi": slug, "sv": slug} of a top-level demo page by its key (as in `pages.yaml`,
    `legal.yaml`, or "gatherings"), or of the first organisation, news item or gathering
    ("organisation", "news_item", "gathering"), e.g. for tests that visit the demo."""
    name, data = _page(key)
    return {"fi": data["slug"], "sv": swedish(name).get(("slug", data["slug"]), data["slug"])}


def _page(key):
    firsts = {
        "organisation": ("organisations", load("organisations")[0]),
        "news_item": ("news", load("news")[0]),
        "gathering": ("gatherings", load("gatherings")["gatherings"][0]),
        "gatherings": ("gatherings", load("gatherings")["index"]),
    }
    if key in firsts:
        return firsts[key]
    for name in ("pages", "legal"):
        if key in load(name):
            return name, load(name)[key]
    raise KeyError(key)
