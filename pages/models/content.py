from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from pages.blocks import RICH_TEXT_FEATURES, PrincipleBlock, RoleBlock, StepBlock

from .base import IntroPage


class ContentPage(IntroPage):
    """A plain page of text for anyone: the accessibility statement, the privacy notice, guides."""

    parent_page_types = ["pages.HomePage", "pages.ContentPage"]
    subpage_types = ["pages.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")


class VolunteeringModelPage(IntroPage):
    """The municipality's volunteering model, for residents, volunteers and organisations alike.

    It says what volunteering here means (principles), who does what in the volunteer network
    (roles), how a resident's request for help reaches a volunteer, and how to join.
    """

    principles = StreamField(
        [("principle", PrincipleBlock())], verbose_name=_("principles"), blank=True
    )
    roles = StreamField([("role", RoleBlock())], verbose_name=_("roles"), blank=True)
    mediation = StreamField(
        [("step", StepBlock())],
        verbose_name=_("how help is mediated"),
        blank=True,
        help_text=_("The steps from a request for help to a volunteer, in order."),
    )
    how_to_join = RichTextField(_("how to join"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [
        *IntroPage.content_panels[:2],
        FieldPanel("principles"),
        FieldPanel("roles"),
        FieldPanel("mediation"),
        FieldPanel("how_to_join"),
        FieldPanel("body"),
    ]
    search_fields = [
        *IntroPage.search_fields,
        index.SearchField("principles"),
        index.SearchField("roles"),
        index.SearchField("mediation"),
        index.SearchField("how_to_join"),
    ]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.ContentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("volunteering model")
        verbose_name_plural = _("volunteering models")
