"""The certificate-of-volunteering process: a volunteer asks, a coordinator decides.

    asked in My volunteering ─> the coordinator checks the facts ─ approve ─> issued (PDF link)
                                                                  └ decline ─> told why

The coordinator's step shows the facts the certificate will state (period, hours, kinds of
help, trainings) beside the decision; only coordinators of the volunteer's municipality
see and take it.
"""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from viewflow import this
from viewflow.workflow import act, flow, lock

from workflows import steps
from workflows.scoping import MunicipalityFlow

from . import services
from .forms import DecisionForm
from .models import CertificateRequest

SUMMARY = "{{ process.volunteer }}: {{ process.period_start }}–{{ process.period_end }}"


class CertificateRequestFlow(MunicipalityFlow, flow.Flow):
    process_class = CertificateRequest
    municipality = "volunteer__site"
    lock_impl = lock.select_for_update_lock
    process_title = _("Certificate of volunteering")
    process_description = _("A volunteer asks for a certificate; a coordinator approves it.")
    process_summary_template = SUMMARY

    start = (
        flow.StartHandle(this.begin)
        .Annotation(title=_("Asked by the volunteer"), summary_template=SUMMARY)
        .Next(this.decide)
    )
    decide = steps.coordinator_step(
        DecisionForm, _("Approve the certificate"), SUMMARY, services.record_step
    ).Next(this.after_decision)
    after_decision = (
        flow.If(act.process.approved)
        .Annotation(title=_("Approved or declined"))
        .Then(this.issue)
        .Else(this.decline)
    )
    issue = (
        flow.Function(this.issue_certificate)
        .Annotation(title=_("Issue and send the link"))
        .Next(this.issued)
    )
    decline = (
        flow.Function(this.decline_request)
        .Annotation(title=_("Tell the volunteer why"))
        .Next(this.declined)
    )
    issued = flow.End().Annotation(title=_("Issued"))
    declined = flow.End().Annotation(title=_("Declined"))

    def begin(self, activation, volunteer, data):
        return services.begin(activation.process, volunteer, data)

    def issue_certificate(self, activation):
        services.issue(activation.process)

    def decline_request(self, activation):
        services.decline(activation.process)


class AlreadyAsked(Exception):
    """The volunteer has a request waiting already."""


def ask(volunteer, data):
    """Start a request with the form's cleaned `data`; one waiting request at a time."""
    with transaction.atomic():
        # One volunteer's requests queue on their own row.
        type(volunteer).objects.select_for_update().get(pk=volunteer.pk)
        if services.waiting_request(volunteer):
            raise AlreadyAsked
        return CertificateRequestFlow.start.run(volunteer=volunteer, data=data)
