"""Who of the staff saw which volunteer's personal data, and when (GDPR art. 30 and 32)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .volunteers import Volunteer


class StaffViewRecord(models.Model):
    """A member of staff opened a page showing someone's personal data: who, when, which page.
    A process's own record adds whose (a volunteer here, a help request in help_requests)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    page = models.CharField(_("page"), max_length=200)

    class Meta:
        abstract = True
        ordering = ["-at", "-pk"]


class VolunteerStaffView(StaffViewRecord):
    """A page showing a volunteer's personal data (their details and the reasons on their
    history) was opened."""

    volunteer = models.ForeignKey(
        Volunteer, verbose_name=_("volunteer"), on_delete=models.CASCADE, related_name="views"
    )

    class Meta(StaffViewRecord.Meta):
        verbose_name = _("view of a volunteer's personal data")
        verbose_name_plural = _("views of volunteers' personal data")

    def __str__(self):
        return f"{self.user} {self.volunteer_id} {self.at:%Y-%m-%d %H:%M}"
