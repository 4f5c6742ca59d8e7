from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from .base import IntroPage


class NewsIndexPage(IntroPage):
    """The municipality's news about volunteering, newest first."""

    per_page = 10
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = NewsPage.objects.live().public().child_of(self).order_by("-date", "-pk")
        context["news_page"] = Paginator(news, self.per_page).get_page(request.GET.get("page"))
        return context


class NewsPage(IntroPage):
    """One news item: a campaign, a training, a thank-you event, a call for volunteers."""

    date = models.DateField(_("date"), default=timezone.localdate)

    content_panels = [
        *IntroPage.content_panels[:1],
        FieldPanel("date"),
        *IntroPage.content_panels[1:],
    ]
    search_fields = [*IntroPage.search_fields, index.FilterField("date")]
    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")
