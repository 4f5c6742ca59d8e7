from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Site

from pages.blocks import RICH_TEXT_FEATURES
from workflows.registry.forms import VolunteerSignUpForm
from workflows.registry.services import EmailTaken, sign_up

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
        if form.is_bound and form.is_valid():
            municipality = MunicipalitySettings.for_request(request)
            try:
                sign_up(
                    Site.find_for_request(request),
                    form.cleaned_data,
                    municipality.privacy_notice_version,
                    municipality.coordinators_contact,
                )
            except EmailTaken:
                form.add_error("email", form.EMAIL_TAKEN)
            else:
                # Post/redirect/get: reloading the thank-you page does not post again.
                return redirect(f"{self.get_url(request)}?signed_up=1")
        return super().serve(request, *args, form=form, **kwargs)

    def get_context(self, request, *args, form=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["signed_up"] = request.method == "GET" and "signed_up" in request.GET
        context["form"] = form or VolunteerSignUpForm()
        context["privacy_notice"] = MunicipalitySettings.for_request(request).privacy_notice
        return context
