"""The coordinators' task pages for onboarding, in viewflow's own UI.

Each step is a form; `StepView` shows it beside the applicant's details, has
`services.record_step` store what was decided (also in the task's data, so the process history
shows who decided what, and when) and completes the task.
"""

from django.forms import ModelForm
from django.utils.translation import gettext_lazy as _
from django.views import generic

from viewflow.views import FormLayoutMixin
from viewflow.workflow.flow.views.mixins import (
    SuccessMessageMixin,
    TaskSuccessUrlMixin,
    TaskViewTemplateNames,
)

from workflows.registry.models import Volunteer

from . import services


class StepView(
    FormLayoutMixin,
    SuccessMessageMixin,
    TaskSuccessUrlMixin,
    TaskViewTemplateNames,
    generic.FormView,
):
    """A coordinator's step: its form (`form_class`, given in the flow), checked, then handed
    to `services.record_step` with the task it completes."""

    template_filename = "task.html"
    success_message = _("Task {task} has been completed.")

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if issubclass(self.form_class, ModelForm):
            # A model form checks its values against the object it describes.
            process = self.request.activation.process
            model = self.form_class._meta.model
            kwargs["instance"] = process.volunteer if model is Volunteer else process
        return kwargs

    def form_valid(self, form):
        activation = self.request.activation
        step = activation.flow_task.name
        activation.task.data = services.record_step(step, activation.process, form.cleaned_data)
        activation.execute()
        return super().form_valid(form)


class VolunteerStepView(TaskViewTemplateNames, generic.TemplateView):
    """A step the volunteer takes in My volunteering: coordinators only see it waiting."""

    template_filename = "volunteer_step.html"
