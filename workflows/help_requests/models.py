"""A help request and what happens to it: offers to volunteers, their reports, staff views.

The request is viewflow's process row. Who did each step and when lives in viewflow's tasks
(and each task's `data` keeps what was decided then); the fields here hold the request as the
resident gave it and the latest decision of each step. `stage` is what the resident is told
(the GLOSSARY's request states) and what the coordinators' lists filter on.

Personal data lives in the fields listed in `PERSONAL_FIELDS`; `retention.anonymise` blanks
them once a request has been closed long enough, keeping kind, area, month and hours.
"""

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from viewflow.workflow.models import Process

from workflows.registry.models import (
    Area,
    KindOfHelp,
    StaffViewRecord,
    Volunteer,
    source_language_terms,
)


def new_access_key():
    """The secret in a resident's private link: 192 random bits, URL-safe."""
    return secrets.token_urlsafe(24)


class HelpRequest(Process):
    class Channel(models.TextChoices):
        WEB = "web", _("web form")
        PHONE = "phone", _("phone call")
        CALL = "call", _('a "How are you?" call')

    class ForWhom(models.TextChoices):
        SELF = "self", _("for myself")
        RELATIVE = "relative", _("for a relative")
        NEIGHBOUR = "neighbour", _("for a neighbour or a friend")

    class TimeOfDay(models.TextChoices):
        ANY = "any", _("any time of the day")
        MORNING = "morning", _("morning")
        AFTERNOON = "afternoon", _("afternoon")
        EVENING = "evening", _("evening")

    class Language(models.TextChoices):
        FINNISH = "fi", _("Finnish")
        SWEDISH = "sv", _("Swedish")
        ENGLISH = "en", _("English")

    class Stage(models.TextChoices):
        # What the resident is told; GLOSSARY "Request states shown to residents".
        RECEIVED = "received", _("received")
        IN_PROGRESS = "in_progress", _("in progress")
        VOLUNTEER_FOUND = "volunteer_found", _("volunteer found")
        DONE = "done", _("done")
        CANCELLED = "cancelled", _("cancelled")
        REFERRED = "referred", _("referred elsewhere")

    class Decision(models.TextChoices):
        ACCEPT = "accept", _("Accept: find a volunteer")
        ASK = "ask", _("Ask the resident for more information")
        REFER = "refer", _("Refer to professional services")
        SPAM = "spam", _("Reject as spam")

    class Closing(models.TextChoices):
        CLOSE = "close", _("Close the request")
        CONTINUE = "continue", _("Continue: another visit with the same volunteer")
        REMATCH = "rematch", _("Find another volunteer: this one could not help")

    class Feedback(models.TextChoices):
        YES = "yes", _("Yes")
        PARTLY = "partly", _("Partly")
        NO = "no", _("No")

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="help_requests",
    )
    # The intake form's one-time token: a double submit finds the request the first made.
    token = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    access_key = models.CharField(max_length=40, unique=True, default=new_access_key)
    channel = models.CharField(
        _("came in by"), max_length=5, choices=Channel.choices, default=Channel.WEB
    )
    stage = models.CharField(
        _("state"), max_length=16, choices=Stage.choices, default=Stage.RECEIVED, db_index=True
    )

    # The request as the resident gave it.
    for_whom = models.CharField(
        _("who needs help"), max_length=10, choices=ForWhom.choices, default=ForWhom.SELF
    )
    requester_name = models.CharField(_("name of the person asking"), max_length=150)
    person_name = models.CharField(_("name of the person who needs help"), max_length=150)
    person_consents = models.BooleanField(
        _("the person who needs help agrees to this request"), default=False
    )
    kind_of_help = models.ForeignKey(
        KindOfHelp,
        verbose_name=_("kind of help"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=source_language_terms,
    )
    area = models.ForeignKey(
        Area,
        verbose_name=_("area"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=source_language_terms,
    )
    address = models.CharField(_("address"), max_length=200, blank=True)
    # Asked for someone else: the phone of the person helped, whom the volunteer calls; the
    # requester's own contact details stay in `phone` and `email`.
    person_phone = models.CharField(
        _("phone of the person who needs help"), max_length=40, blank=True
    )
    needed_on = models.DateField(_("date"))
    time_of_day = models.CharField(
        _("time of day"), max_length=10, choices=TimeOfDay.choices, default=TimeOfDay.ANY
    )
    description = models.TextField(_("what help is needed"), max_length=2000)
    preferred_language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.FINNISH
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    privacy_notice_version = models.CharField(_("privacy notice agreed to"), max_length=80)
    consent_taken_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verbal consent recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # Triage.
    decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices, blank=True)
    question = models.TextField(_("question to the resident"), max_length=2000, blank=True)
    answer = models.TextField(_("the resident's answer"), max_length=2000, blank=True)
    referral = models.TextField(_("referral"), max_length=2000, blank=True)
    coordinator_notes = models.TextField(_("notes for coordinators"), max_length=4000, blank=True)

    # The volunteer who has taken it on (the latest accepted offer), and closing.
    volunteer = models.ForeignKey(
        Volunteer,
        verbose_name=_("volunteer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="help_requests",
    )
    closing = models.CharField(_("closing"), max_length=10, choices=Closing.choices, blank=True)
    next_visit_on = models.DateField(_("date of the next visit"), null=True, blank=True)

    # The resident's feedback, asked for once the request is done.
    feedback = models.CharField(
        _("did you get the help you needed?"), max_length=6, choices=Feedback.choices, blank=True
    )
    feedback_comment = models.TextField(_("comment"), max_length=2000, blank=True)
    feedback_at = models.DateTimeField(_("feedback given"), null=True, blank=True)

    cancelled_at = models.DateTimeField(_("cancelled by the resident"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    OPEN_STAGES = (Stage.RECEIVED, Stage.IN_PROGRESS, Stage.VOLUNTEER_FOUND)

    # Blanked when the request is anonymised (see retention.py).
    PERSONAL_FIELDS = (
        "requester_name",
        "person_name",
        "address",
        "description",
        "phone",
        "person_phone",
        "email",
        "question",
        "answer",
        "referral",
        "coordinator_notes",
        "feedback_comment",
    )

    class Meta:
        verbose_name = _("help request")
        verbose_name_plural = _("help requests")
        # Newest first, and the same order on every page of viewflow's process list.
        ordering = ["-created", "-pk"]
        indexes = [models.Index(fields=["site", "stage"])]

    def __str__(self):
        return str(_("Help request %(number)s") % {"number": self.pk or "–"})

    @property
    def contact_name(self):
        return self.person_name or self.requester_name

    @property
    def is_open(self):
        return self.stage in self.OPEN_STAGES

    # The flow's gates, read as words.

    @property
    def accepted(self):
        return self.decision == self.Decision.ACCEPT

    @property
    def asks_resident(self):
        return self.decision == self.Decision.ASK

    @property
    def referred(self):
        return self.decision == self.Decision.REFER

    @property
    def offer_accepted(self):
        """The latest offer was accepted."""
        offer = self.offers.order_by("-offered_at", "-pk").first()
        return offer is not None and offer.answer == Offer.Answer.ACCEPTED

    @property
    def latest_report(self):
        return self.reports.order_by("-created_at", "-pk").first()

    @property
    def has_open_concern(self):
        """The volunteer's latest report raised a concern nobody has followed up yet."""
        report = self.latest_report
        return bool(report and report.concern and not report.concern_handled)

    @property
    def continues(self):
        """Closed for now, with the same volunteer's next visit arranged (a recurring need)."""
        return self.closing == self.Closing.CONTINUE

    @property
    def rematched(self):
        """Closed for this volunteer, who could not help: another is to be found."""
        return self.closing == self.Closing.REMATCH


class Offer(models.Model):
    """A help request offered to one volunteer, and their answer."""

    class Answer(models.TextChoices):
        ACCEPTED = "accepted", _("accepted")
        DECLINED = "declined", _("declined")
        EXPIRED = "expired", _("no answer in time")
        WITHDRAWN = "withdrawn", _("withdrawn")

    help_request = models.ForeignKey(
        HelpRequest, verbose_name=_("help request"), on_delete=models.CASCADE, related_name="offers"
    )
    volunteer = models.ForeignKey(
        Volunteer, verbose_name=_("volunteer"), on_delete=models.CASCADE, related_name="offers"
    )
    offered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("offered by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    offered_at = models.DateTimeField(_("offered"), default=timezone.now)
    # The coordinator's note sent with the offer; the volunteer sees it on the offer's page.
    note = models.TextField(_("note to the volunteer"), max_length=1000, blank=True)
    answer = models.CharField(_("answer"), max_length=10, choices=Answer.choices, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        ordering = ["offered_at", "pk"]
        constraints = [
            # One volunteer at a time: an offer waits for its answer before the next is made.
            models.UniqueConstraint(
                fields=["help_request"], condition=models.Q(answer=""), name="one_open_offer"
            )
        ]

    def __str__(self):
        return f"{self.help_request} → {self.volunteer}"


class Report(models.Model):
    """What a volunteer reports of one visit: when, how long, how it went, any concern."""

    class Outcome(models.TextChoices):
        DONE = "done", _("The help was given")
        PARTLY = "partly", _("Partly given")
        NOT_DONE = "not_done", _("Could not be given")

    help_request = models.ForeignKey(
        HelpRequest,
        verbose_name=_("help request"),
        on_delete=models.CASCADE,
        related_name="reports",
    )
    volunteer = models.ForeignKey(
        Volunteer,
        verbose_name=_("volunteer"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="reports",
    )
    done_on = models.DateField(_("date"))
    hours = models.DecimalField(
        _("hours"),
        max_digits=4,
        decimal_places=2,
        validators=[MinValueValidator(0), MaxValueValidator(24)],
    )
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)
    notes = models.TextField(_("notes for the coordinator"), max_length=2000, blank=True)
    concern = models.TextField(_("concern"), max_length=2000, blank=True)
    concern_handled = models.TextField(_("how the concern was handled"), blank=True)
    created_at = models.DateTimeField(_("reported"), default=timezone.now)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["done_on", "pk"]

    def __str__(self):
        return f"{self.help_request}: {self.hours} h"


class StaffView(StaffViewRecord):
    """A member of staff saw a help request's personal data."""

    help_request = models.ForeignKey(
        HelpRequest, verbose_name=_("help request"), on_delete=models.CASCADE, related_name="views"
    )

    class Meta(StaffViewRecord.Meta):
        verbose_name = _("view of personal data")
        verbose_name_plural = _("views of personal data")

    def __str__(self):
        return f"{self.user} {self.help_request} {self.at:%Y-%m-%d %H:%M}"


class CoordinatorReminder(models.Model):
    """The day a municipality's coordinators were reminded of waiting requests (reminders.py),
    so that a second run on the same day sends nothing."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    sent_on = models.DateField(_("sent on"))

    class Meta:
        verbose_name = _("reminder to coordinators")
        verbose_name_plural = _("reminders to coordinators")
        constraints = [
            models.UniqueConstraint(fields=["site", "sent_on"], name="one_reminder_a_day")
        ]

    def __str__(self):
        return f"{self.site} {self.sent_on}"
