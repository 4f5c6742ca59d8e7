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

from django.utils.translation import gettext_lazy as _

from viewflow import this
from viewflow.workflow import flow, lock

from workflows.registry.permissions import is_coordinator
from workflows.scoping import MunicipalityFlow, coordinators
from workflows.steps import StepView

from . import forms, services, views
from .models import Thanks

SUMMARY = "{{ process.volunteer }}: {{ process.occasion }}"


def coordinator_step(form_class, title):
    """A step any coordinator of the volunteer's municipality can claim and take."""
    view = StepView.as_view(form_class=form_class, record_step=services.record_step)
    return (
        flow.View(view).Annotation(title=title, summary_template=SUMMARY).Permission(coordinators)
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
        .Case(this.skipped, lambda a: a.process.decision == Thanks.Decision.SKIP)
        .Case(this.send_email, lambda a: services.has_email(a.process))
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
