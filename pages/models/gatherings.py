"""Trainings, recreation events and peer-support groups, as pages editors write in fi and sv.

A gathering page says what it is, for whom, and how accessible it is; its sessions (when,
where, how many seats) belong to the enrolment process (`workflows.training.Session`), so
that the Finnish page and its Swedish translation share one list of seats. Volunteers enrol
on the page; the page hands the enrolment to `workflows.training.flows.enrol`.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from pages.taxonomy import terms_by_key
from workflows.registry.models import Training, Volunteer, source_language_terms
from workflows.training import flows, services, volunteer_mail
from workflows.training.models import Enrolment, Session

from .base import IntroPage
from .signup import VolunteerSignUpPage

NO_SUCH_SESSION = _(
    "That session cannot be chosen on this page. Choose one of the sessions listed below."
)
ENROLLED = _("You are enrolled: %(gathering)s, %(when)s. We have sent the details to your e-mail.")
ON_WAITING_LIST = _(
    "The session %(gathering)s, %(when)s is full, so you are on its waiting list. If a seat "
    "becomes free, we will offer it to you by e-mail."
)


class GatheringKind(models.TextChoices):
    TRAINING = "training", _("training")
    RECREATION = "recreation", _("recreation")
    PEER_SUPPORT = "peer_support", _("peer support")


# The index's filter links, one per kind, named as a heading of a list would name them.
KIND_FILTERS = (
    (GatheringKind.TRAINING, _("Trainings")),
    (GatheringKind.RECREATION, _("Recreation")),
    (GatheringKind.PEER_SUPPORT, _("Peer support")),
)


def _upcoming_sessions_of_each():
    """Upcoming sessions of the gathering page in the outer query, whichever language it is."""
    return Session.objects.upcoming().filter(gathering__translation_key=OuterRef("translation_key"))


def with_next_session(pages):
    """`pages` (gathering pages) that have a session to come, soonest first, each annotated
    with its next session (`next_session_id`, `next_starts_at`, `next_ends_at`, `next_place`)
    and how many sessions are to come (`upcoming_count`). One query, however many pages."""
    first = _upcoming_sessions_of_each().order_by("starts_at", "pk")
    count = (
        _upcoming_sessions_of_each()
        .order_by()
        .values("gathering__translation_key")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return (
        pages.annotate(
            next_session_id=Subquery(first.values("pk")[:1]),
            next_starts_at=Subquery(first.values("starts_at")[:1]),
            next_ends_at=Subquery(first.values("ends_at")[:1]),
            next_place=Subquery(first.values("place")[:1]),
            upcoming_count=Subquery(count),
        )
        .filter(next_session_id__isnull=False)
        .order_by("next_starts_at", "pk")
    )


def enrolling_volunteer(user):
    """The user's volunteer profile when they may enrol at all, else None."""
    if not user.is_authenticated:
        return None
    try:
        volunteer = user.volunteer
    except Volunteer.DoesNotExist:
        return None
    if volunteer.has_left:
        return None
    return volunteer


