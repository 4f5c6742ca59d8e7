"""The coordinators' pages of the call campaigns: the campaigns, opening one, its page (how far
the round has got), its list (a file with a preview, or one resident by hand), closing it and
thanking its callers.

Only coordinators of a campaign's municipality open it; anyone else gets 404 for a campaign
and 403 for the area. A page showing residents' names is recorded as a staff view.
"""

from django import forms
from django.contrib import messages
from django.core import signing
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views import generic

from wagtail.models import Site

from workflows.help_requests.flows import HelpRequestFlow
from workflows.registry.models import Area, Volunteer, term_names
from workflows.registry.permissions import coordinated_site_ids
from workflows.registry.staff import CoordinatorRequiredMixin, NoStoreMixin
from workflows.thanks.flows import thank_campaign

from . import figures, flows, listfile, services
from .forms import CampaignForm, ListFileForm, ResidentForm, default_period
from .models import CallCampaign, CampaignStaffView

PREVIEW_SALT = "calls.list-preview"
PREVIEW_ROWS = 50
# How long a preview may be confirmed: then the file is read again, against today's lists.
PREVIEW_HOURS = 12


class CoordinatorsOnlyMixin(NoStoreMixin, CoordinatorRequiredMixin):
    refusal = _('The "How are you?" calls are for the municipality\'s coordinators.')


class CampaignMixin(CoordinatorsOnlyMixin):
    """A page of one campaign of the user's municipalities; one that changes its list only
    while it is open (`open_only`)."""

    open_only = False

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            campaign = (
                CallCampaign.objects.filter(site_id__in=coordinated_site_ids(request.user))
                .select_related("site")
                .filter(pk=kwargs["pk"])
                .first()
            )
            if campaign is None:
                raise Http404
            self.campaign = campaign
            if self.open_only and not campaign.is_open:
                messages.info(request, _("The campaign is closed: its list does not change."))
                return redirect(self.campaign_url())
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(campaign=self.campaign, **kwargs)

    def log_view(self):
        CampaignStaffView.objects.create(
            user=self.request.user, campaign=self.campaign, page=self.request.path[:200]
        )

    def campaign_url(self):
        return reverse("calls:campaign", kwargs={"pk": self.campaign.pk})


class CampaignListView(CoordinatorsOnlyMixin, generic.TemplateView):
    template_name = "calls/campaign_list.html"

    def get_context_data(self, **kwargs):
        campaigns = CallCampaign.objects.filter(
            site_id__in=coordinated_site_ids(self.request.user)
        ).order_by("closed_at", "-starts_on", "-pk")
        return super().get_context_data(campaigns=campaigns, **kwargs)


class CampaignCreateView(CoordinatorsOnlyMixin, generic.FormView):
    template_name = "calls/campaign_form.html"
    form_class = CampaignForm

    def get_initial(self):
        return default_period()

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        sites = Site.objects.filter(pk__in=coordinated_site_ids(self.request.user))
        self.sites = list(sites.order_by("site_name", "pk"))
        if len(self.sites) > 1:
            form.fields["site"] = forms.TypedChoiceField(
                label=_("Municipality"),
                coerce=int,
                choices=[(site.pk, site.site_name or site.hostname) for site in self.sites],
            )
        return form

    def form_valid(self, form):
        data = form.cleaned_data
        site_id = data.get("site", self.sites[0].pk)
        site = next(site for site in self.sites if site.pk == site_id)
        campaign = flows.open_campaign(site, self.request.user, data)
        messages.success(self.request, _("The campaign is open. Now add its call list."))
        return redirect("calls:list", pk=campaign.pk)


class CampaignView(CampaignMixin, generic.TemplateView):
    """The campaign at a glance: progress, outcomes, calls per day, callers, needs found,
    worries called back, residents not reached."""

    template_name = "calls/campaign.html"

    def get_context_data(self, **kwargs):
        campaign = self.campaign
        self.log_view()
        return super().get_context_data(
            progress=figures.progress(campaign),
            per_day=figures.calls_per_day(campaign),
            callers=figures.callers(campaign),
            needs=figures.needs_found(campaign),
            call_backs=figures.call_backs(campaign),
            unreached=figures.unreached(campaign, term_names(Area)),
            help_flow=HelpRequestFlow,
            call_back_flow=flows.CallBackFlow,
            **kwargs,
        )


