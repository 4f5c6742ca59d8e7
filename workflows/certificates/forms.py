"""The volunteer's request form and the coordinator's decision form."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from workflows.step_forms import DecisionFields

from .models import CertificateRequest


class RequestForm(forms.ModelForm):
    class Meta:
        model = CertificateRequest
        fields = ["language", "period_start", "period_end", "purpose"]
        widgets = {
            "language": forms.RadioSelect,
            "period_start": forms.DateInput(attrs={"type": "date"}),
            "period_end": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, volunteer, **kwargs):
        super().__init__(*args, **kwargs)
        self.volunteer = volunteer
        self.fields["language"].choices = CertificateRequest._meta.get_field("language").choices
        self.initial.setdefault("language", "sv" if volunteer.preferred_language == "sv" else "fi")
        self.initial.setdefault("period_start", timezone.localdate(volunteer.created_at))
        self.initial.setdefault("period_end", timezone.localdate())

    def clean(self):
        data = super().clean()
        start, end = data.get("period_start"), data.get("period_end")
        if start and end:
            if end < start:
                self.add_error("period_end", _("The period ends after it starts."))
            if end > timezone.localdate():
                self.add_error("period_end", _("The period cannot end in the future."))
            if start < timezone.localdate(self.volunteer.created_at):
                self.add_error("period_start", _("The period cannot start before you signed up."))
        return data


class DecisionForm(DecisionFields, forms.ModelForm):
    needs = {"decline_reason": [CertificateRequest.Decision.DECLINE]}

    class Meta:
        model = CertificateRequest
        fields = ["decision", "decline_reason"]
        widgets = {"decision": forms.RadioSelect}
        help_texts = {"decline_reason": _("Sent to the volunteer by e-mail in their language.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["decision"].required = True
        self.fields["decision"].choices = CertificateRequest.Decision.choices
        self.initial["decision"] = ""

    def clean(self):
        data = super().clean()
        if data.get("decision") == CertificateRequest.Decision.DECLINE and not data.get(
            "decline_reason"
        ):
            self.add_error("decline_reason", _("Give the volunteer a reason."))
        return data
