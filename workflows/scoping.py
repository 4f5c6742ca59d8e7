"""A coordinator sees their own municipality's work, in viewflow's own pages too.

viewflow checks a flow's `has_view_permission(user, obj)` on a process's and a task's pages,
but its lists (dashboard, processes, tasks, inbox, queue, archive, the menu's counts, the
bulk actions' confirmation) read the flow's whole tables, and a process's chart checks the
flow only. viewflow 2.4 has no queryset hook for these (its dashboard carries a "TODO
queryset from viewset"); its extension point is the viewset's `*_view_class` attributes.

So a flow says where its processes' municipality is (`MunicipalityFlow.municipality`) and
cuts a queryset to a user's municipalities (`scope`), and `MunicipalityFlowApp`, a
`FlowAppViewset`, serves viewflow's views with their querysets passed through it. Where
coordinators work from them (the board, the queue, the list of steps) they show the steps as
`workflows.worklists` says: the longest waiting first, the stalled marked, one click to take.
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import URLPattern, URLResolver

from viewflow.utils import viewprop
from viewflow.workflow.fields import import_task_by_ref
from viewflow.workflow.flow import FlowAppViewset, views
from viewflow.workflow.models import Task
from viewflow.workflow.status import STATUS

from workflows.registry.permissions import coordinated_site_ids, site_permission
from workflows.worklists import takes_or_opens, waiting_longest_first


class MunicipalityFlow:
    """A mixin for a flow each of whose processes belongs to one municipality (a Site):
    the coordinators of that municipality see and manage it, nobody else."""

    # The lookup from the process to its Site, e.g. "site" or "volunteer__site".
    municipality = None

    def municipality_id(self, process):
        *path, field = self.municipality.split("__")
        for name in path:
            process = getattr(process, name)
        return getattr(process, f"{field}_id")

    def has_view_permission(self, user, obj=None):
        sites = coordinated_site_ids(user)
        if obj is None:
            return bool(sites)
        return self.municipality_id(obj) in sites

    def has_manage_permission(self, user, obj=None):
        return self.has_view_permission(user, obj)

    def _get_urls(self):
        """viewflow's pages of this flow's processes and steps, each first making sure that the
        process in its address is of the user's municipality, and the step one of that process.
        viewflow asks `has_manage_permission(user)` without the process for a release, a
        reassignment, a cancel or an undo, and loads a step by its own pk whatever process the
        address names: without this, a coordinator of any municipality could release another's
        claimed step."""
        patterns = super()._get_urls()
        _guard_all(self, patterns)
        return patterns

    def may_act_on(self, user, process_pk, task_pk=None):
        """Whether `user` coordinates the municipality of process `process_pk` of this flow
        (and `task_pk`, when given, is a step of that process)."""
        processes = self.processes_for(user).filter(pk=process_pk)
        if task_pk is None:
            return processes.exists()
        tasks = Task.objects.filter(pk=task_pk, process_id=process_pk)
        return tasks.filter(process__in=processes.values("pk")).exists()

    def processes_for(self, user):
        """This flow's processes in the municipalities `user` coordinates."""
        lookup = {f"{self.municipality}__in": coordinated_site_ids(user)}
        return self.process_class._default_manager.filter(flow_class=type(self), **lookup)

    def scope(self, queryset, user):
        """`queryset`, of this flow's processes or of tasks, cut to this flow's work in the
        municipalities `user` coordinates."""
        processes = self.processes_for(user).values("pk")
        if issubclass(queryset.model, Task):
            return queryset.filter(process__in=processes)
        return queryset.filter(pk__in=processes)


def _guard_all(flow, patterns):
    """Put `in_municipality` in front of every view in `patterns` (nested includes too)."""
    for index, pattern in enumerate(patterns):
        if isinstance(pattern, URLResolver):
            _guard_all(flow, pattern.url_patterns)
        elif isinstance(pattern, URLPattern):
            callback = in_municipality(flow, pattern.callback)
            patterns[index] = URLPattern(
                pattern.pattern, callback, pattern.default_args, pattern.name
            )


def in_municipality(flow, view):
    """`view`, refused (403) to a signed-in user when the process (and step) in its address
    is not of a municipality they coordinate. Anonymous visitors go on to the view, which
    sends them to sign in."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        process_pk = kwargs.get("process_pk")
        user = request.user
        checked = process_pk is not None and user.is_authenticated
        if checked and not flow.may_act_on(user, process_pk, kwargs.get("task_pk")):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded


def coordinators(activation):
    """What a coordinator's step of a `MunicipalityFlow` requires (its `.Permission`): to
    coordinate the municipality of the step's process."""
    flow = activation.flow_task.flow_class.instance
    return site_permission(flow.municipality_id(activation.process))


