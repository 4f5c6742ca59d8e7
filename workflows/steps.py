"""A coordinator's step in viewflow's own UI, the same in every process: `coordinator_step()`;
and `outside_step()`, one that waits for someone outside it.

The step's page is a form (`StepView`) beside the case, drawn as plain HTML that works without
JavaScript (viewflow/workflow/task.html; fields a decision needs only for some answers say so,
see `workflows.step_forms`); its cleaned data go to the process's `record_step(step name,
process, data, user)`, which stores the decision and returns what the task's history keeps.
Scripts and the demo take the same step through the same function
(`workflows.engine.take_step`). Done, the step returns the coordinator to their list, or takes
and opens the next step of the same process where one can follow (`following_steps`).

Two coordinators may open the same waiting step at once. viewflow takes the flow's lock
(`select_for_update_lock`) around each POST, so exactly one claim, or one completion, goes
through; the other request finds the task taken or done and viewflow refuses it with a bare 403.
`CoordinatorView` turns that refusal into a page (409) saying who took the step and when, with
the ways on. Nothing of the second coordinator's form is saved: the step is no longer theirs.
"""

from functools import wraps

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import URLPattern
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.views import generic

from viewflow.views import FormLayoutMixin
from viewflow.workflow import flow, nodes
from viewflow.workflow.exceptions import FlowLockFailed
from viewflow.workflow.flow.views import AssignTaskView
from viewflow.workflow.flow.views.mixins import (
    SuccessMessageMixin,
    TaskSuccessUrlMixin,
    TaskViewTemplateNames,
)
from viewflow.workflow.status import STATUS

from workflows.engine import claim
from workflows.registry.staff import LIST_KEY
from workflows.scoping import coordinators


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
    record_step = None
    form_instance = None
    # Whether "take the next step" is offered where a coordinator's step can follow; False
    # where the next one waits for something else first (e.g. the meeting to happen).
    continues = True

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        process = self.request.activation.process
        if issubclass(self.form_class, forms.ModelForm):
            # A model form checks its values against the object it describes.
            kwargs["instance"] = self.form_instance(process) if self.form_instance else process
        if getattr(self.form_class, "takes_process", False):
            kwargs["process"] = process
        return kwargs

    def get_form(self, form_class=None):
        """The form as the page draws it in plain HTML (viewflow/workflow/task.html): labels
        without a colon, dates and times in the browser's own pickers, text areas four lines
        high unless the form says otherwise (they can be made taller)."""
        form = super().get_form(form_class)
        form.label_suffix = ""
        for field in form.fields.values():
            widget = field.widget
            if type(widget) in PICKERS and widget.input_type == "text":
                widget.input_type, widget.format = PICKERS[type(widget)]
            if isinstance(widget, forms.Textarea) and widget.attrs.get("rows") == "10":
                widget.attrs["rows"] = "4"
        return form

    def form_valid(self, form):
        activation = self.request.activation
        step = activation.flow_task.name
        activation.task.data = self.record_step(
            step, activation.process, form.cleaned_data, self.request.user
        )
        activation.execute()
        return super().form_valid(form)

    def get_success_message(self, cleaned_data):
        """What was done, for whom, and what waits now: "Triage the request: done for Elsa
        Asukas. Now waiting: Find a volunteer." """
        activation = self.request.activation
        process = activation.process
        waiting = [
            str(task.flow_task.task_title)
            for task in process.task_set.filter(status__in=WAITING).order_by("pk")
        ]
        if waiting:
            after = format_lazy(_("Now waiting: {steps}."), steps=", ".join(waiting))
        else:
            after = _("Nothing more waits in it.")
        return format_html(
            '{} <a href="{}">{}</a>',
            format_lazy(
                _("{step}: done for {process}. {after}"),
                step=activation.flow_task.task_title,
                process=process.brief,
                after=after,
            ),
            process.flow_class.instance.reverse("process_detail", args=[process.pk]),
            _("See its history"),
        )

    @cached_property
    def next_steps(self):
        """The titles of the coordinators' steps that may come straight after this one: where
        "take the next step" can lead (none: the button is not shown)."""
        if not self.continues:
            return []
        return [str(node.task_title) for node in following_steps(self.request.activation.flow_task)]

    def get_success_url(self):
        """Back where the coordinator came from: the list they opened the step from (a list
        keeps its address, see LIST_KEY), unless they asked to take the next step of this
        process ("_continue") and one waits that they hold or may take: it is opened."""
        if "_continue" in self.request.POST and (task := self._take_next_step()):
            return task.flow_task.reverse("execute", args=[task.process_id, task.pk])
        back = self.request.session.get(LIST_KEY, "")
        if back and url_has_allowed_host_and_scheme(back, {self.request.get_host()}):
            return back
        return super().get_success_url()

    def _take_next_step(self):
        """The coordinator's next step of this process: one they hold, else one waiting in
        their queue, which is taken for them ("take and open"); None when there is neither."""
        activation, user = self.request.activation, self.request.user
        manager = activation.flow_class.task_class._default_manager
        task = manager.next_user_task(activation.process, user)
        if task is None or task.flow_task_type != "HUMAN":
            return None
        if task.status == STATUS.ASSIGNED and task.owner_id == user.pk:
            return task
        return task if claim(task, user) else None


