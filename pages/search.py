from wagtail.search.backends import get_search_backend


def search_pages(query, pages, language_code):
    """Search `pages`, all in one locale, with that language's rules where the backend has them.

    On PostgreSQL that is `pages.search_backend`; other databases search without stemming.
    """
    backend = get_search_backend()
    if hasattr(backend, "for_language"):
        backend = backend.for_language(language_code)
    return backend.search(query, pages)
