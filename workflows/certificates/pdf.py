"""Certificates as PDF, from HTML templates, with WeasyPrint.

A training certificate is one page in Finnish and Swedish together, as a bilingual
municipality's documents are; a certificate of volunteering is in the language the volunteer
asked for. Both carry the verification address. The fonts are the
system's (DejaVu, from Debian's fonts-dejavu, in the image).
"""

from django.template.loader import render_to_string
from django.utils import translation

from weasyprint import HTML

from workflows.municipality import settings_for

from .models import Certificate
from .services import verification_url

LANGUAGES = ("fi", "sv")


def _in(language, certificate, municipality):
    with translation.override(language):
        return {
            "language": language,
            "municipality": getattr(municipality, f"name_{language}", "")
            or certificate.volunteer.site.site_name,
            "training": certificate.training_name(language),
            "verify_url": verification_url(certificate, language),
        }


TEMPLATES = {
    Certificate.Kind.TRAINING: "certificates/pdf/training.html",
    Certificate.Kind.VOLUNTEERING: "certificates/pdf/volunteering.html",
}


def languages(certificate):
    if certificate.kind == Certificate.Kind.TRAINING:
        return LANGUAGES
    return (certificate.details.get("language", LANGUAGES[0]),)


def render(certificate):
    """The PDF of `certificate` as bytes."""
    municipality = settings_for(certificate.volunteer.site)
    versions = [_in(language, certificate, municipality) for language in languages(certificate)]
    with translation.override(versions[0]["language"]):
        html = render_to_string(
            TEMPLATES[certificate.kind], {"certificate": certificate, "versions": versions}
        )
    return HTML(string=html).write_pdf()


def file_name(certificate):
    return f"certificate-{certificate.code}.pdf"
