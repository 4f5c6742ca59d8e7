"""Who coordinates which municipality's volunteers.

A coordinator sees the volunteers, processes and knowledge bank of the municipalities (Wagtail
Sites) they are named for here, and nothing of the others. The role reaches viewflow as one
permission per site, `registry.coordinate_site_<pk>` (see `workflows.registry.permissions`),
so that viewflow's own queues and task checks are scoped by municipality.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet


@register_snippet
class Coordinator(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        on_delete=models.CASCADE,
        related_name="coordinator_roles",
    )
    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="coordinators",
    )

    panels = [FieldPanel("user"), FieldPanel("site")]

    class Meta:
        verbose_name = _("coordinator")
        verbose_name_plural = _("coordinators")
        constraints = [
            models.UniqueConstraint(fields=["user", "site"], name="one_role_per_site"),
        ]

    def __str__(self):
        return f"{self.user.get_full_name() or self.user.get_username()} – {self.site}"
