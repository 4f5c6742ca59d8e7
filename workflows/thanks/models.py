"""A thank-you to one volunteer: why (a milestone, a campaign, a coordinator's wish), what
it said, how it went out, and when. The process row is the record on the volunteer's file.

`milestone_key` names a milestone ("hours:50", "years:3", "first_task", "campaign:…"); a
volunteer is thanked for each key at most once, which the database holds (a unique
constraint), so a milestone never fires twice, even when two runs of the daily check meet.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from viewflow.workflow.models import Process

from workflows.registry.models import Volunteer


class Thanks(Process):
    class Reason(models.TextChoices):
        FIRST_TASK = "first_task", _("first task done")
        HOURS = "hours", _("hours of volunteering")
        YEARS = "years", _("years of volunteering")
        CAMPAIGN = "campaign", _("the end of a campaign")
        BY_HAND = "by_hand", _("a coordinator's thanks")

    class Decision(models.TextChoices):
        SEND = "send", _("Send the thanks")
        SKIP = "skip", _("Skip: no thanks this time")

    class Delivery(models.TextChoices):
        EMAIL = "email", _("by e-mail")
        LETTER = "letter", _("as a letter")

    volunteer = models.ForeignKey(
        Volunteer, verbose_name=_("volunteer"), on_delete=models.CASCADE, related_name="thanks"
    )
    reason = models.CharField(_("reason"), max_length=10, choices=Reason.choices)
    # Hours or years reached; empty for the other reasons.
    amount = models.PositiveSmallIntegerField(_("amount"), null=True, blank=True)
    campaign = models.CharField(_("campaign"), max_length=150, blank=True)
    milestone_key = models.CharField(max_length=160, blank=True, editable=False)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    decision = models.CharField(_("decision"), max_length=4, choices=Decision.choices, blank=True)
    message = models.TextField(_("message"), max_length=4000, blank=True)
    invitation = models.ForeignKey(
        "training.Session",
        verbose_name=_("invitation to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    delivery = models.CharField(_("sent"), max_length=6, choices=Delivery.choices, blank=True)
    sent_at = models.DateTimeField(_("sent on"), null=True, blank=True)

    class Meta:
        verbose_name = _("thanks")
        verbose_name_plural = _("thanks")
        ordering = ["-created", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["volunteer", "milestone_key"],
                condition=~models.Q(milestone_key=""),
                name="one_thanks_per_milestone",
            )
        ]

    def __str__(self):
        return str(_("Thanks to %(volunteer)s") % {"volunteer": self.volunteer})

    @property
    def occasion(self):
        """Why the thanks, in words: "50 hours of volunteering", "first task done", …"""
        if self.reason == self.Reason.HOURS:
            return _("%(amount)s hours of volunteering") % {"amount": self.amount}
        if self.reason == self.Reason.YEARS:
            return ngettext(
                "%(amount)s year of volunteering", "%(amount)s years of volunteering", self.amount
            ) % {"amount": self.amount}
        if self.reason == self.Reason.CAMPAIGN:
            return _("the end of the campaign %(name)s") % {"name": self.campaign}
        return self.get_reason_display()

    # The flow's gates, read as words.

    @property
    def skipped(self):
        return self.decision == self.Decision.SKIP

    @property
    def volunteer_has_email(self):
        """The thanks can go by e-mail; without one, a letter is printed and posted."""
        return bool(self.volunteer.user.email)
