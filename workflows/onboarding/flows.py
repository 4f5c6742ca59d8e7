"""The onboarding process: from a new volunteer's sign-up to an active, welcomed volunteer.

    review ─ approve ─> schedule meeting ─> meeting outcome ─ continue ─> [works with children?
       │  └ ask ─> the applicant answers ─> review again          │        sight the extract] ─>
       └ decline ─────────────────────────────────────────────────┴ decline    orientation ─>
    agreement (the volunteer, in My volunteering) ─> active and welcomed

Coordinators' steps need the volunteer's municipality's coordinator permission, so a
coordinator sees only their own municipality's applicants. The two volunteer steps are
assigned to the volunteer's own account and done in My volunteering.
"""

from django.utils.translation import gettext_lazy as _

from viewflow import this
from viewflow.workflow import flow, lock

from workflows.registry.permissions import coordinated_site_ids, site_permission

from . import services, views
from .models import Onboarding


def coordinators(activation):
    return site_permission(activation.process.volunteer.site_id)


def the_volunteer(activation):
    return activation.process.volunteer.user


class OnboardingFlow(flow.Flow):
    process_class = Onboarding
    lock_impl = lock.select_for_update_lock
    process_title = _("Volunteer onboarding")
    process_description = _("From sign-up to an active volunteer.")
    process_summary_template = "{{ process.volunteer }}"

    start = flow.StartHandle(this.begin).Next(this.review)

    review = (
        flow.View(views.ReviewView.as_view())
        .Annotation(title=_("Review the application"))
        .Permission(coordinators)
        .Next(this.after_review)
    )
    after_review = (
        flow.Switch()
        .Case(this.schedule_meeting, lambda a: a.process.decision == Onboarding.Decision.APPROVE)
        .Case(this.answer, lambda a: a.process.decision == Onboarding.Decision.ASK)
        .Default(this.decline)
    )
    answer = (
        flow.View(views.VolunteerStepView.as_view())
        .Annotation(title=_("The applicant answers"))
        .Assign(the_volunteer)
        .Next(this.review)
    )
    schedule_meeting = (
        flow.View(views.ScheduleMeetingView.as_view())
        .Annotation(title=_("Schedule the introductory meeting"))
        .Permission(coordinators)
        .Next(this.meeting_outcome)
    )
    meeting_outcome = (
        flow.View(views.MeetingOutcomeView.as_view())
        .Annotation(title=_("Record the meeting's outcome"))
        .Permission(coordinators)
        .Next(this.after_meeting)
    )
    after_meeting = (
        flow.If(lambda a: a.process.meeting_outcome == Onboarding.MeetingOutcome.CONTINUE)
        .Then(this.needs_extract)
        .Else(this.decline)
    )
    needs_extract = (
        flow.If(lambda a: a.process.volunteer.can_work_with_children)
        .Then(this.sight_extract)
        .Else(this.orientation)
    )
    sight_extract = (
        flow.View(views.RecordExtractView.as_view())
        .Annotation(title=_("Sight the criminal record extract"))
        .Permission(coordinators)
        .Next(this.orientation)
    )
    orientation = (
        flow.View(views.OrientationView.as_view())
        .Annotation(title=_("Mark the orientation training done"))
        .Permission(coordinators)
        .Next(this.agreement)
    )
    agreement = (
        flow.View(views.VolunteerStepView.as_view())
        .Annotation(title=_("The volunteer accepts the agreement"))
        .Assign(the_volunteer)
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

    def begin(self, activation, volunteer):
        activation.process.volunteer = volunteer
        return activation.process

    def agreement_waiting(self, activation):
        services.agreement_waiting(activation)

    def make_active(self, activation):
        services.activate(activation)

    def decline_application(self, activation):
        services.decline(activation)

    # Coordinators see the processes of the municipalities they coordinate, nothing else.

    def has_view_permission(self, user, obj=None):
        sites = coordinated_site_ids(user)
        if obj is None:
            return bool(sites)
        return obj.volunteer.site_id in sites

    def has_manage_permission(self, user, obj=None):
        return self.has_view_permission(user, obj)


def start(volunteer):
    """Start a new volunteer's onboarding; called inside the sign-up's transaction."""
    return OnboardingFlow.start.run(volunteer=volunteer)


def on_signed_up(sender, volunteer, **kwargs):
    start(volunteer)
