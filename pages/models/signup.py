from django.conf import settings
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Site

from pages.blocks import RICH_TEXT_FEATURES
from workflows.registry.forms import VolunteerSignUpForm
from workflows.registry.logins import throttled, throttled_error
from workflows.registry.models import Volunteer
from workflows.registry.services import sign_up

from .base import IntroPage
from .municipality import MunicipalitySettings


class VolunteerSignUpPage(IntroPage):
    """Where a resident becomes a volunteer: the editors' introduction, then the sign-up form.

    The form is the registry's; this page only shows it, hands a valid one to
    `workflows.registry.services.sign_up` and then thanks the new volunteer.
    """

    thank_you = RichTextField(
        _("thank-you text"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Shown after signing up: what happens next."),
    )

    content_panels = [*IntroPage.content_panels, FieldPanel("thank_you")]
    publicly_cacheable = False  # a form, and personal data once posted
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("volunteer sign-up page")
        verbose_name_plural = _("volunteer sign-up pages")

    def serve(self, request, *args, **kwargs):
        form = VolunteerSignUpForm(request.POST if request.method == "POST" else None)
        wait = 0
        if form.is_bound and form.is_valid():
            wait = self.throttled(request, form.cleaned_data)
            if wait:
                form.add_error(None, throttled_error(wait))
            else:
                municipality = MunicipalitySettings.for_request(request)
                # Whether the address already had an account, the answer is the same.
                sign_up(
                    Site.find_for_request(request),
                    form.cleaned_data,
                    municipality.privacy_notice_version,
                    municipality.coordinators_contact,
                )
                # Post/redirect/get: reloading the thank-you page does not post again.
                return redirect(f"{self.get_url(request)}?signed_up=1")
        response = super().serve(request, *args, form=form, **kwargs)
        if wait:
            response.status_code = 429
        return response

    @staticmethod
    def throttled(request, data):
        """Seconds this address, or this e-mail address, must wait before signing up again
        (0: it may now). A second submit of a form already stored (a double click) passes."""
        if Volunteer.objects.filter(sign_up_token=data["token"]).exists():
            return 0
        return throttled(request, "sign-up", settings.SIGN_UP_RATE_LIMIT, data["email"])

    def get_context(self, request, *args, form=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["signed_up"] = request.method == "GET" and "signed_up" in request.GET
        context["form"] = form or VolunteerSignUpForm()
        context["privacy_notice"] = MunicipalitySettings.for_request(request).privacy_notice
        return context
