"""A coordinator's step in viewflow's own UI: a form beside the case, then the task is done.

Each process names its steps' forms in its flow and gives `StepView` its `record_step`
(step name, process, the form's cleaned data, the user) → what the task's history keeps.
The process's services store the decision there, so scripts and the demo take the same
steps through the same code.
"""

from django.db import transaction
from django.forms import ModelForm
from django.utils.translation import gettext_lazy as _
from django.views import generic

from viewflow.views import FormLayoutMixin
from viewflow.workflow.flow.views.mixins import (
    SuccessMessageMixin,
    TaskSuccessUrlMixin,
    TaskViewTemplateNames,
)
from viewflow.workflow.status import STATUS


class StepView(
    FormLayoutMixin,
    SuccessMessageMixin,
    TaskSuccessUrlMixin,
    TaskViewTemplateNames,
    generic.FormView,
):
    """The step's form (`form_class`), checked, then handed to `record_step` with the task it
    completes. A model form edits `form_instance(process)`, by default the process itself; a
    form with a `process` argument is built for the process (e.g. its choices)."""

    template_filename = "task.html"
    success_message = _("Task {task} has been completed.")
    record_step = None
    form_instance = None

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        process = self.request.activation.process
        if issubclass(self.form_class, ModelForm):
            # A model form checks its values against the object it describes.
            kwargs["instance"] = self.form_instance(process) if self.form_instance else process
        if getattr(self.form_class, "takes_process", False):
            kwargs["process"] = process
        return kwargs

    def form_valid(self, form):
        activation = self.request.activation
        step = activation.flow_task.name
        activation.task.data = self.record_step(
            step, activation.process, form.cleaned_data, self.request.user
        )
        activation.execute()
        return super().form_valid(form)


def take_step(process, step, user, record):
    """`user` claims and completes the coordinator's `step` of `process` as its task page
    would, for scripts, tests and the demo: `record(process)` stores the step's decision and
    returns what the task's history keeps. Returns False when the step is not waiting for a
    coordinator, or not one `user` may take."""
    with transaction.atomic():
        task = (
            process.task_set.filter(status=STATUS.NEW, flow_task=getattr(process.flow_class, step))
            .order_by("-created")
            .first()
        )
        if task is None or not task.flow_task.can_assign(user, task):
            return False
        with task.activation() as activation:
            activation.assign(user)
            activation.start(request=None)
            activation.task.data = record(activation.process)
            activation.execute()
    return True
