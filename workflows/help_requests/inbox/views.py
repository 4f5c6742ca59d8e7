"""The help-request inbox's pages: the waiting requests, and one request's full history."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views import generic

from workflows.registry.models import Area, KindOfHelp, term_names
from workflows.registry.permissions import coordinated_site_ids
from workflows.registry.staff import CoordinatorRequiredMixin, NoStoreMixin, RemembersList

from .. import audit
from ..flows import HelpRequestFlow
from ..models import HelpRequest
from . import history, queues
from .filters import InboxFilters

PAGE_SIZE = 50


class CoordinatorsOnlyMixin(NoStoreMixin, CoordinatorRequiredMixin):
    refusal = _("The help-request inbox is for the municipality's coordinators.")


def step_action(task, user):
    """The link (or claim button) that takes `user` on with `task` in viewflow's pages."""
    node, args = task.flow_task, [task.process_id, task.pk]
    if node.name in queues.COORDINATOR_STEPS:
        if task.owner_id is None:
            return {
                "label": _("Claim and open"),
                "url": node.reverse("assign", args=args),
                "claim": True,
            }
        if task.owner_id == user.pk:
            return {"label": _("Continue"), "url": node.reverse("execute", args=args)}
    return {"label": _("See the step"), "url": node.reverse("detail", args=args)}


class InboxView(RemembersList, CoordinatorsOnlyMixin, generic.ListView):
    """The waiting requests, stalled first, by queue and filtered by kind, area and age."""

    template_name = "help_requests/inbox/list.html"
    paginate_by = PAGE_SIZE

    def get_queryset(self):
        self.filters = InboxFilters(self.request.GET)
        self.filters.is_valid()
        data = self.filters.cleaned_data
        self.filtered = queues.filtered(
            queues.waiting_tasks(self.request.user),
            kind=data.get("kind"),
            area=data.get("area"),
            age=data.get("age"),
        )
        self.queue = queues.BY_SLUG.get(data.get("queue"))
        if self.queue:
            return self.filtered.filter(flow_task=self.queue.node)
        return self.filtered

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        names = {"kinds": term_names(KindOfHelp), "areas": term_names(Area)}
        counts = queues.counts(self.filtered)
        now = timezone.now()
        user = self.request.user
        context.update(
            queue=self.queue,
            filters=self.filters.cleaned_data,
            names=names,
            ages=queues.AGES,
            counts=counts,
            queues=[(queue, counts[queue.slug]) for queue in queues.QUEUES],
            stalled_after_hours=settings.HELP_REQUEST_STALLED_AFTER_HOURS,
            phone_intake_url=HelpRequestFlow.start_phone.reverse("execute"),
            rows=[self.row(task, names, now, user) for task in context["object_list"]],
        )
        return context

    @staticmethod
    def row(task, names, now, user):
        help_request = task.process.helprequest
        queue = queues.BY_STEP[task.flow_task.name]
        offers = help_request.open_offers
        deadline = queue.deadline(task)
        # A coordinator's name, or who the outside steps wait for; nobody yet: in the queue.
        held_by = history.person(task.owner) if task.owner_id else history.ACTORS.get(queue.step)
        return {
            "task": task,
            "request": help_request,
            "queue": queue,
            "kind": names["kinds"].get(help_request.kind_of_help_id, ""),
            "area": names["areas"].get(help_request.area_id, ""),
            "deadline": deadline,
            "overdue": deadline is not None and deadline <= now,
            "offer": offers[0] if offers else None,
            "held_by": held_by,
            "action": step_action(task, user),
        }


class HistoryView(CoordinatorsOnlyMixin, generic.DetailView):
    """One request on one screen: its details, every step with who took it and what was
    decided, its offers and reports, and who of the staff has seen it. Seeing it is logged."""

    template_name = "help_requests/inbox/history.html"
    context_object_name = "process"
    SHOWN_VIEWS = 200

    def get_object(self, queryset=None):
        help_request = get_object_or_404(
            HelpRequest.objects.select_related("consent_taken_by", "volunteer__user"),
            pk=self.kwargs["pk"],
        )
        if help_request.site_id not in coordinated_site_ids(self.request.user):
            raise PermissionDenied(_("This help request belongs to another municipality."))
        return help_request

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        audit.log_view(request, self.object)
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        process = self.object
        views = process.views.select_related("user").order_by("-at", "-pk")
        case = history.case_file(process)
        steps = history.steps(process, case)
        context.update(
            case=case,
            steps=steps,
            staff_views=views[: self.SHOWN_VIEWS],
            staff_view_count=views.count(),
            shown_views=self.SHOWN_VIEWS,
            waiting=[
                (step["task"], step_action(step["task"], self.request.user))
                for step in steps
                if step["waiting"]
            ],
            process_url=HelpRequestFlow.instance.reverse("process_detail", args=[process.pk]),
        )
        return context
