"""Who of the staff saw which volunteer's personal data, and when (GDPR art. 30 and 32)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .volunteers import Volunteer


class VolunteerStaffView(models.Model):
    """A member of staff opened a page showing a volunteer's personal data (their details and
    the reasons on their history): who, when, whose, which page."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    volunteer = models.ForeignKey(
        Volunteer, verbose_name=_("volunteer"), on_delete=models.CASCADE, related_name="views"
    )
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    page = models.CharField(_("page"), max_length=200)

    class Meta:
        verbose_name = _("view of a volunteer's personal data")
        verbose_name_plural = _("views of volunteers' personal data")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.user} {self.volunteer_id} {self.at:%Y-%m-%d %H:%M}"
