from django.utils.functional import SimpleLazyObject

from pages.shell import site_shell


def shell(request):
    """The site's shell (name, menu, contact details), loaded only by templates that use it."""
    return {"shell": SimpleLazyObject(lambda: site_shell(request))}
