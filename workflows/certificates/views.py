"""The public verification page, and a certificate's PDF for its holder and coordinators.

The verification page needs no login: the random number in its address is all it takes,
and it shows only the holder's name, what was certified and the date. A forged or mistyped
number gets a page that says so (404), in the page's language.
"""

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

from workflows.registry.permissions import is_coordinator

from . import pdf
from .models import Certificate


def _private(response):
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex"
    return response


def verify(request, code):
    certificate = (
        Certificate.objects.select_related("training").filter(code=code).first()
        if len(code) <= 24
        else None
    )
    context = {"certificate": certificate, "code": code}
    if certificate is not None:
        context["training"] = certificate.training_name(get_language())
    status = 200 if certificate is not None else 404
    return _private(render(request, "certificates/verify.html", context, status=status))


def download(request, code):
    """The PDF, for the volunteer it was given to and their municipality's coordinators."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("my_volunteering:login"))
    certificate = (
        Certificate.objects.select_related("volunteer__site", "training").filter(code=code).first()
    )
    if certificate is None or not certificate.is_valid:
        raise Http404
    own = certificate.volunteer.user_id == request.user.pk
    if not own and not is_coordinator(request.user, certificate.volunteer.site_id):
        raise Http404
    response = HttpResponse(pdf.render(certificate), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{pdf.file_name(certificate)}"'
    return _private(response)
