"""The coordinators' forms of the thank-you process."""

from django import forms
from django.utils.translation import gettext_lazy as _

from workflows import content
from workflows.registry.models import KindOfHelp, source_language_terms, term_names
from workflows.registry.permissions import coordinated_site_ids
from workflows.step_forms import DecisionFields
from workflows.training.models import Session

from . import milestones, services
from .models import Thanks


class PersonaliseForm(DecisionFields, forms.ModelForm):
    """Start from the suggested message, in the volunteer's language; send or skip."""

    takes_process = True
    needs = {"message": [Thanks.Decision.SEND], "invitation": [Thanks.Decision.SEND]}

    class Meta:
        model = Thanks
        fields = ["decision", "message", "invitation"]
        widgets = {"decision": forms.RadioSelect, "message": forms.Textarea(attrs={"rows": 10})}
        help_texts = {
            "message": _("Written in the volunteer's language. Make it personal."),
            "invitation": _("Optional: an upcoming recreation event the volunteer is invited to."),
        }

    def __init__(self, *args, process, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["decision"].required = True
        self.fields["decision"].choices = Thanks.Decision.choices
        self.initial["decision"] = ""
        self.initial.setdefault("message", process.message or services.suggestion(process))
        self.fields["invitation"].queryset = (
            Session.objects.upcoming()
            .filter(
                site=process.volunteer.site_id, gathering__gatheringpage__kind=content.RECREATION
            )
            .select_related("gathering")
        )

    def clean(self):
        data = super().clean()
        if data.get("decision") == Thanks.Decision.SEND and not data.get("message", "").strip():
            self.add_error("message", _("Write the message, or choose to skip."))
        return data


class LetterForm(forms.Form):
    posted = forms.BooleanField(
        label=_("The letter has been printed, signed and posted or handed over."), required=True
    )


class StartThanksForm(forms.Form):
    """A coordinator thanks a volunteer of their municipality, for a campaign or otherwise."""

    volunteer = forms.ModelChoiceField(label=_("Volunteer"), queryset=None)
    reason = forms.ChoiceField(
        label=_("Why"),
        choices=[
            (Thanks.Reason.BY_HAND, _("A thank-you of my own")),
            (Thanks.Reason.CAMPAIGN, _("The end of a campaign")),
        ],
        widget=forms.RadioSelect,
        initial=Thanks.Reason.BY_HAND,
    )
    campaign = forms.CharField(
        label=_("Campaign"),
        max_length=150,
        required=False,
        help_text=_('For example: "How are you?" calls, spring 2027.'),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["volunteer"].queryset = (
            milestones.thankable()
            .filter(site__in=coordinated_site_ids(user))
            .select_related("user")
        )

    def clean(self):
        data = super().clean()
        if data.get("reason") == Thanks.Reason.CAMPAIGN:
            campaign = data.get("campaign", "").strip()
            if not campaign:
                self.add_error("campaign", _("Name the campaign."))
            elif data.get("volunteer") and services.already_thanked_for_campaign(
                data["volunteer"], campaign
            ):
                self.add_error(
                    "campaign", _("This volunteer has already been thanked for this campaign.")
                )
        return data


class CampaignForm(forms.Form):
    """Thank everyone who took part in a campaign: who reported a kind of help in a period."""

    campaign = forms.CharField(
        label=_("Campaign"),
        max_length=150,
        help_text=_('Its name in the thanks, e.g. "How are you?" calls, spring 2027.'),
    )
    kind_of_help = forms.ModelChoiceField(
        label=_("Kind of help the campaign gave"),
        queryset=KindOfHelp.objects.filter(**source_language_terms()),
    )
    start = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("To"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        names = term_names(KindOfHelp)  # in the coordinator's language, one query
        self.fields["kind_of_help"].label_from_instance = lambda term: names.get(term.pk, term)

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            self.add_error("end", _("The period ends after it starts."))
        return data
