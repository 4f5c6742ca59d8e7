from django.utils.translation import gettext_lazy as _

from .base import IntroPage
from .news import NewsPage


class HomePage(IntroPage):
    """A municipality's front page: what volunteering here is, where to start, the latest news.

    Each municipality (a Wagtail Site) has one; its Swedish translation is the /sv/ home.
    """

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "pages.ContentPage",
        "pages.VolunteeringModelPage",
        "pages.OrganisationIndexPage",
        "pages.NewsIndexPage",
        "pages.SearchPage",
        "pages.VolunteerSignUpPage",
        "pages.HelpRequestPage",
        "pages.GatheringIndexPage",
    ]
    latest_news_count = 3

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = (
            NewsPage.objects.live()
            .public()
            .descendant_of(self)
            .order_by("-date", "-pk")[: self.latest_news_count]
        )
        return context
