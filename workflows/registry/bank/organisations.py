"""The organisations of the knowledge bank: their profiles in the coordinator's municipalities."""

from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.views import generic

from wagtail.models import Page, Site

from workflows import content

from ..models import Volunteer
from ..permissions import coordinated_site_ids, edits_website
from .views import BankPage


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
            **content.of_page_type(content.ORGANISATION_PAGE),
            locale__language_code=settings.LANGUAGE_CODE,
            live=True,
        )
        .annotate(volunteer_count=Coalesce(Subquery(volunteers, output_field=IntegerField()), 0))
        .order_by("title", "pk")
    )


class OrganisationListView(BankPage, generic.ListView):
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
        # Editing a profile is an editor's work, in Wagtail; a coordinator who is not one
        # would only be refused there.
        context["can_edit"] = edits_website(self.request.user)
        context["rows"] = [
            (page, page.get_url(request=self.request)) for page in context["object_list"]
        ]
        return context
