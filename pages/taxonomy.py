"""Taxonomy terms as pages show them: in the page's language, from the cache.

Organisation pages link to the terms of the source language; wagtail-localize copies those
links to the Swedish page as they are, so a page shows each term's translation by its key.
"""

from pages.cache import remembered
from workflows.registry.models import source_language_terms


def in_order(terms):
    """Terms as editors ordered them, then alphabetically."""
    return sorted(terms, key=lambda term: (term.sort_order, term.name))


def terms_by_key(model, locale_id=None):
    """Every term of a taxonomy in a locale (the source language's when None), keyed by
    translation key. Cached until content changes (see `pages.cache.remembered`).
    """
    lookup = {"locale_id": locale_id} if locale_id else source_language_terms()
    return remembered(
        f"terms:{model._meta.label_lower}:{locale_id or 'source'}",
        lambda: {term.translation_key: term for term in model.objects.filter(**lookup)},
    )


def linked_terms_in_locale(related_terms, locale_id):
    """The terms a page links to (`page.networks`, …) in `locale_id` where translated.

    One light query for the links' translation keys; the terms themselves come from the
    cached `terms_by_key` of the page's locale, or of the source language.
    """
    model = related_terms.model
    keys = related_terms.values_list("translation_key", flat=True)
    in_locale = terms_by_key(model, locale_id)
    source = terms_by_key(model)
    terms = [in_locale.get(key) or source.get(key) for key in keys]
    return in_order(filter(None, terms))


def localize_terms(terms, by_key):
    """The given terms in the language of `by_key` (see `terms_by_key`), where translated."""
    return in_order(by_key.get(term.translation_key, term) for term in terms)
