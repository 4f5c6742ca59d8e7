"""The coordinators' pages of a help request in viewflow's UI: the steps beside the request,
and the phone intake that starts a request as the resident speaks.

The request's details beside every page of the process come from the template viewflow looks
up for this flow, `help_requests/helprequest/process_data.html`; showing them records the
view (see `templatetags/help_request_case.py`).
"""

from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views import generic

from wagtail.models import Site

from viewflow.forms import FieldSet, Layout
from viewflow.views import FormLayoutMixin
from viewflow.workflow.flow.views.mixins import (
    SuccessMessageMixin,
    TaskSuccessUrlMixin,
    TaskViewTemplateNames,
)

from workflows.steps import StepView

from . import services
from .intake_forms import PhoneIntakeForm
from .models import HelpRequest

TEMPLATES = "help_requests/helprequest"


class CaseStepView(StepView):
    """A coordinator's step: its form beside the request. A step may have a page of its own,
    `<step>_step.html` (the match step lists its suggestions with their facts)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("record_step", services.record_step)
        super().__init__(**kwargs)

    def get_template_names(self):
        step = self.request.activation.flow_task.name
        return [f"{TEMPLATES}/{step}_step.html", *super().get_template_names()]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        if hasattr(form, "suggestions"):
            # Each ranked volunteer with their radio button, for a page that shows the facts.
            context["suggestions"] = list(zip(form.suggestions, form["volunteer"], strict=True))
        return context


class PhoneIntakeView(
    FormLayoutMixin,
    SuccessMessageMixin,
    TaskSuccessUrlMixin,
    TaskViewTemplateNames,
    generic.FormView,
):
    """A coordinator takes a request by phone; it starts the same process as the web form."""

    form_class = PhoneIntakeForm
    template_filename = "start.html"
    success_message = _("Help request {process} has been saved.")
    layout = Layout(*(FieldSet(heading, *names) for heading, names in PhoneIntakeForm.SECTIONS))

    def get_template_names(self):
        return [f"{TEMPLATES}/phone_intake.html", *super().get_template_names()]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        data = form.cleaned_data
        activation = self.request.activation
        site = Site.objects.get(pk=data["site"])
        try:
            with transaction.atomic():
                services.take_phone_request(activation, data, site, self.request.user)
        except IntegrityError:
            # The same form saved twice (a double click): show the request the first made.
            existing = HelpRequest.objects.get(token=data["token"])
            return HttpResponseRedirect(reverse("help_inbox:history", args=[existing.pk]))
        activation.execute()
        return super().form_valid(form)

    def get_success_url(self):
        """The new request's own page, where its triage is one click away: the coordinator
        has just put the phone down and goes on with it (not back to a list)."""
        return reverse("help_inbox:history", args=[self.request.activation.process.pk])
