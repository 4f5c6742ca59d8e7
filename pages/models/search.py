from django import forms
from django.core.paginator import Paginator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from pages.search import search_pages

from .base import IntroPage, query_without_page


def specific_in_order(pages):
    """The specific page objects for `pages`, in the same order, with one query per page type."""
    ids = [page.pk for page in pages]
    by_id = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    return [by_id[pk] for pk in ids if pk in by_id]


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search words"),
        max_length=200,
        strip=True,
        error_messages={
            "max_length": _("Use at most %(limit_value)d characters (you used %(show_value)d).")
        },
    )


class SearchPage(IntroPage):
    """Search across the municipality's pages in the visitor's language.

    A Wagtail page rather than a plain view so that its address is translated (/fi/haku/,
    /sv/sok/) and its introduction is editable like any other.
    """

    per_page = 10
    publicly_cacheable = False  # results follow each visitor's query
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("search page")
        verbose_name_plural = _("search pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = SearchForm(request.GET or None)
        results = None
        if form.is_valid():
            root = self.get_site().root_page.localized
            pages = Page.objects.live().public().descendant_of(root).exclude(pk=self.pk)
            hits = search_pages(
                form.cleaned_data["q"], pages.filter(locale_id=self.locale_id), get_language()
            )
            results = Paginator(hits, self.per_page).get_page(request.GET.get("page"))
            results.object_list = specific_in_order(results.object_list)
        context.update(form=form, results=results, search_query=query_without_page(request))
        return context
