"""Volunteers: who they are, what help they offer, where and when, and what they consented to.

A volunteer belongs to one municipality (a Wagtail Site). Name and e-mail live on their user
account, which they log in with; everything else about them lives here, so that seeing,
exporting and erasing a person's data touches these two places only.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from workflows import content

from .taxonomy import Area, KindOfHelp, Training, source_language_terms


class Volunteer(models.Model):
    class Status(models.TextChoices):
        """Only the active are matched with help requests and offered tasks. The paused take a
        break (until a day, or until further notice) and are still thanked at milestones;
        those in the reserve are asked first when extra hands are needed, e.g. in a crisis;
        the ended have left. A coordinator moves a volunteer between them through the doors
        of `workflows.registry.status`, which keep each change on the volunteer's history."""

        APPLICANT = "applicant", _("applicant")
        ACTIVE = "active", _("active")
        PAUSED = "paused", _("paused")
        RESERVE = "reserve", _("in the reserve")
        ENDED = "ended", _("ended")

    # Still one of the network, helping now or not: thanked at milestones, reminded of a
    # training running out. Applicants are not yet, the ended no longer.
    IN_NETWORK = (Status.ACTIVE, Status.PAUSED, Status.RESERVE)

    class Language(models.TextChoices):
        FINNISH = "fi", _("Finnish")
        SWEDISH = "sv", _("Swedish")
        ENGLISH = "en", _("English")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        on_delete=models.PROTECT,
        related_name="volunteer",
    )
    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="volunteers",
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=2, choices=Language.choices, default=Language.FINNISH
    )
    areas = models.ManyToManyField(
        Area,
        verbose_name=_("areas where I can help"),
        blank=True,
        limit_choices_to=source_language_terms,
    )
    kinds_of_help = models.ManyToManyField(
        KindOfHelp,
        verbose_name=_("kinds of help I offer"),
        blank=True,
        limit_choices_to=source_language_terms,
    )
    available_weekdays = models.BooleanField(_("weekdays"), default=False)
    available_evenings = models.BooleanField(_("evenings"), default=False)
    available_weekends = models.BooleanField(_("weekends"), default=False)
    availability_notes = models.CharField(
        _("availability in my own words"), max_length=200, blank=True
    )
    speaks_finnish = models.BooleanField(_("Finnish"), default=False)
    speaks_swedish = models.BooleanField(_("Swedish"), default=False)
    speaks_english = models.BooleanField(_("English"), default=False)
    other_languages = models.CharField(_("other languages"), max_length=200, blank=True)
    can_work_with_children = models.BooleanField(
        _("willing to work with children"),
        default=False,
        help_text=_("Such tasks need a criminal record extract to be sighted first."),
    )
    organisation = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("organisation I volunteer through"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        # An organisation's profile page, in the source language (the seam: `content`).
        limit_choices_to={
            **content.of_page_type(content.ORGANISATION_PAGE),
            **source_language_terms(),
        },
    )
    # Act 148/2014: only that an extract was sighted, when, and the extract's own date.
    record_extract_sighted_on = models.DateField(
        _("criminal record extract sighted on"), null=True, blank=True
    )
    record_extract_issued_on = models.DateField(
        _("date of the criminal record extract"), null=True, blank=True
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.APPLICANT, db_index=True
    )
    created_at = models.DateTimeField(_("signed up"), default=timezone.now)
    # The sign-up form's one-time token: a double submit finds the volunteer the first made.
    sign_up_token = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    status_changed_at = models.DateTimeField(_("status changed"), default=timezone.now)
    erasure_requested_at = models.DateTimeField(
        _("asked to end and be erased"), null=True, blank=True
    )
    erased_at = models.DateTimeField(_("personal data erased"), null=True, blank=True)

    class Meta:
        verbose_name = _("volunteer")
        verbose_name_plural = _("volunteers")
        ordering = ["user__last_name", "user__first_name", "pk"]

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()

    @property
    def has_left(self):
        """Ended or erased: no longer enrols, is offered tasks or is thanked."""
        return bool(self.erased_at) or self.status == self.Status.ENDED

    def set_status(self, status):
        self.status, self.status_changed_at = status, timezone.now()


class TrainingRecord(models.Model):
    """A training a volunteer has completed, and until when it is valid."""

    volunteer = models.ForeignKey(
        Volunteer, verbose_name=_("volunteer"), on_delete=models.CASCADE, related_name="trainings"
    )
    training = models.ForeignKey(
        Training,
        verbose_name=_("training"),
        on_delete=models.PROTECT,
        related_name="records",
        limit_choices_to=source_language_terms,
    )
    completed_on = models.DateField(_("completed on"))
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    # When the volunteer was told the training is running out (once per record).
    renewal_reminded_at = models.DateTimeField(
        _("reminded to renew"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("completed training")
        verbose_name_plural = _("completed trainings")
        ordering = ["completed_on", "pk"]

    def __str__(self):
        return f"{self.training} ({self.completed_on:%Y-%m-%d})"


class Consent(models.Model):
    """What a volunteer agreed to, to which version of the text, and when; withdrawals too."""

    class Purpose(models.TextChoices):
        PRIVACY_NOTICE = "privacy_notice", _("processing of my data as the privacy notice says")
        CONTACT_SHARING = "contact_sharing", _("sharing my contact details with organisations")
        VOLUNTEER_AGREEMENT = (
            "volunteer_agreement",
            _("the volunteer agreement: confidentiality and code of conduct"),
        )

    volunteer = models.ForeignKey(
        Volunteer, verbose_name=_("volunteer"), on_delete=models.CASCADE, related_name="consents"
    )
    purpose = models.CharField(_("purpose"), max_length=20, choices=Purpose.choices)
    text_version = models.CharField(
        _("text version"), max_length=40, help_text=_("The version of the text agreed to.")
    )
    given_at = models.DateTimeField(_("given"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["given_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["volunteer", "purpose"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="one_standing_consent_per_purpose",
            )
        ]

    def __str__(self):
        return f"{self.get_purpose_display()} ({self.text_version})"
