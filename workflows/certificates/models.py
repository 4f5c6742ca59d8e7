"""Certificates the municipality gives a volunteer, what their verification link shows, and
a volunteer's request for a certificate of their volunteering.

A certificate is issued once and never changes: it keeps the holder's name and what it
certifies as they were on the day, so the PDF can be printed again years later and the
verification page (`views.verify`) tells whoever holds a copy whether it is genuine. That
page shows the name, what was certified and the date, nothing more. When the volunteer is
erased, the name goes and the certificate is shown as withdrawn.
"""

import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from viewflow.workflow.models import Process

from workflows.registry.models import Training, Volunteer


def new_code():
    """The certificate's number in its verification link: 96 random bits, URL-safe."""
    return secrets.token_urlsafe(12)


class Certificate(models.Model):
    class Kind(models.TextChoices):
        TRAINING = "training", _("training certificate")
        VOLUNTEERING = "volunteering", _("certificate of volunteering")

    code = models.CharField(_("number"), max_length=24, unique=True, default=new_code)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    volunteer = models.ForeignKey(
        Volunteer,
        verbose_name=_("volunteer"),
        on_delete=models.CASCADE,
        related_name="certificates",
    )
    holder_name = models.CharField(_("name"), max_length=300)
    # A training certificate: which training, and the day it was completed.
    training = models.ForeignKey(
        Training,
        verbose_name=_("training"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    # The day a training was completed, or the last day of the period of volunteering.
    dated = models.DateField(_("date"))
    # A certificate of volunteering: the first day of the period it covers, and its details
    # as they were when it was issued (hours, kinds of help, trainings).
    period_start = models.DateField(_("from"), null=True, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    # An enrolment gives at most one training certificate.
    enrolment = models.OneToOneField(
        "training.Enrolment",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificate",
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()} {self.code}"

    @property
    def is_valid(self):
        return self.withdrawn_at is None

    def training_name(self, language):
        """The training's name in `language`, where the term is translated."""
        if self.training is None:
            return ""
        translated = (
            Training.objects.filter(
                translation_key=self.training.translation_key, locale__language_code=language
            )
            .values_list("name", flat=True)
            .first()
        )
        return translated or self.training.name


class CertificateRequest(Process):
    """A volunteer's request for a certificate of their volunteering, which a coordinator of
    their municipality approves (the certificate is then issued) or declines with a reason."""

    class Decision(models.TextChoices):
        APPROVE = "approve", _("Approve: issue the certificate")
        DECLINE = "decline", _("Decline")

    volunteer = models.ForeignKey(
        Volunteer,
        verbose_name=_("volunteer"),
        on_delete=models.CASCADE,
        related_name="certificate_requests",
    )
    language = models.CharField(
        _("language of the certificate"),
        max_length=2,
        choices=[("fi", _("Finnish")), ("sv", _("Swedish"))],
    )
    period_start = models.DateField(_("from"))
    period_end = models.DateField(_("to"))
    purpose = models.CharField(
        _("what it is for"),
        max_length=200,
        blank=True,
        help_text=_("Optional, e.g. a job application or studies."),
    )
    decision = models.CharField(_("decision"), max_length=8, choices=Decision.choices, blank=True)
    decline_reason = models.TextField(_("reason for declining"), max_length=2000, blank=True)
    certificate = models.OneToOneField(
        Certificate,
        verbose_name=_("certificate"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="request",
    )

    class Meta:
        verbose_name = _("certificate request")
        verbose_name_plural = _("certificate requests")
        ordering = ["-created", "-pk"]

    def __str__(self):
        return str(
            _("Certificate of volunteering for %(volunteer)s") % {"volunteer": self.volunteer}
        )

    @property
    def approved(self):
        """The flow's gate: the coordinator approved the certificate."""
        return self.decision == self.Decision.APPROVE
