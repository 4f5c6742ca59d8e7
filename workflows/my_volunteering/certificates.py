"""Asking for a certificate of one's volunteering from My volunteering."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from workflows.certificates.flows import AlreadyAsked, ask
from workflows.certificates.forms import RequestForm

from .views import HOME, render_home, volunteer_only

ASKED = _("Thank you. A coordinator will check your request; we will e-mail you the certificate.")
ALREADY_ASKED = _("Your earlier request is still waiting for a coordinator.")


@require_POST
@volunteer_only
def request_certificate(request, volunteer):
    form = RequestForm(request.POST, volunteer=volunteer)
    if not form.is_valid():
        return render_home(request, volunteer, certificate_form=form)
    try:
        ask(volunteer, form.cleaned_data)
    except AlreadyAsked:
        messages.info(request, ALREADY_ASKED)
    else:
        messages.success(request, ASKED)
    return redirect(HOME)
