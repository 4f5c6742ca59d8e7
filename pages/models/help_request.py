"""The public page where a resident asks for help, for themselves or for someone close.

Editors own the introduction (who can ask, that it is free, what volunteers do not do); the
form and everything after it belong to `workflows.help_requests`. A valid request is stored
by `flows.submit` and the resident is sent on to their request's private page, which
shows the receipt. Bots (the honeypot) get the same kind of answer and nothing is stored;
one address sending many requests is told, kindly, to call instead.
"""

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Site

from django_ratelimit.core import is_ratelimited

from workflows.help_requests import flows
from workflows.help_requests.intake_forms import IntakeForm
from workflows.help_requests.models import HelpRequest

from .base import IntroPage
from .municipality import MunicipalitySettings

# The rate limit's bucket: every help-request page of the installation shares it.
RATE_LIMIT_GROUP = "help-request"


class HelpRequestPage(IntroPage):
    """Where a resident asks for help without an account: the editors' introduction, then the
    help-request form. The form is the help-request process's; this page shows it, hands a
    valid one to `workflows.help_requests.flows.submit` and sends the resident on."""

    publicly_cacheable = False  # a form, and personal data once posted
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("help-request page")
        verbose_name_plural = _("help-request pages")

    def serve(self, request, *args, **kwargs):
        form = IntakeForm(request.POST if request.method == "POST" else None)
        limited = False
        if form.is_bound and form.is_valid():
            if form.is_bot:
                # As if stored, so that the bot learns nothing; a person never fills it in.
                return redirect(f"{self.get_url(request)}?sent=1")
            limited = self.rate_limited(request, form.cleaned_data["token"])
            if not limited:
                municipality = MunicipalitySettings.for_request(request)
                help_request, _created = flows.submit(
                    Site.find_for_request(request),
                    form.cleaned_data,
                    municipality.privacy_notice_version,
                    municipality.coordinators_contact,
                )
                # Post/redirect/get to the resident's private page, which shows the receipt.
                status = reverse("help_request:status", kwargs={"key": help_request.access_key})
                return redirect(f"{status}?received=1")
        response = super().serve(request, *args, form=form, rate_limited=limited, **kwargs)
        if limited:
            response.status_code = 429
        return response

    @staticmethod
    def rate_limited(request, token):
        """Whether this address has sent too many requests lately. A second submit of a form
        already stored (a double click) is let through: it makes no new request."""
        rate = settings.HELP_REQUEST_RATE_LIMIT
        if not rate or HelpRequest.objects.filter(token=token).exists():
            return False
        return is_ratelimited(request, group=RATE_LIMIT_GROUP, key="ip", rate=rate, increment=True)

    def get_context(self, request, *args, form=None, rate_limited=False, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        municipality = MunicipalitySettings.for_request(request)
        context["sent"] = request.method == "GET" and "sent" in request.GET
        context["form"] = form or IntakeForm()
        context["rate_limited"] = rate_limited
        context["privacy_notice"] = municipality.privacy_notice
        context["phone"] = municipality.phone
        return context
