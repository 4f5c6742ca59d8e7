"""Claiming a coordinator's step, and what the coordinator who came second is told.

Two coordinators may open the same waiting step at once. viewflow takes the flow's lock
(`select_for_update_lock`) around each POST, so exactly one claim, or one completion, goes
through; the other request finds the task taken or done and viewflow refuses it with a bare
403. `CoordinatorView` is viewflow's `View` node whose claim and execute pages turn that
refusal into a page saying who took the step and when, with the ways on. Nothing of the
second coordinator's form is saved: the step is no longer theirs to take.
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import URLPattern
from django.utils import timezone

from viewflow.workflow import flow
from viewflow.workflow.exceptions import FlowLockFailed
from viewflow.workflow.flow.views import AssignTaskView
from viewflow.workflow.status import STATUS

TAKEN_TEMPLATE = "help_requests/helprequest/task_taken.html"


class ClaimView(AssignTaskView):
    """viewflow's claim page; it also notes when the step was claimed (viewflow does not)."""

    def form_valid(self, *args, **kwargs):
        self.request.activation.task.assigned = timezone.now()
        return super().form_valid(*args, **kwargs)


def why_refused(task, user, busy):
    """Why `user` cannot act on `task` because of someone's action: "busy" (another save
    holds the request), "done", "cancelled", "taken" (by another coordinator), "yours"
    (claimed already, e.g. by a double click); None for other reasons, such as no right to
    the step at all: those stay a plain 403."""
    if busy:
        return "busy"
    if task.status == STATUS.DONE:
        return "done"
    if task.status == STATUS.CANCELED:
        return "cancelled"
    if task.owner_id == user.pk and task.status == STATUS.ASSIGNED:
        return "yours"
    if task.owner_id:
        return "taken"
    return None


def explain_refusal(flow_task, view, claim=False):
    """Wrap viewflow's task `view` so that a refusal caused by another coordinator's action
    (the step taken or done meanwhile, or the request locked by their save) answers 409 with
    a page saying so, rather than 403 or 500. A second claim of one's own step (`claim`)
    goes on to the step's form."""

    @wraps(view)
    def explained(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except (PermissionDenied, FlowLockFailed) as refusal:
            task = (
                flow_task.flow_class.task_class._default_manager.select_related("owner")
                .filter(pk=kwargs.get("task_pk"), process_id=kwargs.get("process_pk"))
                .first()
            )
            if task is None or not flow_task.can_view(request.user, task):
                raise
            reason = why_refused(task, request.user, isinstance(refusal, FlowLockFailed))
            if reason == "yours" and claim:
                return redirect(flow_task.reverse("execute", args=[task.process_id, task.pk]))
            if reason in (None, "yours"):
                raise
            context = {"task": task, "process": task.process.coerced, "reason": reason}
            return TemplateResponse(request, TAKEN_TEMPLATE, context, status=409)

    return explained


def _explained(flow_task, pattern, claim=False):
    if pattern is None:
        return None
    callback = explain_refusal(flow_task, pattern.callback, claim=claim)
    return URLPattern(pattern.pattern, callback, pattern.default_args, pattern.name)


class CoordinatorView(flow.View):
    """A coordinator's step: viewflow's `View` node whose claim and execute pages tell the
    coordinator who came second what happened (see the module's docstring)."""

    assign_view_class = ClaimView

    @property
    def assign_path(self):
        return _explained(self, super().assign_path, claim=True)

    @property
    def view_path(self):
        return _explained(self, super().view_path)
