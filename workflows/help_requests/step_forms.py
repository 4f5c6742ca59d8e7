"""The forms of the coordinators' steps of a help request: triage, matching, following up a
concern, closing. Each one's cleaned data go to `services.record_step`."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .forms import checked_phone
from .matching import suggestions
from .models import HelpRequest


class TriageForm(forms.ModelForm):
    """The coordinator's decision; they may also complete or correct where the help is
    needed and the helped person's phone, which the volunteer sees once they accept."""

    class Meta:
        model = HelpRequest
        fields = [
            "decision",
            "question",
            "referral",
            "address",
            "person_phone",
            "coordinator_notes",
        ]
        widgets = {"decision": forms.RadioSelect}
        labels = {
            "address": _("Address where help is needed"),
            "person_phone": _("Phone of the person who needs help"),
        }
        help_texts = {
            "address": _(
                "Complete or correct it here, with the door code if one is needed. The "
                "volunteer sees it only after accepting."
            ),
            "person_phone": _(
                "When someone asked on their behalf. The volunteer sees it only after accepting."
            ),
            "question": _("Sent to the resident; they answer on their request's page."),
            "referral": _(
                "Where the resident should turn, e.g. home care's phone number. "
                "Shown to the resident."
            ),
            "coordinator_notes": _("Never shown to the resident or to volunteers."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["decision"].required = True
        self.fields["decision"].choices = HelpRequest.Decision.choices
        self.initial.update(decision="", question="", referral="")

    def clean(self):
        data = super().clean()
        decision = data.get("decision")
        if decision == HelpRequest.Decision.ASK and not data.get("question"):
            self.add_error("question", _("Write what you would like the resident to tell."))
        if decision == HelpRequest.Decision.REFER and not data.get("referral"):
            self.add_error("referral", _("Tell the resident where to turn."))
        return data

    def clean_person_phone(self):
        return checked_phone(self.cleaned_data["person_phone"])


class MatchForm(forms.Form):
    """Pick a volunteer among the ranked suggestions."""

    takes_process = True
    volunteer = forms.TypedChoiceField(
        label=_("Volunteer"), coerce=int, widget=forms.RadioSelect, required=True
    )
    note = forms.CharField(
        label=_("A note to the volunteer"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Sent with the offer, before the volunteer accepts: no address, door code, phone "
            "or health details here. The volunteer sees the person's details once they accept."
        ),
    )

    def __init__(self, *args, process=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.suggestions = suggestions(process)
        self.fields["volunteer"].choices = [(s.pk, s.match_label) for s in self.suggestions]
        if not self.suggestions:
            self.fields["volunteer"].help_text = _(
                "No active volunteer offers this kind of help with the training it needs. "
                "Ask the knowledge bank or a partner organisation."
            )

    def clean_volunteer(self):
        pk = self.cleaned_data["volunteer"]
        return next(s.volunteer for s in self.suggestions if s.pk == pk)


class FollowUpForm(forms.Form):
    concern_handled = forms.CharField(
        label=_("What was done about the concern"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class CloseForm(forms.ModelForm):
    class Meta:
        model = HelpRequest
        fields = ["closing", "next_visit_on"]
        widgets = {"closing": forms.RadioSelect}
        help_texts = {
            "next_visit_on": _("For a recurring need: the same volunteer helps again that day.")
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["closing"].required = True
        self.fields["closing"].choices = HelpRequest.Closing.choices
        self.initial.update(closing="", next_visit_on=None)

    def clean(self):
        data = super().clean()
        if data.get("closing") == HelpRequest.Closing.CONTINUE:
            day = data.get("next_visit_on")
            if not day:
                self.add_error("next_visit_on", _("Give the day of the next visit."))
            elif day < timezone.localdate():
                self.add_error("next_visit_on", _("The day has already passed."))
        return data
