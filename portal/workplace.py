"""The coordinators' workplace: viewflow's site that gathers every process.

Each process (help requests, onboarding, training, thanks) adds its viewflow application to
`site.viewsets` from its own package; the site itself is mounted at /workflows/.
"""

from django.contrib.auth.decorators import login_required
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView, TemplateView

from viewflow.urls import Application, Site

from workflows.calls.flows import CallBackFlow
from workflows.calls.viewset import CallsApp
from workflows.certificates.flows import CertificateRequestFlow
from workflows.help_requests.flows import HelpRequestFlow
from workflows.help_requests.inbox.viewset import HelpRequestInbox
from workflows.onboarding.flows import OnboardingFlow
from workflows.registry.bank.viewset import KnowledgeBankApp
from workflows.registry.permissions import edits_website
from workflows.scoping import MunicipalityFlowApp
from workflows.thanks.viewset import ThanksApp
from workflows.training.flows import EnrolmentFlow
from workflows.training.roll.viewset import TrainingsApp


class WorkflowSite(Site):
    """viewflow's site, whose index sends a visitor to log in first, then to the first
    process; with none installed yet, the index says so rather than failing."""

    @property
    def index_path(self):
        if self.viewsets:
            index = super().index_path
            return path("", login_required(index.callback), name=index.name)
        view = TemplateView.as_view(template_name="workflows/no_processes.html")
        return path("", login_required(view), name="index")


class WebsiteEditing(Application):
    """The way back to Wagtail's admin, in the workplace's menu of those who also edit."""

    app_name = "website"
    title = _("Edit the website")
    icon = "edit"

    def has_view_permission(self, user, obj=None):
        return edits_website(user)

    index_path = path("", RedirectView.as_view(pattern_name="wagtailadmin_home"), name="index")


workplace = WorkflowSite(
    title=_("Talkoo workflows"),
    viewsets=[
        # First, so that /workflows/ opens on what waits: a coordinator's Monday morning.
        HelpRequestInbox(),
        MunicipalityFlowApp(HelpRequestFlow, icon="volunteer_activism"),
        MunicipalityFlowApp(OnboardingFlow, icon="person_add"),
        MunicipalityFlowApp(EnrolmentFlow, icon="school"),
        TrainingsApp(),
        ThanksApp(),
        MunicipalityFlowApp(CertificateRequestFlow, icon="workspace_premium"),
        CallsApp(),
        MunicipalityFlowApp(CallBackFlow, icon="phone_callback"),
        KnowledgeBankApp(),
        WebsiteEditing(),
    ],
)
