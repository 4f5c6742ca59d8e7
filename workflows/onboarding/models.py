"""The onboarding process's own record: what each step decided about one new volunteer.

Who did each step and when lives in viewflow's tasks (owner, started, finished) and each
task's `data` keeps what was decided then, so a second review after "ask for more" does not
overwrite the first. The fields here hold the latest answer of each step, for the next step
and for "My volunteering" to read.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from viewflow.workflow.models import Process

from workflows.registry.models import Volunteer


class Onboarding(Process):
    class Decision(models.TextChoices):
        APPROVE = "approve", _("Approve: invite to an introductory meeting")
        ASK = "ask", _("Ask the applicant for more information")
        DECLINE = "decline", _("Decline")

    class MeetingOutcome(models.TextChoices):
        CONTINUE = "continue", _("Continue: the volunteer suits the tasks")
        DECLINE = "decline", _("Decline")

    volunteer = models.ForeignKey(
        Volunteer,
        verbose_name=_("volunteer"),
        on_delete=models.CASCADE,
        related_name="onboardings",
    )
    decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices, blank=True)
    question = models.TextField(_("question to the applicant"), max_length=2000, blank=True)
    answer = models.TextField(_("the applicant's answer"), max_length=4000, blank=True)
    decline_reason = models.TextField(_("reason for declining"), max_length=2000, blank=True)
    meeting_at = models.DateTimeField(_("meeting time"), null=True, blank=True)
    meeting_place = models.CharField(_("meeting place"), max_length=200, blank=True)
    meeting_outcome = models.CharField(
        _("outcome of the meeting"), max_length=10, choices=MeetingOutcome.choices, blank=True
    )
    meeting_notes = models.TextField(_("notes from the meeting"), max_length=4000, blank=True)
    agreement_version = models.CharField(_("agreement version"), max_length=40, blank=True)

    class Meta:
        verbose_name = _("onboarding")
        verbose_name_plural = _("onboardings")
        # Newest first, and the same order on every page of viewflow's process list.
        ordering = ["-created", "-pk"]

    def __str__(self):
        return str(_("Onboarding of %(volunteer)s") % {"volunteer": self.volunteer})

    # The flow's gates, read as words.

    @property
    def approved(self):
        return self.decision == self.Decision.APPROVE

    @property
    def asks_applicant(self):
        return self.decision == self.Decision.ASK

    @property
    def meeting_went_well(self):
        return self.meeting_outcome == self.MeetingOutcome.CONTINUE

    @property
    def works_with_children(self):
        """The role involves children: a criminal record extract is sighted first."""
        return self.volunteer.can_work_with_children
