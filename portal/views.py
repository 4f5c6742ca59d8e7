from django.http import HttpResponse
from django.views.decorators.cache import never_cache


@never_cache
def healthz(request):
    """For load balancers and monitoring: the app answers, through every middleware."""
    return HttpResponse("ok", content_type="text/plain")
