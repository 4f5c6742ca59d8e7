"""Thanking everyone who took part in a campaign, in one go (a page beside viewflow's own)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.views import generic

from workflows.registry.permissions import coordinated_site_ids
from workflows.registry.staff import CoordinatorRequiredMixin, NoStoreMixin

from . import flows, services
from .forms import CampaignForm

CAMPAIGN_STARTED = _(
    "Thank-yous started: %(started)s, to personalise in the queue. Thanked for this campaign "
    "before: %(before)s."
)


class CampaignView(NoStoreMixin, CoordinatorRequiredMixin, generic.FormView):
    """Thank everyone who took part in a campaign: the coordinator names it and the kind of
    help and period it covered, sees who that is, then starts a thank-you for each, to
    personalise like any other."""

    refusal = _("Thanking volunteers is for the municipality's coordinators.")

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
        started, before = flows.thank_campaign(volunteers, data["campaign"], self.request.user)
        messages.success(self.request, CAMPAIGN_STARTED % {"started": started, "before": before})
        return redirect("thanks:queue")
