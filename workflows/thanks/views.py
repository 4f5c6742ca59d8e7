"""The coordinators' pages of the thank-you process beside viewflow's own: starting a
thank-you by hand, and the letter to print for a volunteer without e-mail."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
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

from workflows.registry.bank.views import CoordinatorRequiredMixin, NoStoreMixin
from workflows.registry.permissions import coordinated_site_ids

from . import services
from .forms import CampaignForm, StartThanksForm
from .models import Thanks

CAMPAIGN_STARTED = _(
    "Thank-yous started: %(started)s, to personalise in the queue. Thanked for this campaign "
    "before: %(before)s."
)


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


class CampaignView(NoStoreMixin, CoordinatorRequiredMixin, generic.FormView):
    refusal = _("Thanking volunteers is for the municipality's coordinators.")

    """Thank everyone who took part in a campaign: the coordinator names it and the kind of
    help and period it covered, sees who that is, then starts a thank-you for each, to
    personalise like any other."""

    form_class = CampaignForm
    template_name = "thanks/campaign.html"

    def form_valid(self, form):
        data = form.cleaned_data
        volunteers = services.campaign_volunteers(
            coordinated_site_ids(self.request.user),
            data["kind_of_help"],
            data["start"],
            data["end"],
        )
        if "confirm" not in self.request.POST:
            return self.render_to_response(
                self.get_context_data(form=form, volunteers=volunteers, preview=True)
            )
        started, before = services.thank_campaign(volunteers, data["campaign"], self.request.user)
        messages.success(self.request, CAMPAIGN_STARTED % {"started": started, "before": before})
        return redirect("thanks:queue")
