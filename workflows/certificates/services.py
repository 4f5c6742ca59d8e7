"""Issuing certificates, their addresses, and withdrawing them when a volunteer is erased."""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from workflows.my_volunteering.links import public_language

from .models import Certificate


def issue_training_certificate(enrolment):
    """The certificate of the training `enrolment` completed; issued once per enrolment."""
    session, volunteer = enrolment.session, enrolment.volunteer
    certificate, _created = Certificate.objects.get_or_create(
        enrolment=enrolment,
        defaults={
            "kind": Certificate.Kind.TRAINING,
            "volunteer": volunteer,
            "holder_name": volunteer.user.get_full_name(),
            "training": session.training,
            "dated": timezone.localdate(session.starts_at),
        },
    )
    return certificate


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
