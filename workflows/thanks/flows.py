"""The thank-you process: a milestone reached, or a coordinator's wish, to thanks given.

    milestone (daily check) ─┐
    by hand (coordinator) ───┴> personalise ─ skip ─> skipped
                                     └ send ─ has e-mail ─> e-mailed ─> thanked
                                                └ no e-mail ─> print and post the letter ─> thanked

The daily `thank_volunteers` command starts one process per milestone reached (first task
done; 10, 50, 100, 250 hours; each year since signing up), never twice for one milestone.
A coordinator of the volunteer's municipality starts from a message suggested in the
volunteer's language, makes it their own or skips it, and may invite the volunteer to an
upcoming recreation event. The process row is the record of the thanks.
"""

from functools import partial

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from viewflow import this
from viewflow.workflow import act, flow, lock

from workflows import steps
from workflows.registry.models import Volunteer
from workflows.registry.permissions import is_coordinator
from workflows.scoping import MunicipalityFlow

from . import forms, milestones, services, views
from .models import Thanks

SUMMARY = "{{ process.volunteer }}: {{ process.occasion }}"

# A step any coordinator of the volunteer's municipality can claim and take.
coordinator_step = partial(
    steps.coordinator_step, summary=SUMMARY, record_step=services.record_step
)


class ThanksFlow(MunicipalityFlow, flow.Flow):
    process_class = Thanks
    municipality = "volunteer__site"
    lock_impl = lock.select_for_update_lock
    process_title = _("Thanks")
    process_description = _("Thanking a volunteer at a milestone or by hand.")
    process_summary_template = SUMMARY

    start = (
        flow.StartHandle(this.begin)
        .Annotation(title=_("A milestone or a campaign"), summary_template=SUMMARY)
        .Next(this.personalise)
    )
    start_by_hand = (
        flow.Start(views.StartThanksView.as_view())
        .Annotation(title=_("Thank a volunteer"), summary_template=SUMMARY)
        .Available(is_coordinator)
        .Next(this.personalise)
    )
    personalise = coordinator_step(forms.PersonaliseForm, _("Personalise the thanks")).Next(
        this.after_personalise
    )
    after_personalise = (
        flow.Switch()
        .Annotation(title=_("Skipped, e-mailed or posted"))
        .Case(this.skipped, act.process.skipped)
        .Case(this.send_email, act.process.volunteer_has_email)
        .Default(this.print_letter)
    )
    send_email = flow.Function(this.send).Annotation(title=_("Send by e-mail")).Next(this.thanked)
    print_letter = coordinator_step(forms.LetterForm, _("Print and post the letter")).Next(
        this.thanked
    )
    thanked = flow.End().Annotation(title=_("Thanked"))
    skipped = flow.End().Annotation(title=_("Skipped"))

    def begin(self, activation, volunteer, reason, **kwargs):
        return services.begin(activation.process, volunteer, reason, **kwargs)

    def send(self, activation):
        services.send(activation.process)


# Starting thank-yous from code: the daily milestones, and a campaign's end.


def start_due(site=None):
    """Start a thank-you for every milestone due now; returns how many were started. Safe to
    run again, also at the same time as another run: a milestone is started once."""
    started = 0
    due = milestones.due(site)
    volunteers = Volunteer.objects.select_related("user").in_bulk([pk for pk, _ in due])
    for pk, milestone in due:
        try:
            with transaction.atomic():
                thank(volunteers[pk], milestone.reason, amount=milestone.amount)
        except IntegrityError:
            continue  # another run started it first
        started += 1
    return started


def thank(volunteer, reason, amount=None, campaign="", user=None):
    """Start a thank-you to `volunteer` from code: a milestone, or a campaign's end."""
    return ThanksFlow.start.run(
        volunteer=volunteer, reason=reason, amount=amount, campaign=campaign, user=user
    )


def thank_campaign(volunteers, campaign, user):
    """Start a thank-you for the end of `campaign` to each of `volunteers`, never twice to
    one volunteer for one campaign. Returns (started, thanked before)."""
    started = before = 0
    for volunteer in volunteers:
        if services.already_thanked_for_campaign(volunteer, campaign):
            before += 1
            continue
        try:
            with transaction.atomic():
                thank(volunteer, Thanks.Reason.CAMPAIGN, campaign=campaign, user=user)
        except IntegrityError:
            before += 1  # a colleague's click got there first
            continue
        started += 1
    return started, before
