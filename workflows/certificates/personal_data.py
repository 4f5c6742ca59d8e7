"""What the certificates hold of a volunteer: given to them when they download their data,
withdrawn and forgotten when they are erased (connected in `apps.py`)."""

from workflows.engine import forget
from workflows.registry.export import processes

from .models import CertificateRequest
from .services import withdraw_all

REQUEST_FIELDS = ("language", "period_start", "period_end", "purpose", "decision", "decline_reason")


def export(sender, volunteer, **kwargs):
    requests = CertificateRequest.objects.filter(volunteer=volunteer)
    return {
        "certificates": list(
            volunteer.certificates.order_by("issued_at", "pk").values(
                "code",
                "kind",
                "training__name",
                "dated",
                "period_start",
                "issued_at",
                "withdrawn_at",
            )
        ),
        "certificate_requests": processes(requests, REQUEST_FIELDS),
    }


def erase(sender, volunteer, **kwargs):
    """An erased volunteer's requests end and forget their words; their certificates are
    withdrawn."""
    forget(CertificateRequest.objects.filter(volunteer=volunteer), ("purpose", "decline_reason"))
    withdraw_all(volunteer)
