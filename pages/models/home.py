from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from .base import IntroPage
from .gatherings import GatheringIndexPage, GatheringPage, with_next_session
from .news import NewsPage


class HomePage(IntroPage):
    """A municipality's front page: what volunteering here is, where to start, the trainings
    and gatherings coming up, the latest news.

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
    upcoming_gatherings_count = 3

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Which sections are private is read once (a query) for both lists below.
        private = Page.objects.all().private_q()
        context["latest_news"] = (
            NewsPage.objects.live()
            .exclude(private)
            .descendant_of(self)
            .order_by("-date", "-pk")[: self.latest_news_count]
        )
        gatherings_index = GatheringIndexPage.objects.live().exclude(private).child_of(self).first()
        context["gatherings_index"] = gatherings_index
        context["upcoming_gatherings"] = (
            with_next_session(
                GatheringPage.objects.live().exclude(private).child_of(gatherings_index)
            )[: self.upcoming_gatherings_count]
            if gatherings_index
            else []
        )
        return context
