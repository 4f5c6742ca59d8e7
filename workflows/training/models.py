"""Sessions of the municipality's gatherings, and volunteers' enrolments in them.

A gathering (a training, a recreation event, a peer-support group) is a Wagtail page editors
write in Finnish and Swedish. What happens at a given time and place, with a given number of
seats, is a `Session` of it, kept here so that both language versions of the page share one
list of seats: a session points at the source-language page, and a translation finds it by
the page's `translation_key`. The processes never import the page types: what they need of
a gathering (its kind, the training it gives) they ask the page itself (`Page.specific`).

An `Enrolment` is the enrolment process's row: one volunteer in one session, from enrolling
to attendance and feedback. Seats held are the enrolments confirmed or offered a freed seat.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Greatest
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, PageChooserPanel
from wagtail.models import Page
from wagtail.snippets.models import register_snippet

from viewflow.workflow.models import Process

from workflows import content
from workflows.registry.models import Volunteer, source_language_terms


class SessionQuerySet(models.QuerySet):
    def upcoming(self):
        return self.filter(starts_at__gte=timezone.now(), cancelled=False)

    def of_gathering(self, page):
        """The sessions of gathering `page`, whichever language version it is."""
        return self.filter(gathering__translation_key=page.translation_key)

    def with_seats_taken(self):
        """Each session with `seats_taken`, `seats_left` and `waiting_count`."""
        return self.annotate(
            seats_taken=models.Count(
                "enrolments", filter=models.Q(enrolments__state__in=Enrolment.HOLDS_SEAT)
            ),
            waiting_count=models.Count(
                "enrolments", filter=models.Q(enrolments__state=Enrolment.State.WAITING)
            ),
        ).annotate(
            seats_left=Greatest(models.F("capacity") - models.F("seats_taken"), models.Value(0))
        )


def gathering_pages(sessions, language):
    """{session pk: its gathering's page in `language`}, in one query for all of them; where
    the page is not translated (or not published) in `language`, the source-language page."""
    keys = {session.gathering.translation_key for session in sessions}
    translated = {}
    if keys:
        pages = Page.objects.live().filter(translation_key__in=keys, locale__language_code=language)
        translated = {page.translation_key: page for page in pages}
    return {
        session.pk: translated.get(session.gathering.translation_key, session.gathering)
        for session in sessions
    }


@register_snippet
class Session(models.Model):
    """One occurrence of a gathering: when, where and how many fit."""

    gathering = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("gathering"),
        on_delete=models.CASCADE,
        related_name="+",
        # A gathering page, in the source language (the seam: `workflows.content`).
        limit_choices_to={
            **content.of_page_type(content.GATHERING_PAGE),
            **source_language_terms(),
        },
    )
    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="+",
        editable=False,
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    place = models.CharField(
        _("place"), max_length=200, help_text=_("For example: Welfare centre, meeting room 2.")
    )
    address = models.CharField(_("address"), max_length=200, blank=True)
    capacity = models.PositiveSmallIntegerField(
        _("seats"), validators=[MinValueValidator(1), MaxValueValidator(1000)]
    )
    cancelled = models.BooleanField(_("cancelled"), default=False, editable=False)

    objects = SessionQuerySet.as_manager()

    panels = [
        PageChooserPanel("gathering", content.chooser_target(content.GATHERING_PAGE)),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("place"),
        FieldPanel("address"),
        FieldPanel("capacity"),
        # Cancelling is the coordinators' (the roll's "Cancel the session"), which tells
        # everyone enrolled; a tick box here would leave them waiting for nothing.
    ]

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="session_ends_after_start",
            )
        ]

    def __str__(self):
        start = timezone.localtime(self.starts_at)
        return f"{self.gathering.title} – {formats.date_format(start, 'SHORT_DATETIME_FORMAT')}"

    def save(self, *args, **kwargs):
        # Scoping by municipality needs the Site; the page knows which it is under.
        self.site_id = self.gathering.get_site().pk
        super().save(*args, **kwargs)

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A session ends after it starts.")})

    @property
    def details(self):
        """The gathering page's own object, for its kind and training."""
        return self.gathering.specific

    @property
    def training(self):
        """The training attending this session gives, or None."""
        return getattr(self.details, "training", None)

    def title_in(self, language):
        """The gathering's title in `language` where the page is translated, else the
        source's."""
        return gathering_pages([self], language)[self.pk].title

    @property
    def full(self):
        """No seat left (a session counted `with_seats_taken`)."""
        return self.seats_left == 0

    @property
    def has_started(self):
        return self.starts_at <= timezone.now()


class Enrolment(Process):
    """One volunteer's enrolment in one session, from enrolling to attendance."""

    class State(models.TextChoices):
        CONFIRMED = "confirmed", _("enrolled")
        WAITING = "waiting", _("on the waiting list")
        OFFERED = "offered", _("a seat is offered")
        CANCELLED = "cancelled", _("cancelled")
        EXPIRED = "expired", _("seat offer expired")
        ATTENDED = "attended", _("attended")
        ABSENT = "absent", _("did not attend")

    HOLDS_SEAT = (State.CONFIRMED, State.OFFERED, State.ATTENDED)
    # One volunteer has at most one standing enrolment in a session.
    STANDING = (State.CONFIRMED, State.WAITING, State.OFFERED, State.ATTENDED)

    session = models.ForeignKey(
        Session, verbose_name=_("session"), on_delete=models.PROTECT, related_name="enrolments"
    )
    volunteer = models.ForeignKey(
        Volunteer,
        verbose_name=_("volunteer"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.CONFIRMED, db_index=True
    )
    # The waiting list's order: the earliest to join is the first offered a freed seat.
    waiting_since = models.DateTimeField(_("on the waiting list since"), null=True, blank=True)
    seat_offered_until = models.DateTimeField(_("seat offered until"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)
    attendance_marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("attendance marked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    feedback_rating = models.PositiveSmallIntegerField(
        _("how useful was it?"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    feedback_comment = models.TextField(_("comment"), max_length=2000, blank=True)
    feedback_at = models.DateTimeField(_("feedback given"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-created", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "volunteer"],
                condition=models.Q(state__in=["confirmed", "waiting", "offered", "attended"]),
                name="one_standing_enrolment_per_session",
            )
        ]

    def __str__(self):
        names = {"volunteer": self.volunteer, "session": self.session}
        return str(_("%(volunteer)s in %(session)s") % names)

    @property
    def holds_seat(self):
        return self.state in self.HOLDS_SEAT

    # The flow's gates, read as words.

    @property
    def confirmed(self):
        """Enrolled with a seat (not on the waiting list)."""
        return self.state == self.State.CONFIRMED

    @property
    def attended(self):
        return self.state == self.State.ATTENDED

    @property
    def can_cancel(self):
        return (
            self.state
            in (
                self.State.CONFIRMED,
                self.State.WAITING,
                self.State.OFFERED,
            )
            and not self.session.has_started
        )


class AttendanceCorrection(models.Model):
    """A roll corrected after it was saved: who changed an enrolment's mark, when, and to
    what. The enrolment's history beside viewflow's, which ended when the roll was marked."""

    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="corrections",
    )
    attended = models.BooleanField(_("marked as attended"))
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("corrected by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    corrected_at = models.DateTimeField(_("corrected"), default=timezone.now)

    class Meta:
        verbose_name = _("attendance correction")
        verbose_name_plural = _("attendance corrections")
        ordering = ["corrected_at", "pk"]

    def __str__(self):
        return f"{self.enrolment}: {self.attended}"
