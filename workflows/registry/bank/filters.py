"""Which volunteers a coordinator sees, and the knowledge bank's search and filters."""

from django import forms
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import (
    Area,
    Consent,
    KindOfHelp,
    Training,
    TrainingRecord,
    Volunteer,
    term_names,
)
from ..permissions import coordinated_site_ids

ANY = ("", _("Any"))
AVAILABILITY = ("weekdays", "evenings", "weekends")
LANGUAGE_FIELDS = {"fi": "speaks_finnish", "sv": "speaks_swedish", "en": "speaks_english"}


def visible_volunteers(user):
    """The volunteers of the municipalities `user` coordinates, erased ones left out."""
    return Volunteer.objects.filter(
        site_id__in=coordinated_site_ids(user), erased_at__isnull=True
    ).select_related("user")


def standing_contact_sharing():
    return Consent.objects.filter(
        volunteer=OuterRef("pk"),
        purpose=Consent.Purpose.CONTACT_SHARING,
        withdrawn_at__isnull=True,
    )


def with_related(queryset, trainings=True):
    """Everything a list row shows, in a fixed number of queries whatever the rows."""
    queryset = queryset.prefetch_related("kinds_of_help", "areas")
    if trainings:
        records = TrainingRecord.objects.select_related("training")
        queryset = queryset.prefetch_related(Prefetch("trainings", queryset=records))
    return queryset.annotate(shares_contacts=Exists(standing_contact_sharing()))


class VolunteerFilterForm(forms.Form):
    """The list's search and filters: a plain GET form, so it works without JavaScript."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=100,
        help_text=_("Name, e-mail or phone"),
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    kind_of_help = forms.TypedChoiceField(
        label=_("Kind of help"), required=False, coerce=int, empty_value=None
    )
    area = forms.TypedChoiceField(label=_("Area"), required=False, coerce=int, empty_value=None)
    language = forms.ChoiceField(
        label=_("Speaks"), required=False, choices=[ANY, *Volunteer.Language.choices]
    )
    availability = forms.ChoiceField(
        label=_("Available"),
        required=False,
        choices=[
            ANY,
            *(
                (name, Volunteer._meta.get_field(f"available_{name}").verbose_name)
                for name in AVAILABILITY
            ),
        ],
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[ANY, *Volunteer.Status.choices]
    )
    training = forms.TypedChoiceField(
        label=_("Training completed and valid"), required=False, coerce=int, empty_value=None
    )
    children_check = forms.ChoiceField(
        label=_("Criminal record extract"),
        required=False,
        choices=[ANY, ("yes", _("sighted")), ("no", _("not sighted"))],
    )
    erasure = forms.BooleanField(label=_("Only those who asked to be erased"), required=False)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        # Names of the terms in the active language, also for showing the list's rows.
        self.names = {
            "kinds_of_help": term_names(KindOfHelp),
            "areas": term_names(Area),
            "trainings": term_names(Training),
        }
        for field, names in (
            ("kind_of_help", "kinds_of_help"),
            ("area", "areas"),
            ("training", "trainings"),
        ):
            self.fields[field].choices = [ANY, *self.names[names].items()]

    def filter(self, queryset):
        """`queryset` narrowed by the valid filters; an invalid one is left out (and shown)."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        for bit in (data.get("q") or "").split():
            queryset = queryset.filter(
                Q(user__first_name__icontains=bit)
                | Q(user__last_name__icontains=bit)
                | Q(user__email__icontains=bit)
                | Q(phone__icontains=bit)
            )
        if data.get("kind_of_help"):
            queryset = queryset.filter(kinds_of_help=data["kind_of_help"])
        if data.get("area"):
            queryset = queryset.filter(areas=data["area"])
        if data.get("language"):
            queryset = queryset.filter(**{LANGUAGE_FIELDS[data["language"]]: True})
        if data.get("availability"):
            queryset = queryset.filter(**{f"available_{data['availability']}": True})
        if data.get("status"):
            queryset = queryset.filter(status=data["status"])
        if data.get("training"):
            today = timezone.localdate()
            valid = TrainingRecord.objects.filter(
                Q(valid_until__isnull=True) | Q(valid_until__gte=today),
                volunteer=OuterRef("pk"),
                training=data["training"],
            )
            queryset = queryset.filter(Exists(valid))
        if data.get("children_check"):
            sighted = data["children_check"] == "yes"
            queryset = queryset.filter(record_extract_sighted_on__isnull=not sighted)
        if data.get("erasure"):
            queryset = queryset.filter(erasure_requested_at__isnull=False)
        return queryset