class ListView(CampaignMixin, generic.FormView):
    """The list from a file: upload, preview every row's problem, then confirm a clean one.
    Nothing is stored before the confirmation; the previewed rows travel in the confirming
    form, signed, so what is stored is exactly what was shown."""

    template_name = "calls/list.html"
    form_class = ListFileForm
    open_only = True

    def post(self, request, *args, **kwargs):
        if "rows" in request.POST:
            return self.confirm(request.POST["rows"])
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        read = listfile.read(form.cleaned_data["file"], self.campaign.site, self.campaign)
        payload = ""
        if read.clean and read.to_import:
            payload = signing.dumps(
                [row.as_data() for row in read.to_import],
                salt=f"{PREVIEW_SALT}:{self.campaign.pk}",
                compress=True,
            )
        self.log_view()
        return self.render_to_response(
            self.get_context_data(
                form=self.get_form_class()(),
                read=read,
                payload=payload,
                shown=read.to_import[:PREVIEW_ROWS],
            )
        )

    def confirm(self, payload):
        try:
            rows = signing.loads(
                payload, salt=f"{PREVIEW_SALT}:{self.campaign.pk}", max_age=PREVIEW_HOURS * 3600
            )
        except signing.BadSignature:
            messages.error(
                self.request,
                _("The preview is too old or could not be read. Upload the file again."),
            )
            return redirect("calls:list", pk=self.campaign.pk)
        added = services.import_rows(self.campaign, rows)
        messages.success(
            self.request,
            ngettext(
                "%(count)s resident was added to the list.",
                "%(count)s residents were added to the list.",
                added,
            )
            % {"count": added},
        )
        return redirect(self.campaign_url())


class ResidentView(CampaignMixin, generic.FormView):
    """One resident typed in by hand."""

    template_name = "calls/resident_form.html"
    form_class = ResidentForm
    open_only = True

    def form_valid(self, form):
        data = {**form.cleaned_data}
        data["area_id"] = data.pop("area")
        if services.on_do_not_call_list(self.campaign.site_id, data["phone"]):
            form.add_error("phone", _("This number is on the do-not-call list: it is not called."))
            return self.form_invalid(form)
        if services.add_resident(self.campaign, data) is None:
            form.add_error("phone", _("This number is on the campaign's list already."))
            return self.form_invalid(form)
        messages.success(
            self.request, _("%(name)s was added to the list.") % {"name": data["name"]}
        )
        if "_another" in self.request.POST:
            return redirect("calls:resident", pk=self.campaign.pk)
        return redirect(self.campaign_url())


class CloseView(CampaignMixin, generic.TemplateView):
    """Close the campaign (a confirmation page, then a POST)."""

    template_name = "calls/close.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(progress=figures.progress(self.campaign), **kwargs)

    def post(self, request, *args, **kwargs):
        if flows.close_campaign(self.campaign):
            messages.success(request, _("The campaign is closed."))
        else:
            messages.info(request, _("The campaign was closed already."))
        return redirect(self.campaign_url())


class ThankCallersView(CampaignMixin, generic.View):
    """Thank the campaign's volunteer callers through the thank-you process's campaign path:
    a thank-you each to personalise, never twice for one campaign."""

    def post(self, request, *args, **kwargs):
        callers = Volunteer.objects.filter(
            site_id=self.campaign.site_id,
            user__calls_made__campaign=self.campaign,
            erased_at__isnull=True,
        ).distinct()
        started, before = thank_campaign(list(callers), self.campaign.name, request.user)
        messages.success(
            request,
            _(
                "Thank-yous started: %(started)s, to personalise in the thanks queue. Thanked "
                "for this campaign before: %(before)s."
            )
            % {"started": started, "before": before},
        )
        return redirect(self.campaign_url())
