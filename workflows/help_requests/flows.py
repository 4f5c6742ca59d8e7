"""The help-request process: from a resident's form or phone call to done, counted help.

    web form ─┐                   ┌ accept ─> match ─> offer ─ accepted ─> help and report ─┐
    phone ────┴> triage ─ ask ─> the resident answers (or not, in time) ─> triage again     │
                  │    └ refer ─> referred elsewhere (the resident is told where to turn)   │
                  └ spam ─> rejected        declined / no answer in time ─> match again     │
    ┌──────────────────────────────────────────────────────────────────────────────────────┘
    └─> [a concern? ─> follow-up] ─> close ─ continue (recurring) ─> help and report again
                                            ├ another volunteer (this one could not) ─> match
                                            └ close ─> done; the resident is asked for feedback

A need that a caller finds on a "How are you?" call starts a request at triage too
(`from_call`, from the calls' package).

Coordinators' steps need the request's municipality's coordinator permission, so each
coordinator's queue holds their own municipality's requests. The volunteer's and the
resident's steps are `Handle` tasks completed through `services` from My volunteering and the
resident's private page. An offer not answered in `HELP_OFFER_ANSWER_HOURS`, a question not
answered in `HELP_ANSWER_WAIT_DAYS` and a visit not reported `HELP_REPORT_WAIT_DAYS` after its
day time out through viewflow's timer boundary events, fired by its `workflow_timers` command
(see README, "Timers"); an unreported visit goes to the coordinators' closing step, where they
close it, arrange another visit or find another volunteer — no request waits forever.
"""

from datetime import datetime, time, timedelta
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from viewflow import this
from viewflow.workflow import act, flow, lock

from workflows import steps
from workflows.municipality import coordinators_contact, privacy_notice_version
from workflows.registry.permissions import is_coordinator
from workflows.scoping import MunicipalityFlow

from . import forms, services, views
from .models import HelpRequest

SUMMARY = "{{ process.kind_of_help }}, {{ process.area }} – {{ process.needed_on }}"

# A step any coordinator of the request's municipality can claim and take, beside the request.
coordinator_step = partial(
    steps.coordinator_step,
    summary=SUMMARY,
    record_step=services.record_step,
    view_class=views.CaseStepView,
)


# A step the volunteer or the resident takes on the public site, through `services`.
outside_step = partial(steps.outside_step, summary=SUMMARY)


def offer_time(activation):
    return timedelta(hours=settings.HELP_OFFER_ANSWER_HOURS)


def answer_time(activation):
    return timedelta(days=settings.HELP_ANSWER_WAIT_DAYS)


def report_time(activation):
    """The end of the day of the help, plus HELP_REPORT_WAIT_DAYS: then a coordinator asks."""
    day = activation.process.needed_on + timedelta(days=settings.HELP_REPORT_WAIT_DAYS + 1)
    return timezone.make_aware(datetime.combine(day, time.min))


