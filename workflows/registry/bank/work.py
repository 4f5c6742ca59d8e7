"""The organisations of the knowledge bank, and the onboarding steps that wait too long."""

import datetime
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.views import generic

from wagtail.models import Page, Site

from viewflow.workflow.models import Task
from viewflow.workflow.status import STATUS

from ..models import Volunteer
from ..permissions import coordinated_site_ids
from .views import CoordinatorRequiredMixin, NoStoreMixin


def organisation_pages(user):
    """The live source-language organisation profiles in the municipalities `user` coordinates,
    each with how many of those municipalities' volunteers volunteer through it."""
    sites = coordinated_site_ids(user)
    roots = Site.objects.filter(pk__in=sites).values_list("root_page__path", flat=True)
    in_sites = reduce(or_, (Q(path__startswith=path) for path in roots), Q(pk__in=[]))
    volunteers = (
        Volunteer.objects.filter(organisation=OuterRef("pk"), site_id__in=sites)
        .order_by()
        .values("organisation")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return (
        Page.objects.filter(
            in_sites,
            content_type__app_label="pages",
            content_type__model="organisationpage",
            locale__language_code=settings.LANGUAGE_CODE,
            live=True,
        )
        .annotate(volunteer_count=Coalesce(Subquery(volunteers, output_field=IntegerField()), 0))
        .order_by("title", "pk")
    )


class OrganisationListView(NoStoreMixin, CoordinatorRequiredMixin, generic.ListView):
    template_name = "registry/bank/organisation_list.html"
    paginate_by = 50

    def get_queryset(self):
        pages = organisation_pages(self.request.user)
        self.query = self.request.GET.get("q", "").strip()[:100]
        if self.query:
            pages = pages.filter(title__icontains=self.query)
        return pages

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["query"] = self.query
        context["rows"] = [
            (page, page.get_url(request=self.request)) for page in context["object_list"]
        ]
        return context


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


class StalledOnboardingView(NoStoreMixin, CoordinatorRequiredMixin, generic.ListView):
    """Every open onboarding step; those waiting longer than the setting allows come first."""

    template_name = "registry/bank/stalled_onboarding.html"
    paginate_by = 50

    def get_queryset(self):
        return waiting_onboarding_tasks(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        days = settings.ONBOARDING_STALLED_AFTER_DAYS
        stalled_before = timezone.now() - datetime.timedelta(days=days)
        context["stalled_after_days"] = days
        context["rows"] = [
            {
                "task": task,
                "volunteer": task.process.onboarding.volunteer,
                "url": task.flow_task.reverse("index", args=[task.process_id, task.pk]),
                "stalled": task.created < stalled_before,
                "held_by_volunteer": task.owner_id == task.process.onboarding.volunteer.user_id,
            }
            for task in context["object_list"]
        ]
        return context
