"""A volunteer's request for a certificate of volunteering, from My volunteering to the PDF.

the volunteer asks ─> a coordinator approves ─> issued; the volunteer is e-mailed the link
                             └ declines ─> the volunteer is told why
"""

from viewflow.workflow.status import PROCESS

from workflows.my_volunteering.links import my_volunteering_url
from workflows.notifications import notify
from workflows.steps import take_step

from . import volunteering
from .models import CertificateRequest
from .services import pdf_url


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
