""" "Mitä kuuluu?" call campaigns, and a coordinator's call back to a worrying call.

    a coordinator opens it ─> callers call the list (My volunteering → next calls) ─> closed

    a caller is worried ─> a coordinator of the municipality calls back ─> done

A campaign waits at `calling` while its residents are called: the calls are rows of their
own (`models.Call`), thousands in a few weeks, not steps of the process. A coordinator
closes the campaign from its page, which completes that step. A worried caller's call starts
a call back, a coordinator's step in the queue like any other, with the resident's phone and
the caller's note beside it; a need found starts a help request (`help_requests.flows.from_call`).
"""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from viewflow import this
from viewflow.workflow import flow, lock

from workflows import steps
from workflows.engine import run_handle
from workflows.help_requests.flows import from_call
from workflows.scoping import MunicipalityFlow

from . import services
from .forms import CallBackForm
from .models import CallBack, CallCampaign, Outcome

CAMPAIGN_SUMMARY = "{{ process.name }}"
# Lists of call backs name the campaign and the row, not the resident: a name is shown only
# beside the call back itself, where its view is recorded (callback/process_data.html).
CALL_BACK_SUMMARY = "{{ process.resident.campaign.name }}, #{{ process.resident_id }}"


class CallCampaignFlow(MunicipalityFlow, flow.Flow):
    """A round of "How are you?" calls to the residents on a list, for a municipality's
    coordinators who open, follow and close it; the callers work from My volunteering."""

    process_class = CallCampaign
    municipality = "site"
    lock_impl = lock.select_for_update_lock
    process_title = _('"How are you?" calls')
    process_description = _("Calls to residents from a list, each call an outcome.")
    process_summary_template = CAMPAIGN_SUMMARY

    start = (
        flow.StartHandle(this.begin)
        .Annotation(title=_("Opened by a coordinator"), summary_template=CAMPAIGN_SUMMARY)
        .Next(this.calling)
    )
    calling = steps.outside_step(_("The calls are made"), CAMPAIGN_SUMMARY).Next(this.closed)
    closed = flow.End().Annotation(title=_("Closed"))

    def begin(self, activation, site, user, data):
        return services.begin(activation.process, site, user, data)


class CallBackFlow(MunicipalityFlow, flow.Flow):
    """A caller was worried about a resident: a coordinator of the municipality calls back."""

    process_class = CallBack
    municipality = "resident__campaign__site"
    lock_impl = lock.select_for_update_lock
    process_title = _("Call back")
    process_description = _("A caller was worried; a coordinator calls the resident back.")
    process_summary_template = CALL_BACK_SUMMARY

    start = (
        flow.StartHandle(this.begin)
        .Annotation(title=_("A caller was worried"), summary_template=CALL_BACK_SUMMARY)
        .Next(this.call_back)
    )
    call_back = steps.coordinator_step(
        CallBackForm, _("Call the resident back"), CALL_BACK_SUMMARY, services.record_step
    ).Next(this.done)
    done = flow.End().Annotation(title=_("Called back"))

    def begin(self, activation, call):
        return services.begin_call_back(activation.process, call)


# Starting and moving the processes from code: the campaign's pages and the call card.


def open_campaign(site, user, data):
    """A coordinator opens a campaign with the form's cleaned `data`."""
    with transaction.atomic():
        return CallCampaignFlow.start.run(site=site, user=user, data=data)


def close_campaign(campaign):
    """Close `campaign`; False when it was closed already."""
    return run_handle(campaign, "calling", services.close)


def call_made(resident, user, attempt, data):
    """Record `user`'s call to `resident` with the call card's cleaned `data`, and start what
    the outcome asks for (a help request, a call back), all in one transaction. Returns the
    call; raises services.NotYours when this try was recorded already."""
    with transaction.atomic():
        call = services.record(resident, user, attempt, data)
        if call.outcome == Outcome.NEEDS_HELP:
            help_request = from_call(
                call.campaign.site, services.need_data(call.resident, data), taken_by=user
            )
            services.link_need(call.resident, help_request)
        elif call.outcome == Outcome.WORRIED:
            CallBackFlow.start.run(call=call)
        return call
