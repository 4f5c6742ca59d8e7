from wagtail.search.backends import get_search_backend


def search_pages(query, pages, language_code):
    """Search `pages`, all in one locale, with that language's rules where the backend has them.

    On PostgreSQL that is `pages.search_backend`; other databases search without stemming.
    When nothing matches whole words, titles are matched by the beginnings of words, so that
    "saattoapu" still finds "Saattoapuun etsitään vapaaehtoisia" (Finnish inflects and
    compounds: a search word is often only the start of the word on the page).
    """
    backend = get_search_backend()
    if hasattr(backend, "for_language"):
        backend = backend.for_language(language_code)
    results = backend.search(query, pages)
    if results.count():
        return results
    return backend.autocomplete(query, pages)