WAITING = [STATUS.NEW, STATUS.ASSIGNED, STATUS.STARTED]

# Date and time fields as the browser's pickers, in the format those send (ISO 8601).
PICKERS = {
    forms.DateInput: ("date", "%Y-%m-%d"),
    forms.DateTimeInput: ("datetime-local", "%Y-%m-%dT%H:%M"),
}

# Nodes a process passes through by itself, on the way to its next step.
AUTOMATIC = (nodes.If, nodes.Switch, nodes.Function, nodes.Split, nodes.Join)


def following_steps(node):
    """The coordinators' steps that may follow `node` straight away: through gateways and
    automatic steps, not past a step someone else takes (the volunteer, the resident, the
    clock) or the process's end. In the order the flow draws them."""
    found, seen = [], set()
    ahead = [edge.dst for edge in node._outgoing()]
    while ahead:
        following = ahead.pop(0)
        if following in seen:
            continue
        seen.add(following)
        if isinstance(following, CoordinatorView):
            found.append(following)
        elif isinstance(following, AUTOMATIC):
            ahead.extend(edge.dst for edge in following._outgoing())
    return found


class ClaimView(AssignTaskView):
    """viewflow's claim page; it also notes when the step was claimed (viewflow does not).
    Taking a step opens it ("take and open"): the step's own page says whose it is now."""

    success_message = ""

    def form_valid(self, *args, **kwargs):
        self.request.activation.task.assigned = timezone.now()
        return super().form_valid(*args, **kwargs)


def why_refused(task, user, busy):
    """Why `user` cannot act on `task` because of someone's action: "busy" (another save
    holds the process), "done", "cancelled", "taken" (by another coordinator), "yours"
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


def taken_templates(process):
    """A process may say it in its own words (`<app>/<model>/task_taken.html`)."""
    meta = process._meta
    return [f"{meta.app_label}/{meta.model_name}/task_taken.html", "workflows/task_taken.html"]


def explain_refusal(flow_task, view, claim=False):
    """Wrap viewflow's task `view` so that a refusal caused by another coordinator's action
    (the step taken or done meanwhile, or the process locked by their save) answers 409 with
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
            process, owner = task.process.coerced, task.owner
            context = {
                "task": task,
                "process": process,
                "reason": reason,
                "who": owner and (owner.get_full_name() or owner.get_username()),
                "detail_url": flow_task.reverse("detail", args=[task.process_id, task.pk]),
                "process_url": flow_task.flow_class.instance.reverse(
                    "process_detail", args=[task.process_id]
                ),
            }
            return TemplateResponse(request, taken_templates(process), context, status=409)

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

    def can_unassign(self, user, task):
        """Releasing or reassigning a claimed step: its owner, or a coordinator of the
        process's municipality (viewflow asks only whether the user manages the flow at all,
        so a coordinator of any municipality could release it)."""
        if task.owner_id is None or user is None or not user.is_authenticated:
            return False
        if task.owner_id == user.pk:
            return True
        return self.flow_class.instance.has_manage_permission(user, task.process)

    @property
    def assign_path(self):
        return _explained(self, super().assign_path, claim=True)

    @property
    def view_path(self):
        return _explained(self, super().view_path)


def coordinator_step(form_class, title, summary, record_step, view_class=StepView, **view):
    """A step any coordinator of the process's municipality can claim and take: `form_class`
    on `view_class`'s page, its data stored by `record_step`; `title` and `summary` (a
    template of the process) name it in lists of tasks."""
    page = view_class.as_view(form_class=form_class, record_step=record_step, **view)
    return (
        CoordinatorView(page)
        .Annotation(title=title, summary_template=summary)
        .Permission(coordinators)
    )


def outside_step(title, summary):
    """A step taken outside the coordinators' site (by the volunteer or the resident on the
    public site, by the roll, or by the clock through a timer): a `flow.Handle` task that the
    process's services complete through `workflows.engine.run_handle`."""
    return flow.Handle().Annotation(title=title, summary_template=summary)
