"""The coordinators' pages of the thank-you process beside viewflow's own: starting a
thank-you by hand (a start node's page), and the letter to print for a volunteer without
e-mail. Thanking a whole campaign is in `campaign`."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views import generic

from viewflow.views import FormLayoutMixin
from viewflow.workflow.flow.views.mixins import (
    SuccessMessageMixin,
    TaskSuccessUrlMixin,
    TaskViewTemplateNames,
)

from . import services
from .forms import StartThanksForm
from .models import Thanks


class StartThanksView(
    FormLayoutMixin,
    SuccessMessageMixin,
    TaskSuccessUrlMixin,
    TaskViewTemplateNames,
    generic.FormView,
):
    form_class = StartThanksForm
    template_filename = "start.html"
    success_message = _("The thanks to {process} waits to be personalised.")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        data = form.cleaned_data
        activation = self.request.activation
        reason = data["reason"]
        services.begin(
            activation.process,
            data["volunteer"],
            reason,
            campaign=data["campaign"] if reason == Thanks.Reason.CAMPAIGN else "",
            user=self.request.user,
        )
        activation.execute()
        return super().form_valid(form)


def letter(request, process_pk):
    """The thanks as a letter to print, in the volunteer's language, for the coordinators of
    their municipality."""
    thanks = get_object_or_404(Thanks.objects.select_related("volunteer__user"), pk=process_pk)
    if not thanks.flow_class.instance.has_view_permission(request.user, thanks):
        raise PermissionDenied
    language = services.language_of(thanks)
    with translation.override(language):
        response = render(
            request,
            "thanks/letter.html",
            {"thanks": thanks, "language": language, "today": timezone.localdate()},
        )
    patch_cache_control(response, private=True, no_store=True)
    return response
