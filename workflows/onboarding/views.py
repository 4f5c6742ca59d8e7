"""The coordinators' task pages for onboarding, in viewflow's own UI.

Each step is a form; `StepView` shows it beside the applicant's details, records what was
decided in the task's data (so the process history shows who decided what, and when) and
completes the task.
"""

from django.utils.translation import gettext_lazy as _
from django.views import generic

from viewflow.views import FormLayoutMixin
from viewflow.workflow.flow.views.mixins import (
    SuccessMessageMixin,
    TaskSuccessUrlMixin,
    TaskViewTemplateNames,
)

from . import forms, services


class StepView(
    FormLayoutMixin,
    SuccessMessageMixin,
    TaskSuccessUrlMixin,
    TaskViewTemplateNames,
    generic.FormView,
):
    template_filename = "task.html"
    success_message = _("Task {task} has been completed.")

    def get_instance(self):
        """The object the form edits: the process, unless a step says otherwise."""
        return self.request.activation.process

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if issubclass(self.form_class, forms.forms.ModelForm):
            kwargs["instance"] = self.get_instance()
        return kwargs

    def form_valid(self, form):
        activation = self.request.activation
        activation.task.data = self.record(form, activation.process) or {}
        activation.execute()
        return super().form_valid(form)

    def record(self, form, process):
        """Store what the form says; return what the task's history should keep."""
        raise NotImplementedError


class ReviewView(StepView):
    form_class = forms.ReviewForm

    def record(self, form, process):
        return services.record_review(form.save())


class ScheduleMeetingView(StepView):
    form_class = forms.ScheduleMeetingForm

    def record(self, form, process):
        return services.record_meeting_time(form.save())


class MeetingOutcomeView(StepView):
    form_class = forms.MeetingOutcomeForm

    def record(self, form, process):
        return services.record_meeting_outcome(form.save())


class RecordExtractView(StepView):
    form_class = forms.RecordExtractForm

    def get_instance(self):
        return self.request.activation.process.volunteer

    def record(self, form, process):
        volunteer = form.save()
        return {
            "sighted_on": volunteer.record_extract_sighted_on.isoformat(),
            "issued_on": volunteer.record_extract_issued_on.isoformat(),
        }


class OrientationView(StepView):
    form_class = forms.OrientationForm

    def record(self, form, process):
        return services.record_training(
            process.volunteer, form.cleaned_data["training"], form.cleaned_data["completed_on"]
        )


class VolunteerStepView(TaskViewTemplateNames, generic.TemplateView):
    """A step the volunteer takes in My volunteering: coordinators only see it waiting."""

    template_filename = "volunteer_step.html"
