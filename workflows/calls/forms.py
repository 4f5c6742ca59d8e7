"""The calls' forms: opening a campaign, its list (a file, or one resident by hand), the call
card's outcome, and a coordinator's call back."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from workflows.registry.forms import CHECKBOX
from workflows.registry.models import Area, KindOfHelp, term_names
from workflows.step_forms import DecisionFields

from .listfile import normalise_phone
from .models import CallBack, CallCampaign, Language, Outcome
from .services import CAMPAIGN_FIELDS

DATE = {"widget": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}
NO_HEALTH = _("Write no health details: a short note of what the coordinator needs to know.")


class CampaignForm(forms.ModelForm):
    """What a campaign is, what the callers say, and why and until when the list is kept."""

    kind_of_help = forms.TypedChoiceField(label=_("Callers offer this kind of help"), coerce=int)

    class Meta:
        model = CallCampaign
        fields = [name for name in CAMPAIGN_FIELDS if name != "kind_of_help"]
        widgets = {
            "script": forms.Textarea(attrs={"rows": 6}),
            "script_sv": forms.Textarea(attrs={"rows": 6}),
            "legal_basis": forms.Textarea(attrs={"rows": 3}),
            "starts_on": DATE["widget"],
            "ends_on": DATE["widget"],
            "list_kept_until": DATE["widget"],
        }
        help_texts = {
            "script": _("What the caller says, as a short guide: greeting, questions, ending."),
            "legal_basis": _(
                "Why the municipality may call these residents, e.g. the Social Welfare Act's "
                "outreach work, written down for the record of processing."
            ),
            "list_source": _("E.g. the municipality's extract of residents over 80."),
            "list_kept_until": _(
                "Then the names and phone numbers are erased; the counts by outcome stay."
            ),
        }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["kind_of_help"].choices = list(term_names(KindOfHelp).items())

    def clean(self):
        data = super().clean()
        starts, ends, kept = (data.get(n) for n in ("starts_on", "ends_on", "list_kept_until"))
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("The last day cannot be before the first."))
        if ends and kept and kept < ends:
            self.add_error("list_kept_until", _("Keep the list at least until the last day."))
        elif kept and kept < timezone.localdate():
            self.add_error("list_kept_until", _("The date cannot be in the past."))
        return data


class ListFileForm(forms.Form):
    file = forms.FileField(
        label=_("Call list (CSV file)"),
        help_text=_(
            "From Excel: Save as → CSV (semicolon delimited) or CSV UTF-8. The first line names "
            "the columns: name and phone, language and area if you have them."
        ),
    )


class ResidentForm(forms.Form):
    """One resident typed in by a coordinator."""

    name = forms.CharField(label=_("Name"), max_length=150)
    phone = forms.CharField(label=_("Phone number"), max_length=40)
    language = forms.ChoiceField(
        label=_("Language"), choices=Language.choices, initial=Language.FINNISH
    )
    area = forms.TypedChoiceField(label=_("Area"), coerce=int, required=False, empty_value=None)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["area"].choices = [("", "–"), *term_names(Area).items()]

    def clean_phone(self):
        phone = normalise_phone(self.cleaned_data["phone"])
        if phone is None:
            raise forms.ValidationError(_("Enter a phone number, for example 040 123 4567."))
        return phone


class CallForm(DecisionFields, forms.Form):
    """The call card: what came of the call, and what the outcome needs."""

    decision = "outcome"
    needs = {
        "call_again_at": [Outcome.CALL_AGAIN],
        "kind_of_help": [Outcome.NEEDS_HELP],
        "description": [Outcome.NEEDS_HELP],
        "needed_on": [Outcome.NEEDS_HELP],
        "time_of_day": [Outcome.NEEDS_HELP],
        "area": [Outcome.NEEDS_HELP],
        "address": [Outcome.NEEDS_HELP],
        "consent": [Outcome.NEEDS_HELP],
    }

    # The try this card records: a second submit of the same card finds it recorded.
    attempt = forms.IntegerField(widget=forms.HiddenInput)
    outcome = forms.ChoiceField(
        label=_("How did the call go?"), choices=Outcome.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Note for the coordinators"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=NO_HEALTH,
    )
    call_again_at = forms.DateTimeField(
        label=_("When to call again"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%d.%m.%Y %H.%M", "%d.%m.%Y %H:%M"],
        help_text=_("For example 24.11.2026 14.00."),
    )
    kind_of_help = forms.TypedChoiceField(
        label=_("What kind of help is needed?"), coerce=int, required=False
    )
    description = forms.CharField(
        label=_("What help is needed"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example: groceries on Mondays. No health details."),
    )
    needed_on = forms.DateField(
        label=_("On which day?"),
        required=False,
        input_formats=["%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y"],
        help_text=_("For example 24.11.2026."),
        **DATE,
    )
    time_of_day = forms.ChoiceField(
        label=_("At what time of the day?"),
        required=False,
        choices=[
            ("any", _("any time of the day")),
            ("morning", _("morning")),
            ("afternoon", _("afternoon")),
            ("evening", _("evening")),
        ],
        initial="any",
    )
    area = forms.TypedChoiceField(label=_("Area"), coerce=int, required=False, empty_value=None)
    address = forms.CharField(label=_("Street address"), required=False, max_length=200)
    consent = forms.BooleanField(
        template_name=CHECKBOX,
        label=_("The resident agreed that their request is stored and passed on to a volunteer"),
        required=False,
    )

    def __init__(self, *args, resident, **kwargs):
        kwargs.setdefault("label_suffix", "")
        kwargs.setdefault("initial", {})
        kwargs["initial"].setdefault("attempt", resident.tries + 1)
        kwargs["initial"].setdefault("area", resident.area_id)
        super().__init__(*args, **kwargs)
        kinds = term_names(KindOfHelp, residents_can_ask=True)
        self.fields["kind_of_help"].choices = [("", "–"), *kinds.items()]
        self.fields["area"].choices = [("", "–"), *term_names(Area).items()]

    def clean(self):
        data = super().clean()
        outcome = data.get("outcome")
        if outcome == Outcome.CALL_AGAIN:
            when = data.get("call_again_at")
            if when is None and "call_again_at" not in self.errors:
                self.add_error("call_again_at", _("Say when to call again."))
            elif when and when <= timezone.now():
                self.add_error("call_again_at", _("The time to call again must be in the future."))
        if outcome == Outcome.NEEDS_HELP:
            required = {
                "kind_of_help": _("Choose the kind of help."),
                "description": _("Tell briefly what help is needed."),
                "needed_on": _("Say on which day the help is needed."),
                "area": _("Choose the area."),
                "consent": _("A request can be made only with the resident's consent."),
            }
            for name, message in required.items():
                if not data.get(name) and name not in self.errors:
                    self.add_error(name, message)
            day = data.get("needed_on")
            if day and day < timezone.localdate():
                self.add_error("needed_on", _("The day cannot be in the past."))
            elif day and day > timezone.localdate() + datetime.timedelta(days=366):
                self.add_error("needed_on", _("Choose a day within a year."))
        return data


class CallBackForm(forms.ModelForm):
    """A coordinator's call back to a resident a caller was worried about."""

    class Meta:
        model = CallBack
        fields = ["decision", "notes"]
        widgets = {"decision": forms.RadioSelect, "notes": forms.Textarea(attrs={"rows": 4})}
        help_texts = {"notes": NO_HEALTH}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["decision"].required = True
        self.fields["decision"].choices = CallBack.Decision.choices


def default_period():
    today = timezone.localdate()
    return {
        "starts_on": today,
        "ends_on": today + datetime.timedelta(weeks=4),
        "list_kept_until": today + datetime.timedelta(weeks=12),
    }
