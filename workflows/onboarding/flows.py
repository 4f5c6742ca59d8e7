"""The onboarding process: from a new volunteer's sign-up to an active, welcomed volunteer.

    review ─ approve ─> schedule meeting ─> meeting outcome ─ continue ─> [works with children?
       │  └ ask ─> the applicant answers ─> review again          │        sight the extract] ─>
       └ decline ─────────────────────────────────────────────────┴ decline    orientation ─>
    agreement (the volunteer, in My volunteering) ─> active and welcomed

Coordinators' steps need the volunteer's municipality's coordinator permission, so a
coordinator sees only their own municipality's applicants. The two volunteer steps are
assigned to the volunteer's own account and done in My volunteering.
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from viewflow import this
from viewflow.workflow import act, flow, lock

from workflows import steps
from workflows.registry.bank.stalled import stalled_since
from workflows.registry.models import Volunteer
from workflows.scoping import MunicipalityFlow

from . import forms, services, views
from .models import Onboarding

# Lists of tasks name the applicant; a step's title says what is to be done.
APPLICANT = "{{ process.volunteer }}"


def the_volunteer(activation):
    return activation.process.volunteer.user


def coordinator_step(form_class, title, **view):
    """A step any coordinator of the applicant's municipality can claim and take."""
    return steps.coordinator_step(
        form_class,
        title,
        APPLICANT,
        services.record_step,
        form_instance=_form_instance(form_class),
        **view,
    )


def _form_instance(form_class):
    """A model form of the volunteer edits the applicant; others edit the process."""
    model = getattr(getattr(form_class, "_meta", None), "model", None)
    return (lambda process: process.volunteer) if model is Volunteer else None


def volunteer_step(title):
    """A step waiting for the volunteer themselves, who takes it in My volunteering."""
    return (
        flow.View(views.VolunteerStepView.as_view())
        .Annotation(title=title, summary_template=APPLICANT)
        .Assign(the_volunteer)
    )


class OnboardingFlow(MunicipalityFlow, flow.Flow):
    process_class = Onboarding
    # Coordinators see the processes of the municipalities they coordinate, nothing else.
    municipality = "volunteer__site"
    lock_impl = lock.select_for_update_lock
    process_title = _("Volunteer onboarding")
    process_description = _("From sign-up to an active volunteer.")
    process_summary_template = "{{ process.volunteer }}"

    start = (
        flow.StartHandle(this.begin)
        .Annotation(title=_("Signed up"), summary_template=APPLICANT)
        .Next(this.review)
    )

    review = coordinator_step(forms.ReviewForm, _("Review the application")).Next(this.after_review)
    after_review = (
        flow.Switch()
        .Annotation(title=_("The review's decision"))
        .Case(this.schedule_meeting, act.process.approved)
        .Case(this.answer, act.process.asks_applicant)
        .Default(this.decline)
    )
    answer = volunteer_step(_("The applicant answers")).Next(this.review)
    # Its outcome is recorded once the meeting has been held, not straight after.
    schedule_meeting = coordinator_step(
        forms.ScheduleMeetingForm, _("Schedule the introductory meeting"), continues=False
    ).Next(this.meeting_outcome)
    meeting_outcome = coordinator_step(
        forms.MeetingOutcomeForm, _("Record the meeting's outcome")
    ).Next(this.after_meeting)
    after_meeting = (
        flow.If(act.process.meeting_went_well)
        .Annotation(title=_("How the meeting went"))
        .Then(this.needs_extract)
        .Else(this.decline)
    )
    needs_extract = (
        flow.If(act.process.works_with_children)
        .Annotation(title=_("Works with children or not"))
        .Then(this.sight_extract)
        .Else(this.orientation)
    )
    sight_extract = coordinator_step(
        forms.RecordExtractForm, _("Sight the criminal record extract")
    ).Next(this.orientation)
    orientation = coordinator_step(
        forms.OrientationForm, _("Mark the orientation training done")
    ).Next(this.agreement)
    agreement = (
        volunteer_step(_("The volunteer accepts the agreement"))
        .onCreate(this.agreement_waiting)
        .Next(this.activate)
    )
    activate = (
        flow.Function(this.make_active).Annotation(title=_("Activate and welcome")).Next(this.end)
    )
    decline = (
        flow.Function(this.decline_application)
        .Annotation(title=_("Decline and tell the applicant"))
        .Next(this.declined)
    )
    end = flow.End().Annotation(title=_("Active volunteer"))
    declined = flow.End().Annotation(title=_("Declined"))

    def stalled_steps(self):
        """Which of its waiting steps are stalled, for its board: the knowledge bank's rule,
        waiting longer than ONBOARDING_STALLED_AFTER_DAYS."""
        return Q(created__lt=stalled_since())

    def begin(self, activation, volunteer):
        activation.process.volunteer = volunteer
        return activation.process

    def agreement_waiting(self, activation):
        services.agreement_waiting(activation)

    def make_active(self, activation):
        services.activate(activation)

    def decline_application(self, activation):
        services.decline(activation)


def start(volunteer):
    """Start a new volunteer's onboarding; called inside the sign-up's transaction."""
    return OnboardingFlow.start.run(volunteer=volunteer)


def on_signed_up(sender, volunteer, **kwargs):
    start(volunteer)