class GatheringIndexPage(IntroPage):
    """The municipality's trainings and other gatherings for volunteers, soonest first.

    Volunteers look here for their next training, recreation event or peer-support group.
    Only gatherings with a session to come are listed; the kind filter is a plain link, so
    it works without JavaScript and can be bookmarked.
    """

    publicly_cacheable = False  # shows how many seats are left, which changes by the minute
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.GatheringPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("gatherings index")
        verbose_name_plural = _("gatherings indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        kind = request.GET.get("kind")
        kind = kind if kind in GatheringKind.values else None
        pages = GatheringPage.objects.live().public().child_of(self)
        if kind:
            pages = pages.filter(kind=kind)
        gatherings = list(with_next_session(pages))
        sessions = Session.objects.filter(pk__in=[page.next_session_id for page in gatherings])
        by_pk = {session.pk: session for session in sessions.with_seats_taken()}
        for page in gatherings:
            page.next_session = by_pk[page.next_session_id]
            page.later_sessions = page.upcoming_count - 1
        context.update(
            gatherings=gatherings,
            kinds=[{"value": value, "label": label} for value, label in KIND_FILTERS],
            chosen_kind=kind,
        )
        return context


class GatheringPage(IntroPage):
    """One training, recreation event or peer-support group: what it is, for whom, where and
    how accessible, and its sessions, in which volunteers enrol."""

    kind = models.CharField(
        _("kind"), max_length=12, choices=GatheringKind.choices, default=GatheringKind.TRAINING
    )
    training = models.ForeignKey(
        Training,
        verbose_name=_("training given"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=source_language_terms,
        help_text=_(
            "Attendees get this training on their record, valid as long as the training says."
        ),
    )
    audience = models.TextField(
        _("for whom"), blank=True, help_text=_("Who can take part, and what they need before.")
    )
    accessibility = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("Step-free access, hearing loop, interpretation, how to get there."),
    )

    content_panels = [
        *IntroPage.content_panels[:2],
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("training")], heading=_("What kind of gathering")
        ),
        FieldPanel("audience"),
        FieldPanel("accessibility"),
        *IntroPage.content_panels[2:],
    ]
    search_fields = [
        *IntroPage.search_fields,
        index.SearchField("audience"),
        index.FilterField("kind"),
    ]
    # The training links to the source-language term, like an organisation's terms: a
    # translation keeps the link (the choices allow only source terms) and shows the term in
    # its own language by translation key.
    override_translatable_fields = [SynchronizedField("kind"), SynchronizedField("training")]
    publicly_cacheable = False  # the enrolment form, and the visitor's own enrolment
    parent_page_types = ["pages.GatheringIndexPage"]
    subpage_types = []
    route_related = ("training",)

    class Meta:
        verbose_name = _("gathering page")
        verbose_name_plural = _("gathering pages")

    # Enrolling ------------------------------------------------------------------------------

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            return self.serve_enrolment(request, *args, **kwargs)
        return super().serve(request, *args, **kwargs)

    def serve_enrolment(self, request, *args, **kwargs):
        """A volunteer's enrolment form: enrol them in the session chosen, then back to the
        page (post/redirect/get) with a message saying where they stand."""
        if not request.user.is_authenticated:
            # Logged out meanwhile: log in and come back to choose again.
            return redirect_to_login(self.get_url(request), reverse("my_volunteering:login"))
        volunteer = enrolling_volunteer(request.user)
        if volunteer is None:
            return self.refuse(request, services.NOT_A_VOLUNTEER, 403, *args, **kwargs)
        session = self.chosen_session(request.POST.get("session"))
        if session is None:
            return self.refuse(request, NO_SUCH_SESSION, 400, *args, **kwargs)
        if session.site_id != volunteer.site_id:
            return self.refuse(request, services.NOT_A_VOLUNTEER, 403, *args, **kwargs)
        try:
            enrolment = flows.enrol(volunteer, session)
        except services.NotPossible as refusal:
            return self.refuse(request, refusal.message, 409, *args, session=session, **kwargs)
        words = {"gathering": self.title, "when": volunteer_mail.when(session, get_language())}
        if enrolment.state == Enrolment.State.CONFIRMED:
            messages.success(request, ENROLLED % words)
        else:
            messages.success(request, ON_WAITING_LIST % words)
        return redirect(self.get_url(request))

    def chosen_session(self, value):
        """The session posted, if it is one of this gathering's (in either language)."""
        try:
            pk = int(value)
        except (TypeError, ValueError):
            return None
        if not 0 < pk < 2**63:  # beyond any key, and beyond what SQLite can compare
            return None
        return Session.objects.of_gathering(self).filter(pk=pk).first()

    def refuse(self, request, message, status, *args, session=None, **kwargs):
        error = {"message": message, "session_id": session.pk if session else None}
        response = super().serve(request, *args, enrol_error=error, **kwargs)
        response.status_code = status
        return response

    # Showing ------------------------------------------------------------------------------

    def upcoming_sessions(self):
        """This gathering's sessions to come, soonest first, with the seats left."""
        sessions = Session.objects.of_gathering(self).upcoming().with_seats_taken()
        return list(sessions.order_by("starts_at", "pk"))

    def get_context(self, request, *args, enrol_error=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sessions = self.upcoming_sessions()
        volunteer = enrolling_volunteer(request.user)
        standing = {}
        if volunteer is not None and sessions:
            standing = {
                enrolment.session_id: enrolment
                for enrolment in Enrolment.objects.filter(
                    volunteer=volunteer,
                    session__in=[session.pk for session in sessions],
                    state__in=Enrolment.STANDING,
                )
            }
        for session in sessions:
            session.enrolment = standing.get(session.pk)
            session.can_enrol = volunteer is not None and volunteer.site_id == session.site_id
        if enrol_error is not None:
            listed = {session.pk for session in sessions}
            enrol_error["near_session"] = enrol_error["session_id"] in listed
        context.update(
            sessions=sessions,
            enrol_error=enrol_error,
            training=self.localized_training(),
            login_url=(
                f"{reverse('my_volunteering:login')}?{urlencode({'next': self.get_url(request)})}"
            ),
            sign_up_page=None if request.user.is_authenticated else self.sign_up_page(),
        )
        return context

    def localized_training(self):
        """The training attending gives, in this page's language where translated."""
        if self.training_id is None:
            return None
        training = self.training
        return terms_by_key(Training, self.locale_id).get(training.translation_key, training)

    def sign_up_page(self):
        """The municipality's volunteer sign-up page in this page's language, if any."""
        # The home page is the ancestor at depth 2; its path is the first two path steps.
        home_path = self.path[: 2 * self.steplen]
        return (
            VolunteerSignUpPage.objects.live()
            .filter(locale_id=self.locale_id, path__startswith=home_path)
            .first()
        )
