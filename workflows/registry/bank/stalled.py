"""The onboarding steps of the coordinator's municipalities that wait too long, oldest first.

The bank reads them through viewflow's task table and the onboarding's reverse relation, without
importing the onboarding process (the registry stands below the processes).
"""

import datetime

from django.conf import settings
from django.utils import timezone
from django.views import generic

from viewflow.workflow.models import Task
from viewflow.workflow.status import STATUS

from ..permissions import coordinated_site_ids
from ..staff import RemembersList
from .views import BankPage


def stalled_since():
    """An onboarding step created before this has waited longer than the setting allows."""
    return timezone.now() - datetime.timedelta(days=settings.ONBOARDING_STALLED_AFTER_DAYS)


def waiting_onboarding_tasks(user):
    """The open onboarding steps of `user`'s municipalities, the longest waiting first."""
    return (
        Task.objects.filter(
            status__in=[STATUS.NEW, STATUS.ASSIGNED],
            process__onboarding__volunteer__site_id__in=coordinated_site_ids(user),
        )
        .select_related("process__onboarding__volunteer__user", "owner")
        .order_by("created", "pk")
    )


class StalledOnboardingView(RemembersList, BankPage, generic.ListView):
    """Every open onboarding step; those waiting longer than the setting allows come first."""

    template_name = "registry/bank/stalled_onboarding.html"
    paginate_by = 50

    def get_queryset(self):
        return waiting_onboarding_tasks(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        stalled_before = stalled_since()
        context["stalled_after_days"] = settings.ONBOARDING_STALLED_AFTER_DAYS
        user = self.request.user
        context["rows"] = [
            {
                "task": task,
                # One click takes a coordinator's step nobody holds and opens its form.
                "claim_url": (
                    task.flow_task.reverse("assign", args=[task.process_id, task.pk])
                    if task.owner_id is None and task.flow_task_type == "HUMAN"
                    else None
                ),
                "mine": task.owner_id == user.pk,
                "volunteer": task.process.onboarding.volunteer,
                "url": task.flow_task.reverse("index", args=[task.process_id, task.pk]),
                "stalled": task.created < stalled_before,
                "held_by_volunteer": task.owner_id == task.process.onboarding.volunteer.user_id,
            }
            for task in context["object_list"]
        ]
        return context
