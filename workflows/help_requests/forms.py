"""The forms of a help request's steps: one per coordinator step, and the volunteer's report.
The intake forms (on the web and by phone) are in `intake_forms`."""

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from workflows.registry.models import Volunteer
from workflows.step_forms import DecisionFields

from .intake_forms import checked_phone, no_label_suffix
from .matching import suggestions
from .models import HelpRequest, Report


class TriageForm(DecisionFields, forms.ModelForm):
    """The coordinator's decision; they may also complete or correct where the help is
    needed and the helped person's phone, which the volunteer sees once they accept."""

    needs = {
        "question": [HelpRequest.Decision.ASK],
        "referral": [HelpRequest.Decision.REFER],
        # What the volunteer will need: asked for only when a volunteer is to be found.
        "address": [HelpRequest.Decision.ACCEPT],
        "person_phone": [HelpRequest.Decision.ACCEPT],
    }

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


class CloseForm(DecisionFields, forms.ModelForm):
    decision = "closing"
    needs = {"next_visit_on": [HelpRequest.Closing.CONTINUE]}

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
            volunteer = self.instance.volunteer
            if volunteer is not None and volunteer.status != Volunteer.Status.ACTIVE:
                # Paused, in the reserve or ended: another visit needs another volunteer.
                self.add_error(
                    "closing",
                    _("%(name)s is not active now (%(status)s): find another volunteer.")
                    % {"name": volunteer, "status": volunteer.get_status_display()},
                )
            day = data.get("next_visit_on")
            if not day:
                self.add_error("next_visit_on", _("Give the day of the next visit."))
            elif day < timezone.localdate():
                self.add_error("next_visit_on", _("The day has already passed."))
        return data


@no_label_suffix
class ReportForm(forms.ModelForm):
    """The volunteer's report of one visit."""

    class Meta:
        model = Report
        fields = ["done_on", "hours", "outcome", "notes", "concern"]
        # "1,5" in Finnish and Swedish: a text field, not type=number, which would drop it.
        localized_fields = ["hours"]
        labels = {
            "done_on": _("When did you help?"),
            "hours": _("How many hours did it take?"),
            "outcome": _("How did it go?"),
            "notes": _("Anything the coordinator should know"),
            "concern": _("Are you worried about the person?"),
        }
        help_texts = {
            "hours": _("Including travel, e.g. 1.5."),
            "concern": _(
                "Tell if something worried you, e.g. the person seemed unwell or lonely. "
                "A coordinator will follow it up."
            ),
        }
        widgets = {
            "done_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "outcome": forms.RadioSelect,
            "notes": forms.Textarea(attrs={"rows": 3}),
            "concern": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, earliest=None, **kwargs):
        """`earliest`: the first day a visit can have been, the day the volunteer took the
        task on."""
        super().__init__(*args, **kwargs)
        self.earliest = earliest
        self.fields["outcome"].choices = Report.Outcome.choices
        self.fields["done_on"].input_formats = ["%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y"]
        self.fields["hours"].widget.attrs.update(inputmode="decimal")
        if not self.is_bound:
            self.initial.setdefault("done_on", timezone.localdate())

    def clean_done_on(self):
        day = self.cleaned_data["done_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("Report a visit once it has happened."))
        if self.earliest and day < self.earliest:
            raise forms.ValidationError(
                _("You took the task on on %(day)s: the visit cannot be before that day.")
                % {"day": formats.date_format(self.earliest, "SHORT_DATE_FORMAT")}
            )
        return day
