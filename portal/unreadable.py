"""Requests the portal cannot read are answered 400, never 500.

A NUL byte (a path or query holding `%00`) reaches PostgreSQL, which refuses it in any text
(a 500 from a resident's status page or a certificate's address). A form posted in another
character set than UTF-8 (`charset=utf-16`) cannot be decoded as the forms expect. No browser
sends either: both are probes, and get Bad Request before any view or database sees them.
"""

from django.conf import settings
from django.core.exceptions import BadRequest
from django.utils import translation
from django.utils.http import parse_header_parameters

# Character sets a form may be posted in: the pages are UTF-8 (ASCII is a subset of it).
READABLE_CHARSETS = {"utf-8", "utf8", "us-ascii", "ascii"}


def unreadable(request):
    """Why `request` cannot be read, or None."""
    query = request.META.get("QUERY_STRING", "")
    if "\x00" in request.path or "\x00" in query or "%00" in query:
        return "NUL byte in the address"
    content_type = request.META.get("CONTENT_TYPE", "")
    if content_type:
        _, params = parse_header_parameters(content_type)
        charset = params.get("charset")
        if charset is not None and charset.strip().lower() not in READABLE_CHARSETS:
            return f"unreadable character set {charset[:40]!r}"
    return None


class UnreadableRequestMiddleware:
    """Answers an unreadable request with 400 (Django's handler400, our 400.html)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        reason = unreadable(request)
        if reason:
            # Django draws 400.html without the request: in the address's language, if any.
            language = translation.get_language_from_path(request.path_info)
            translation.activate(language or settings.LANGUAGE_CODE)
            raise BadRequest(reason)
        return self.get_response(request)
