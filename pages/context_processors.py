from django.utils.functional import SimpleLazyObject

from pages.layout import site_layout


def layout(request):
    """The site's layout (name, menu, contact details), loaded only by templates that use it."""
    return {"layout": SimpleLazyObject(lambda: site_layout(request))}
