"""Certificates: issuing them, their addresses, withdrawing them when a volunteer is erased, and
what a coordinator's decision on a volunteer's request for a certificate of volunteering does.

the volunteer asks ─> a coordinator approves ─> issued; the volunteer is e-mailed the link
                             └ declines ─> the volunteer is told why
"""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from viewflow.workflow.status import PROCESS

from workflows.engine import take_step
from workflows.links import my_volunteering_url, public_language
from workflows.notifications import notify

from . import volunteering
from .models import Certificate, CertificateRequest


def issue_training_certificate(enrolment):
    """The certificate of the training `enrolment` completed; issued once per enrolment, and
    valid again if a roll's correction had withdrawn it."""
    session, volunteer = enrolment.session, enrolment.volunteer
    certificate, created = Certificate.objects.get_or_create(
        enrolment=enrolment,
        defaults={
            "kind": Certificate.Kind.TRAINING,
            "volunteer": volunteer,
            "holder_name": volunteer.user.get_full_name(),
            "training": session.training,
            "dated": timezone.localdate(session.starts_at),
        },
    )
    if not created and certificate.withdrawn_at is not None:
        certificate.withdrawn_at = None
        certificate.save(update_fields=["withdrawn_at"])
    return certificate


def withdraw_training_certificate(enrolment):
    """The certificate of `enrolment` no longer holds (the roll was corrected): its
    verification page says it is withdrawn."""
    Certificate.objects.filter(enrolment=enrolment, withdrawn_at__isnull=True).update(
        withdrawn_at=timezone.now()
    )


def verification_url(certificate, language):
    """The absolute address of the page that tells whether `certificate` is genuine."""
    with translation.override(public_language(language)):
        path = reverse("certificates:verify", kwargs={"code": certificate.code})
    return certificate.volunteer.site.root_url.rstrip("/") + path


def pdf_url(certificate, language):
    with translation.override(public_language(language)):
        path = reverse("certificates:pdf", kwargs={"code": certificate.code})
    return certificate.volunteer.site.root_url.rstrip("/") + path


def withdraw_all(volunteer):
    """An erased volunteer's certificates lose the name and show as withdrawn."""
    with transaction.atomic():
        volunteer.certificates.filter(withdrawn_at__isnull=True).update(withdrawn_at=timezone.now())
        volunteer.certificates.update(holder_name="", details={})


# A volunteer's request for a certificate of volunteering-------------------------------------------


def waiting_request(volunteer):
    return CertificateRequest.objects.filter(volunteer=volunteer, status=PROCESS.NEW).first()


def begin(process, volunteer, data):
    process.volunteer = volunteer
    for name in ("language", "period_start", "period_end", "purpose"):
        setattr(process, name, data[name])
    process.save()
    return process


def record_step(step, process, data, user=None):
    process.decision = data["decision"]
    process.decline_reason = data.get("decline_reason", "")
    process.save(update_fields=["decision", "decline_reason"])
    return {"decision": process.decision}


def issue(process):
    process.certificate = volunteering.issue(process)
    process.save(update_fields=["certificate"])
    _tell(process, "certificate_issued", link=pdf_url(process.certificate, process.language))


def decline(process):
    _tell(process, "certificate_declined", reason=process.decline_reason)


def _tell(process, name, **context):
    volunteer = process.volunteer
    notify(
        [volunteer.user.email],
        name,
        {
            "first_name": volunteer.user.first_name,
            "my_volunteering": my_volunteering_url(volunteer),
            **context,
        },
        process.language,
    )


def decide(process, user, **data):
    """`user` takes the coordinator's decision as its task page would; for scripts and the
    demo. Returns False when the request does not wait for `user`."""
    return take_step(process, "decide", user, lambda current: record_step("decide", current, data))
