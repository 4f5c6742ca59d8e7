"""The volunteer agreement: confidentiality and code of conduct, in versions editors publish.

Each municipality keeps its own; a new version is a new snippet with a later start date, and a
volunteer's acceptance records the version they read (a `Consent` of purpose
`volunteer_agreement`). Editors translate it with wagtail-localize like any snippet.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet

from .taxonomy import source_language_terms


@register_snippet
class VolunteerAgreement(TranslatableMixin, models.Model):
    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="volunteer_agreements",
    )
    version = models.CharField(
        _("version"), max_length=20, help_text=_("For example 2026-1. Volunteers accept a version.")
    )
    in_force_from = models.DateField(_("in force from"), default=timezone.localdate)
    text = RichTextField(_("text"), features=["h2", "h3", "bold", "italic", "ol", "ul", "link"])

    panels = [
        FieldPanel("site"),
        FieldPanel("version"),
        FieldPanel("in_force_from"),
        FieldPanel("text"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("volunteer agreement")
        verbose_name_plural = _("volunteer agreements")
        ordering = ["-in_force_from", "-pk"]

    def __str__(self):
        return f"{self._meta.verbose_name} {self.version}"

    @classmethod
    def in_force(cls, site):
        """The version in force today for `site`, in the source language, or None."""
        return (
            cls.objects.filter(
                site=site, in_force_from__lte=timezone.localdate(), **source_language_terms()
            )
            .order_by("-in_force_from", "-pk")
            .first()
        )
