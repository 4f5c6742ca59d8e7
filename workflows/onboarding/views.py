"""The onboarding steps that are not the coordinators' forms (those are `workflows.steps`)."""

from django.views import generic

from viewflow.workflow.flow.views.mixins import TaskViewTemplateNames


class VolunteerStepView(TaskViewTemplateNames, generic.TemplateView):
    """A step the volunteer takes in My volunteering: coordinators only see it waiting."""

    template_filename = "volunteer_step.html"
