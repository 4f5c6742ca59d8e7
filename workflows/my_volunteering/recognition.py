"""What My volunteering shows of a volunteer's thanks and certificates."""

from workflows.certificates.forms import RequestForm
from workflows.certificates.services import waiting_request
from workflows.registry.models import Training, term_names


def overview(volunteer, certificate_form=None):
    """The thanks sent to the volunteer, their valid certificates, and a waiting request for
    a certificate of volunteering or the form to ask for one."""
    waiting = waiting_request(volunteer)
    form = None if waiting else certificate_form or RequestForm(volunteer=volunteer)
    trainings = term_names(Training)  # in the page's language, one query for them all
    certificates = [
        {"certificate": certificate, "training": trainings.get(certificate.training_id, "")}
        for certificate in volunteer.certificates.filter(withdrawn_at__isnull=True)
    ]
    return {
        "certificates": certificates,
        "thanks_received": volunteer.thanks.exclude(sent_at=None).order_by("-sent_at"),
        "certificate_request": waiting,
        "certificate_form": form,
    }
