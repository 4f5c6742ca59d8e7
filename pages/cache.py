"""A shared cache of the public pages anonymous visitors see, emptied whenever content changes.

Anonymous GET requests to the public site (/fi/…, /sv/…) are answered from the cache (Redis in
production) without touching the database. A response is stored only when it is a plain 200
for a visitor without a session, sets no cookie and is not marked private. Pages with forms or
personal data mark themselves `private, no-store`, and so does every response to a logged-in
user. Any publish, unpublish, move or delete of a page, or a change to a taxonomy term, a site
or a municipality's settings, starts a new cache generation: older entries are never read again
and expire on their own.
"""

import hashlib
import time
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control

GENERATION_KEY = "public-pages:generation"
# Query parameters that select a public view of a page; any other makes the request uncached.
CACHEABLE_PARAMETERS = frozenset({"network", "area", "activity", "page"})


def mark_private(response):
    """Never store this response anywhere: it has a form, personal data or a logged-in user."""
    patch_cache_control(response, private=True, no_store=True)
    return response


# Read once per request by the middleware, so that a page sees one generation throughout.
_request_generation = ContextVar("public_page_cache_generation", default=None)
# Values built from content, kept in this process for the current generation only.
_remembered = {"generation": None, "values": {}}


def generation():
    """The current cache generation; every content change starts a new one."""
    return _request_generation.get() or cache.get_or_set(GENERATION_KEY, time.time_ns, None)


def invalidate(**kwargs):
    """Start a new generation, so that every public page is rendered afresh.

    A new unique value rather than a counter: an evicted counter could come back to a number
    whose old entries are still cached.
    """
    cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


def remembered(name, build):
    """A value derived from content (the site layout, a taxonomy), built once per generation.

    Shared between processes through the cache and kept unpickled in this one, so that a page
    pays for it neither in SQL nor in cache round trips. The value must not be mutated.
    """
    current = generation()
    if _remembered["generation"] != current:
        _remembered.update(generation=current, values={})
    values = _remembered["values"]
    if name not in values:
        key = f"public-pages:{current}:{name}"
        value = cache.get(key)
        if value is None:
            value = build()
            cache.set(key, value, settings.PUBLIC_PAGE_CACHE_TIMEOUT or None)
        values[name] = value
    return values[name]


def _language_prefixes():
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


class PublicPageCacheMiddleware:
    """Goes right after the security middleware, before sessions, CSRF and authentication."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = _language_prefixes()
        self.timeout = settings.PUBLIC_PAGE_CACHE_TIMEOUT

    def __call__(self, request):
        token = _request_generation.set(cache.get_or_set(GENERATION_KEY, time.time_ns, None))
        try:
            return self.respond(request)
        finally:
            _request_generation.reset(token)

    def respond(self, request):
        key = self.cache_key(request)
        if key is not None:
            cached = cache.get(key)
            if cached is not None:
                cached["X-Cache"] = "hit"
                return cached
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return mark_private(response)
        if key is not None and self.storable(response):
            response["X-Cache"] = "miss"
            cache.set(key, response, self.timeout)
        return response

    def cache_key(self, request):
        """The cache key of this request, or None when it must not come from the cache."""
        if (
            not self.timeout
            or request.method != "GET"
            or not request.path.startswith(self.prefixes)
            or settings.SESSION_COOKIE_NAME in request.COOKIES
            or not CACHEABLE_PARAMETERS.issuperset(request.GET)
        ):
            return None
        # Hashed: the address is the visitor's to make as long as they like.
        address = hashlib.sha256(f"{request.get_host()}{request.get_full_path()}".encode())
        return f"public-pages:{generation()}:{address.hexdigest()}"

    @staticmethod
    def storable(response):
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in cache_control
            and "no-store" not in cache_control
        )
