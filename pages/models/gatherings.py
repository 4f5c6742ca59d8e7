"""Trainings, recreation events and peer-support groups, as pages editors write in fi and sv.

A gathering page says what it is, for whom, and how accessible it is; its sessions (when,
where, how many seats) belong to the enrolment process (`workflows.training.Session`), so
that the Finnish page and its Swedish translation share one list of seats. Volunteers enrol
on the page; the page hands the enrolment to `workflows.training.services.enrol`.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from workflows.registry.models import Training, source_language_terms

from .base import IntroPage


class GatheringKind(models.TextChoices):
    TRAINING = "training", _("training")
    RECREATION = "recreation", _("recreation")
    PEER_SUPPORT = "peer_support", _("peer support")


class GatheringIndexPage(IntroPage):
    """The municipality's trainings and other gatherings for volunteers, soonest first."""

    publicly_cacheable = False  # shows how many seats are left, which changes by the minute
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.GatheringPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("gatherings index")
        verbose_name_plural = _("gatherings indexes")


class GatheringPage(IntroPage):
    """One training, recreation event or peer-support group: what it is, for whom, where and
    how accessible, and its sessions, in which volunteers enrol."""

    kind = models.CharField(
        _("kind"), max_length=12, choices=GatheringKind.choices, default=GatheringKind.TRAINING
    )
    training = models.ForeignKey(
        Training,
        verbose_name=_("training given"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=source_language_terms,
        help_text=_(
            "Attendees get this training on their record, valid as long as the training says."
        ),
    )
    audience = models.TextField(
        _("for whom"), blank=True, help_text=_("Who can take part, and what they need before.")
    )
    accessibility = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("Step-free access, hearing loop, interpretation, how to get there."),
    )

    content_panels = [
        *IntroPage.content_panels[:2],
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("training")], heading=_("What kind of gathering")
        ),
        FieldPanel("audience"),
        FieldPanel("accessibility"),
        *IntroPage.content_panels[2:],
    ]
    search_fields = [
        *IntroPage.search_fields,
        index.SearchField("audience"),
        index.FilterField("kind"),
    ]
    override_translatable_fields = [SynchronizedField("kind")]
    publicly_cacheable = False  # the enrolment form, and the visitor's own enrolment
    parent_page_types = ["pages.GatheringIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("gathering page")
        verbose_name_plural = _("gathering pages")
