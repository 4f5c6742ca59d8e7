from django.db import models
from django.utils.translation import gettext_lazy as _


class ScheduledRun(models.Model):
    """When the scheduler last queued a periodic job; the row named `HEARTBEAT` is the
    scheduler's own, written on every pass, which the readiness check reads."""

    HEARTBEAT = "scheduler"

    name = models.CharField(_("name"), max_length=100, primary_key=True)
    last_run_at = models.DateTimeField(_("last run at"))

    class Meta:
        verbose_name = _("scheduled run")
        verbose_name_plural = _("scheduled runs")

    def __str__(self):
        return f"{self.name} {self.last_run_at:%Y-%m-%d %H:%M}"
