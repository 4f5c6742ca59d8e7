"""Addresses of a volunteer's own pages, for e-mails sent outside any request."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation


def public_language(language):
    """The public site speaks Finnish and Swedish; anyone else is sent to the Finnish pages."""
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def my_volunteering_url(volunteer, name="home", **kwargs):
    """The absolute address of `volunteer`'s My volunteering page `name`, in their language."""
    language = volunteer.preferred_language
    return site_url(volunteer.site, language, f"my_volunteering:{name}", **kwargs)


def site_url(site, language, viewname, **kwargs):
    """The absolute address of the public view `viewname` on `site`, in `language`."""
    with translation.override(public_language(language)):
        path = reverse(viewname, kwargs=kwargs)
    return site.root_url.rstrip("/") + path