class ScopedList:
    """A viewflow list of one flow whose queryset holds the user's municipalities' work."""

    flow_class = None  # given by the viewset, as to viewflow's own views

    @viewprop
    def queryset(self):
        queryset = super().queryset
        if queryset is None:  # the view would list its model's whole table
            queryset = self.model._default_manager.all()
        scoped = self.flow_class.instance.scope(queryset, self.request.user)
        # Pages of a list hold the same rows only in a fixed order: newest first. viewflow
        # keeps a queryset's explicit order_by (not its model's Meta ordering) as the default.
        return scoped if scoped.query.order_by else scoped.order_by("-created", "-pk")

    def get_filterset(self, filterset_class, queryset):
        """viewflow's filter of steps names each "Avunpyyntö/Triage" (the process and the node's
        code name, in English); ours names it by the step's own title, in the user's language."""
        filterset = super().get_filterset(filterset_class, queryset)
        steps = filterset.filters.get("flow_task")
        if steps is not None:
            steps.field.choices = [
                (ref, _step_title(ref, label)) for ref, label in steps.field.choices if ref
            ]
        return filterset


def _step_title(ref, label):
    try:
        return import_task_by_ref(ref).task_title or label
    except (ImportError, AttributeError, ValueError):
        return label


def scoped(view_class):
    """viewflow's `view_class`, listing the user's municipalities' work only."""
    return type(view_class.__name__, (ScopedList, view_class), {})


class ScopedDashboardView(views.DashboardView):
    """viewflow's dashboard, its cards taken from the user's municipalities' tasks only.
    viewflow builds them inside `get_context_data` from the whole table; here they are
    built again, with the same filters, from the scoped one, the longest waiting first."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        flow = self.flow_class.instance
        manager = self.flow_class.task_class._default_manager
        tasks = flow.scope(manager.filter_available([self.flow_class], user), user)
        for column in context["columns"]:
            waiting = tasks.filter(
                Q(finished__isnull=True) | Q(status=STATUS.ERROR), flow_task=column["node"]
            )
            column["tasks"] = waiting_longest_first(flow, waiting)[: self.MAX_ROWS]
        context["finished"] = tasks.filter(
            finished__isnull=False, flow_task__in=context["end_nodes"]
        )[: self.MAX_ROWS]
        return context


class ScopedChartView(views.FlowChartView):
    """viewflow's chart; a process's chart (where it stands) for its coordinators only."""

    def dispatch(self, request, *args, **kwargs):
        process_pk = kwargs.get("process_pk")
        processes = self.flow_class.instance.processes_for(request.user)
        if process_pk is not None and not processes.filter(pk=process_pk).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class MunicipalityFlowApp(FlowAppViewset):
    """viewflow's application of a `MunicipalityFlow`, every list of it scoped by `scope`."""

    dashboard_view_class = ScopedDashboardView
    chart_view_class = ScopedChartView
    process_list_view_class = scoped(views.DashboardProcessListView)
    task_list_view_class = scoped(takes_or_opens(views.DashboardTaskListView))
    inbox_view_class = scoped(views.FlowInboxListView)
    queue_view_class = scoped(takes_or_opens(views.FlowQueueListView))
    archive_view_class = scoped(views.FlowArchiveListView)
    tasks_assign_view_class = scoped(views.BulkAssignTasksActionView)
    tasks_unassign_view_class = scoped(views.BulkUnassignTasksActionView)

    def get_context_data(self, request):
        """The menu's inbox and queue, whose counts it shows."""
        flow = self._flow_class.instance
        return {
            name: flow.scope(tasks, request.user)
            for name, tasks in super().get_context_data(request).items()
        }


def release_tasks(user, site_id):
    """Put the coordinator's steps that `user` had claimed in municipality `site_id` back in
    its queue: once their role there ends they could neither see nor finish them."""
    released = 0
    for flow_class in MunicipalityFlow.__subclasses__():
        flow = flow_class.instance
        processes = flow.process_class._default_manager.filter(**{flow.municipality: site_id})
        held = Task.objects.filter(
            owner=user, status=STATUS.ASSIGNED, process__in=processes.values("pk")
        )
        for task in held:
            with task.activation() as activation:
                if activation.unassign.can_proceed():
                    activation.unassign()
                    released += 1
    return released


def on_coordinator_role_removed(sender, instance, **kwargs):
    release_tasks(instance.user, instance.site_id)