class HelpRequestFlow(MunicipalityFlow, flow.Flow):
    process_class = HelpRequest
    # Coordinators see the requests of the municipalities they coordinate, nothing else.
    municipality = "site"
    lock_impl = lock.select_for_update_lock
    process_title = _("Help request")
    process_description = _("From a resident's request to help given and counted.")
    process_summary_template = SUMMARY

    start_web = (
        flow.StartHandle(this.begin)
        .Annotation(title=_("Asked on the web"), summary_template=SUMMARY)
        .Next(this.triage)
    )
    start_phone = (
        flow.Start(views.PhoneIntakeView.as_view())
        .Annotation(title=_("Take a request by phone"), summary_template=SUMMARY)
        .Available(is_coordinator)
        .Next(this.triage)
    )

    start_call = (
        flow.StartHandle(this.begin)
        .Annotation(title=_('Found on a "How are you?" call'), summary_template=SUMMARY)
        .Next(this.triage)
    )

    triage = coordinator_step(forms.TriageForm, _("Triage the request")).Next(this.after_triage)
    after_triage = (
        flow.Switch()
        .Annotation(title=_("The triage's decision"))
        .Case(this.match, act.process.accepted)
        .Case(this.resident_answers, act.process.asks_resident)
        .Case(this.refer, act.process.referred)
        .Default(this.reject)
    )
    resident_answers = (
        outside_step(_("The resident answers"))
        .OnTimeout(answer_time, this.triage, title=_("No answer in time"))
        .Next(this.triage)
    )

    match = coordinator_step(forms.MatchForm, _("Find a volunteer")).Next(this.offer)
    offer = (
        outside_step(_("The volunteer answers the offer"))
        .OnTimeout(offer_time, this.offer_expired, title=_("No answer in time"))
        .Next(this.after_offer)
    )
    after_offer = (
        flow.If(act.process.offer_accepted)
        .Annotation(title=_("Accepted or declined"))
        .Then(this.help_given)
        .Else(this.match)
    )
    offer_expired = (
        flow.Function(this.expire_offer).Annotation(title=_("Offer expired")).Next(this.match)
    )

    help_given = (
        outside_step(_("The volunteer helps and reports"))
        .OnTimeout(report_time, this.close, title=_("No report in time"))
        .Next(this.after_report)
    )
    after_report = (
        flow.If(act.process.has_open_concern)
        .Annotation(title=_("Any concern in the report"))
        .Then(this.follow_up)
        .Else(this.close)
    )
    follow_up = coordinator_step(forms.FollowUpForm, _("Follow up the volunteer's concern")).Next(
        this.close
    )
    close = coordinator_step(forms.CloseForm, _("Close the request")).Next(this.after_close)
    after_close = (
        flow.Switch()
        .Annotation(title=_("Closed, continued or matched again"))
        .Case(this.help_given, act.process.continues)
        .Case(this.match, act.process.rematched)
        .Default(this.finish)
    )

    finish = (
        flow.Function(this.finish_request)
        .Annotation(title=_("Done; ask the resident for feedback"))
        .Next(this.done)
    )
    refer = (
        flow.Function(this.refer_request)
        .Annotation(title=_("Refer and tell the resident"))
        .Next(this.referred)
    )
    reject = flow.Function(this.reject_request).Annotation(title=_("Reject")).Next(this.rejected)
    done = flow.End().Annotation(title=_("Done"))
    referred = flow.End().Annotation(title=_("Referred elsewhere"))
    rejected = flow.End().Annotation(title=_("Rejected as spam"))

    def begin(self, activation, data, **kwargs):
        services.fill(activation.process, data, **kwargs)
        return activation.process

    def expire_offer(self, activation):
        services.expire_offer(activation.process)

    def finish_request(self, activation):
        services.finish(activation.process)

    def refer_request(self, activation):
        services.refer(activation.process)

    def reject_request(self, activation):
        services.reject(activation.process)


# Starting a request from code: the web form on the help-request page.


def submit(site, data, privacy_notice_version, municipality, channel=HelpRequest.Channel.WEB):
    """Store a resident's request and start its process, in one transaction.

    `data` is a valid intake form's cleaned data. A second submit of the same form (same
    token), even one racing the first, returns the request the first one made.
    Returns (request, created).
    """
    try:
        with transaction.atomic():
            existing = HelpRequest.objects.filter(token=data["token"]).first()
            if existing:
                return existing, False
            process = HelpRequestFlow.start_web.run(
                data=data,
                site=site,
                privacy_notice_version=privacy_notice_version,
                channel=channel,
                municipality=municipality,
            )
            return process, True
    except IntegrityError:
        existing = HelpRequest.objects.filter(token=data["token"]).first()
        if existing is None:
            raise
        return existing, False


def from_call(site, data, taken_by):
    """Start a request for a need a caller found on a "How are you?" call, with the resident's
    verbal consent (recorded as taken by the caller); the coordinators are told as of any new
    request. `data` holds the intake's fields. Call inside the transaction that records the
    call, so that both are stored or neither."""
    contact = coordinators_contact(site, data["preferred_language"])
    return HelpRequestFlow.start_call.run(
        data=data,
        site=site,
        privacy_notice_version=f"verbal: {privacy_notice_version(site)}",
        channel=HelpRequest.Channel.CALL,
        taken_by=taken_by,
        municipality=contact,
    )
