"""The coordinators' forms, one per onboarding step."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from workflows.registry.models import Training, Volunteer, source_language_terms
from workflows.step_forms import DecisionFields

from .models import Onboarding

# A Finnish criminal record extract for work with children is shown within six months of its
# date (Act 504/2002, §6); an older one is not accepted.
EXTRACT_MAX_AGE_DAYS = 183


class ReviewForm(DecisionFields, forms.ModelForm):
    needs = {
        "question": [Onboarding.Decision.ASK],
        "decline_reason": [Onboarding.Decision.DECLINE],
    }

    class Meta:
        model = Onboarding
        fields = ["decision", "question", "decline_reason"]
        widgets = {"decision": forms.RadioSelect}
        help_texts = {
            "question": _("Sent to the applicant by e-mail; they answer in My volunteering."),
            "decline_reason": _("Sent to the applicant by e-mail in their language."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["decision"].required = True
        self.fields["decision"].choices = Onboarding.Decision.choices  # no empty "------"
        self.initial.update(decision="", question="", decline_reason="")

    def clean(self):
        data = super().clean()
        decision = data.get("decision")
        if decision == Onboarding.Decision.ASK and not data.get("question"):
            self.add_error("question", _("Write what you would like the applicant to tell."))
        if decision == Onboarding.Decision.DECLINE and not data.get("decline_reason"):
            self.add_error("decline_reason", _("Give the applicant a reason."))
        return data


class ScheduleMeetingForm(forms.ModelForm):
    class Meta:
        model = Onboarding
        fields = ["meeting_at", "meeting_place"]
        help_texts = {"meeting_place": _("The volunteer is told the time and place by e-mail.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.fields:
            self.fields[name].required = True

    def clean_meeting_at(self):
        meeting_at = self.cleaned_data["meeting_at"]
        if meeting_at < timezone.now():
            raise forms.ValidationError(_("The meeting must be in the future."))
        return meeting_at


class MeetingOutcomeForm(DecisionFields, forms.ModelForm):
    decision = "meeting_outcome"
    needs = {"decline_reason": [Onboarding.MeetingOutcome.DECLINE]}

    class Meta:
        model = Onboarding
        fields = ["meeting_outcome", "meeting_notes", "decline_reason"]
        widgets = {"meeting_outcome": forms.RadioSelect}
        help_texts = {
            "meeting_notes": _("For coordinators only; the volunteer can see them in their data."),
            "decline_reason": _("Sent to the volunteer by e-mail in their language."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["meeting_outcome"].required = True
        self.fields["meeting_outcome"].choices = Onboarding.MeetingOutcome.choices

    def clean(self):
        data = super().clean()
        declined = data.get("meeting_outcome") == Onboarding.MeetingOutcome.DECLINE
        if declined and not data.get("decline_reason"):
            self.add_error("decline_reason", _("Give the volunteer a reason."))
        return data


class RecordExtractForm(forms.ModelForm):
    """Only that the extract was seen, when, and its date: never a copy or what it says."""

    sighted = forms.BooleanField(
        label=_("I have seen the volunteer's criminal record extract for work with children."),
        help_text=_("Do not copy or store the extract or anything it says."),
    )

    class Meta:
        model = Volunteer
        fields = ["record_extract_issued_on"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["record_extract_issued_on"].required = True

    def clean_record_extract_issued_on(self):
        issued = self.cleaned_data["record_extract_issued_on"]
        today = timezone.localdate()
        if issued > today:
            raise forms.ValidationError(_("The extract's date cannot be in the future."))
        if (today - issued).days > EXTRACT_MAX_AGE_DAYS:
            raise forms.ValidationError(
                _("The extract is older than six months; ask the volunteer for a new one.")
            )
        return issued


class OrientationForm(forms.Form):
    training = forms.ModelChoiceField(
        label=_("Training"),
        queryset=Training.objects.filter(**source_language_terms()),
        empty_label=None,
    )
    completed_on = forms.DateField(label=_("Completed on"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        orientation = self.fields["training"].queryset.filter(orientation=True).first()
        self.initial.setdefault("training", orientation)
        self.initial.setdefault("completed_on", timezone.localdate())

    def clean_completed_on(self):
        completed_on = self.cleaned_data["completed_on"]
        if completed_on > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        return completed_on
