from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import BodyBlock
from pages.cache import mark_private


def query_without_page(request):
    """The request's query string minus `page`, for pagination links that keep the rest."""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


class IntroPage(Page):
    """What every public page has: a short lead paragraph under the title and a body stream."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences."))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    # False for pages with a form or personal data: never cached anywhere (pages.cache).
    publicly_cacheable = True
    # Foreign keys the page's template always follows, fetched with the page when routing.
    route_related = ()

    class Meta:
        abstract = True

    def route(self, request, path_components):
        # Where every child is of one type (organisations, news), fetch the child asked for
        # with all its fields in one query; Wagtail's generic route takes two.
        models = self.allowed_subpage_models()
        if not path_components or len(models) != 1:
            return super().route(request, path_components)
        try:
            children = models[0].objects.child_of(self).select_related(*models[0].route_related)
            child = children.get(slug=path_components[0])
        except models[0].DoesNotExist as error:
            raise Http404 from error
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])

    def breadcrumbs(self):
        """The ancestors between the home page and this page, outermost first.

        Routing has already fetched them (`_cached_parent_obj`), so this usually costs nothing.
        """
        trail, page = [], self
        while page.depth > 3:
            page = page.get_parent()
            trail.append(page)
        return trail[::-1]

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        return response if self.publicly_cacheable else mark_private(response)
