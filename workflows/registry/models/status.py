"""A volunteer's history of status changes: who moved them, when, from what to what, why and
until when. The doors that make the changes are `workflows.registry.status`."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .volunteers import Volunteer


class StatusChange(models.Model):
    """One change of a volunteer's status: paused (until a day, or until further notice),
    resumed, moved to the reserve, ended.

    The reason is personal data, and may tell of someone's life: it is in the volunteer's
    download, blanked when they are erased, and forgotten once the status it explains has been
    over for `VOLUNTEER_STATUS_REASON_DAYS` (`status.forget_reasons`). The rest (who, when,
    from, to) stays, so the network can count pauses and endings."""

    class Actor(models.TextChoices):
        COORDINATOR = "coordinator", _("a coordinator")
        VOLUNTEER = "volunteer", _("the volunteer themselves")
        PORTAL = "portal", _("automatically, after the last day of the pause")

    # Blanked on erasure and when kept long enough (see the docstring).
    PERSONAL_FIELDS = ("reason",)

    volunteer = models.ForeignKey(
        Volunteer,
        verbose_name=_("volunteer"),
        on_delete=models.CASCADE,
        related_name="status_changes",
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    actor = models.CharField(_("by"), max_length=12, choices=Actor.choices)
    # The coordinator or the volunteer who made it; None when it happened by itself.
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    from_status = models.CharField(_("from"), max_length=10, choices=Volunteer.Status.choices)
    to_status = models.CharField(_("to"), max_length=10, choices=Volunteer.Status.choices)
    reason = models.TextField(_("reason"), max_length=500, blank=True)
    # A pause's last day; the next day the volunteer is active again (`status.end_pauses`).
    until = models.DateField(_("until"), null=True, blank=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.volunteer_id}: {self.from_status} → {self.to_status} ({self.at:%Y-%m-%d})"
