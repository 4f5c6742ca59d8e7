from django.utils.functional import SimpleLazyObject

from pages.models import MunicipalitySettings


def municipality(request):
    """The current site's municipality settings, loaded only by templates that use them."""
    return {"municipality": SimpleLazyObject(lambda: MunicipalitySettings.for_request(request))}
