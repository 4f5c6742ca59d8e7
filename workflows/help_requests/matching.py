"""Ranked volunteer suggestions for a help request, in two queries however many volunteers.

Who can be offered the request at all: active volunteers of the request's municipality who
offer its kind of help, hold a valid training where the kind of help needs one (e.g.
end-of-life companionship), and have not already declined it or let its offer lapse.

In what order: the volunteer who helped this resident before first (the same phone number or
e-mail on an earlier request), then those who match more of area, language and availability
on the day, then those with the fewest tasks under way, then by name.
"""

from django.db.models import (
    BooleanField,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
)
from django.db.models.functions import Cast, Coalesce

from workflows.registry.models import TrainingRecord, Volunteer

from .models import HelpRequest, Offer, Report

LIMIT = 20
# More than enough: a resident is rarely helped by more than a handful of volunteers.
HELPED_BEFORE_MAX = 100
WEEKEND = (5, 6)
SPEAKS = {"fi": "speaks_finnish", "sv": "speaks_swedish", "en": "speaks_english"}


def availability_field(help_request):
    """The volunteer's availability flag that the request's day and time of day need."""
    if help_request.needed_on.weekday() in WEEKEND:
        return "available_weekends"
    if help_request.time_of_day == HelpRequest.TimeOfDay.EVENING:
        return "available_evenings"
    return "available_weekdays"


def _as_int(expression):
    return Cast(ExpressionWrapper(expression, output_field=BooleanField()), IntegerField())


def candidates(help_request):
    """Every volunteer the request may be offered to, annotated for ranking (unordered)."""
    skipped = Offer.objects.filter(help_request=help_request).exclude(
        answer__in=["", Offer.Answer.ACCEPTED]
    )
    volunteers = (
        Volunteer.objects.filter(
            site_id=help_request.site_id,
            status=Volunteer.Status.ACTIVE,
            erased_at__isnull=True,
            kinds_of_help=help_request.kind_of_help_id,
        )
        .exclude(pk__in=skipped.values("volunteer"))
        .select_related("user")
    )
    training_id = help_request.kind_of_help.required_training_id
    if training_id:
        valid = TrainingRecord.objects.filter(
            volunteer=OuterRef("pk"), training_id=training_id
        ).filter(Q(valid_until__isnull=True) | Q(valid_until__gte=help_request.needed_on))
        volunteers = volunteers.filter(Exists(valid))

    in_area = Exists(
        Volunteer.areas.through.objects.filter(
            volunteer=OuterRef("pk"), area_id=help_request.area_id
        )
    )
    speaks = F(SPEAKS.get(help_request.preferred_language, "speaks_english"))
    available = F(availability_field(help_request))
    open_tasks = (
        HelpRequest.objects.filter(
            volunteer=OuterRef("pk"), stage=HelpRequest.Stage.VOLUNTEER_FOUND
        )
        .order_by()
        .values("volunteer")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return volunteers.annotate(
        in_area=in_area,
        speaks_language=ExpressionWrapper(speaks, output_field=BooleanField()),
        is_available=ExpressionWrapper(available, output_field=BooleanField()),
        open_tasks=Coalesce(Subquery(open_tasks, output_field=IntegerField()), Value(0)),
        helped_before=ExpressionWrapper(
            Q(pk__in=helped_before(help_request)), output_field=BooleanField()
        ),
        fit=_as_int(in_area) + _as_int(speaks) + _as_int(available),
    )


def helped_before(help_request):
    """The volunteers who reported help on an earlier request of the same resident (the same
    phone number or e-mail): a short list, asked once rather than once per volunteer."""
    same_resident = Q(pk__in=[])
    if help_request.phone:
        same_resident |= Q(help_request__phone=help_request.phone)
    if help_request.email:
        same_resident |= Q(help_request__email__iexact=help_request.email)
    earlier = (
        Report.objects.filter(same_resident, volunteer__isnull=False)
        .filter(help_request__site_id=help_request.site_id)
        .exclude(help_request=help_request.pk)
    )
    return list(earlier.values_list("volunteer_id", flat=True).distinct()[:HELPED_BEFORE_MAX])


class Suggestion:
    """A volunteer as the matching step shows them: who, how well they fit, their load."""

    def __init__(self, volunteer):
        self.volunteer = volunteer
        self.pk = volunteer.pk

    def __getattr__(self, name):
        return getattr(self.volunteer, name)

    @property
    def match_label(self):
        from django.utils.translation import gettext as _

        facts = []
        if self.volunteer.helped_before:
            facts.append(_("has helped this resident before"))
        facts.append(_("in the area") if self.volunteer.in_area else _("other area"))
        if self.volunteer.speaks_language:
            facts.append(_("speaks the language"))
        if self.volunteer.is_available:
            facts.append(_("available then"))
        facts.append(_("open tasks: %(count)s") % {"count": self.volunteer.open_tasks})
        return f"{self.volunteer} – {', '.join(facts)}"


def suggestions(help_request, limit=LIMIT):
    """The `limit` best candidates, best first, as `Suggestion`s: two queries (who helped
    this resident before, then the ranked candidates)."""
    if help_request is None:
        return []
    ranked = candidates(help_request).order_by(
        F("helped_before").desc(),
        F("fit").desc(),
        "open_tasks",
        "user__last_name",
        "user__first_name",
        "pk",
    )
    return [Suggestion(volunteer) for volunteer in ranked[:limit]]
