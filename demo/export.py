"""`seed_demo --export-po`: the Swedish catalogues refreshed from the Finnish data files.

Adding to the demo is: write the Finnish in `content/<name>.yaml`, export, translate the new
entries of `content/sv/<name>.po` (Poedit opens it), and build the demo again. Nothing is
written to the database (a migrated one must be there: a page reads its content type): the
objects are built unsaved, as the builder builds them, and their segments extracted as
wagtail-localize extracts them.
"""

from wagtail.models import Site

from demo import objects, po
from demo.translate import segments

FILES = (
    "taxonomy",
    "agreement",
    "pages",
    "legal",
    "organisations",
    "organisations_more",
    "news",
    "gatherings",
)


def catalogue_segments():
    """{data file: [(msgctxt, msgid, where)]} of everything the demo translates."""
    found = {name: [] for name in FILES}
    for name, model, data in objects.taxonomy_terms():
        term = objects.term(model, data, 0, locale=None)
        where = f"{model.__name__}: {data['key']}"
        found[name] += [(*segment, where) for segment in segments(term)]
    agreement = objects.agreement(site=Site())  # whose it is is not translated
    found["agreement"] += [(*segment, "agreement") for segment in segments(agreement)]
    for name, key, model, _parent, data in objects.pages():
        page = objects.page(model, data, page_ids={})
        found[name] += [(*segment, key) for segment in segments(page)]
    return found


def export_po(log):
    for name, found in catalogue_segments().items():
        entries, untranslated = po.write(name, found)
        where = po.path(name).relative_to(po.CONTENT.parent.parent)
        log(f"{where}: {entries} texts, {untranslated} to translate.")
