"""The forms of a help request: the resident's intake (on the web and by phone), and one form
per coordinator step."""

import datetime
import uuid

from django import forms
from django.utils import formats, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from workflows.registry.forms import CHECKBOX
from workflows.registry.models import Area, KindOfHelp, term_names
from workflows.registry.permissions import coordinated_site_ids

from .matching import suggestions
from .models import HelpRequest, Report

# How far ahead a request can be made: a year; anything later is a typing mistake.
MAX_DAYS_AHEAD = 366


def _no_label_suffix(form_class):
    init = form_class.__init__

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        init(self, *args, **kwargs)

    form_class.__init__ = __init__
    return form_class


def checked_phone(phone):
    """`phone` stripped, or a clear error when it cannot be a phone number."""
    phone = phone.strip()
    digits = [c for c in phone if c.isdigit()]
    if phone and (len(digits) < 5 or any(c not in "0123456789 +-()" for c in phone)):
        raise forms.ValidationError(_("Enter a phone number, for example 040 123 4567."))
    return phone


@_no_label_suffix
class IntakeForm(forms.ModelForm):
    """What a resident tells when asking for help on the public site."""

    SECTIONS = (
        (
            _("Who needs help"),
            ("for_whom", "requester_name", "person_name", "person_phone", "person_consents"),
        ),
        (
            _("What help, where and when"),
            ("kind_of_help", "description", "area", "address", "needed_on", "time_of_day"),
        ),
        (_("How we contact you"), ("preferred_language", "phone", "email")),
        (_("Your consent"), ("privacy_consent",)),
    )
    NO_CONTACT = _("Give a phone number or an e-mail address, so that we can reach you.")

    # Makes a double-submitted form create one request (see flows.submit).
    token = forms.UUIDField(widget=forms.HiddenInput)
    # A field people never see: bots fill it in, and their requests are dropped silently.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    kind_of_help = forms.TypedChoiceField(
        label=_("What kind of help is needed?"), coerce=int, widget=forms.RadioSelect
    )
    area = forms.TypedChoiceField(label=_("In which area?"), coerce=int)
    needed_on = forms.DateField(
        label=_("On which day?"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("For example 24.11.2026."),
        input_formats=["%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y"],
        error_messages={"invalid": _("Enter a real date, for example 24.11.2026.")},
    )
    privacy_consent = forms.BooleanField(
        template_name=CHECKBOX,
        label=_(
            "I have read the privacy notice and agree that this request is processed as it says"
        ),
        error_messages={"required": _("We can only handle the request when you agree to this.")},
    )

    class Meta:
        model = HelpRequest
        fields = [
            "for_whom",
            "requester_name",
            "person_name",
            "person_phone",
            "person_consents",
            "description",
            "address",
            "time_of_day",
            "preferred_language",
            "phone",
            "email",
        ]
        labels = {
            "for_whom": _("Who needs help?"),
            "requester_name": _("Your name"),
            "person_name": _("Name of the person who needs help"),
            "person_phone": _("Phone number of the person who needs help"),
            "person_consents": _(
                "The person who needs help knows of this request and agrees to it"
            ),
            "description": _("Tell briefly what help is needed"),
            "address": _("Street address"),
            "time_of_day": _("At what time of the day?"),
            "preferred_language": _("In which language should we serve you?"),
            "phone": _("Phone number"),
            "email": _("E-mail address"),
        }
        help_texts = {
            "person_name": _("Fill in if you ask on behalf of someone else."),
            "person_phone": _(
                "If you ask for someone else: the number the volunteer calls to agree on the "
                "visit. Leave empty if the volunteer should call you. Shown to the volunteer "
                "only."
            ),
            "description": _(
                "For example: groceries from the shop on Mondays. Do not write about illnesses "
                "or other health matters: the volunteer does not need them."
            ),
            "address": _("Where the help is needed. Shown to the volunteer only."),
            "phone": _("Give a phone number, an e-mail address or both."),
        }
        widgets = {
            "for_whom": forms.RadioSelect,
            "time_of_day": forms.RadioSelect,
            "preferred_language": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 5}),
            "person_consents": forms.CheckboxInput,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person_consents"].template_name = CHECKBOX
        self.fields["person_name"].required = False  # asked only for someone else: see clean()
        askable = term_names(KindOfHelp, residents_can_ask=True)
        self.fields["kind_of_help"].choices = list(askable.items())
        self.fields["area"].choices = [("", _("Choose an area")), *term_names(Area).items()]
        for name in ("for_whom", "time_of_day", "preferred_language"):
            field = self.fields[name]
            field.choices = [c for c in field.choices if c[0]]  # no empty "------"
        # The public site speaks Finnish and Swedish; English is the UI's third language.
        self.fields["phone"].widget.attrs.update(autocomplete="tel", inputmode="tel")
        self.fields["person_phone"].widget.attrs.update(inputmode="tel")
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["requester_name"].widget.attrs["autocomplete"] = "name"
        if not self.is_bound:
            self.initial.setdefault("token", uuid.uuid4())
            self.initial.setdefault("preferred_language", get_language() or "fi")

    def clean_needed_on(self):
        day = self.cleaned_data["needed_on"]
        today = timezone.localdate()
        if day < today:
            raise forms.ValidationError(_("The day has already passed. Choose today or later."))
        if day > today + datetime.timedelta(days=MAX_DAYS_AHEAD):
            raise forms.ValidationError(_("Choose a day within the next year."))
        return day

    def clean_phone(self):
        return checked_phone(self.cleaned_data["phone"])

    def clean_person_phone(self):
        return checked_phone(self.cleaned_data["person_phone"])

    def clean(self):
        data = super().clean()
        typed_wrong = "phone" in self.errors or "email" in self.errors
        if not data.get("phone") and not data.get("email") and not typed_wrong:
            self.add_error("phone", self.NO_CONTACT)
        if data.get("for_whom") == HelpRequest.ForWhom.SELF:
            data["person_phone"] = ""  # one's own phone is `phone`
        elif data.get("for_whom"):
            if not data.get("person_name"):
                self.add_error("person_name", _("Write the name of the person you ask help for."))
            if not data.get("person_consents"):
                self.add_error(
                    "person_consents",
                    _("Ask the person first: we help only when they agree to it."),
                )
        return data

    @property
    def is_bot(self):
        """The honeypot was filled in: a person never sees the field."""
        return bool(self.data.get(self.add_prefix("website")))

    def sections(self):
        """(heading, bound fields) for each part of the form."""
        return [(heading, [self[name] for name in names]) for heading, names in self.SECTIONS]


class PhoneIntakeForm(IntakeForm):
    """A request a coordinator takes by phone: the resident's consent is given verbally."""

    SECTIONS = (
        (_("Municipality"), ("site",)),
        *IntakeForm.SECTIONS[:3],
        (_("Consent"), ("verbal_consent", "coordinator_notes")),
    )
    site = forms.TypedChoiceField(label=_("Municipality"), coerce=int)
    verbal_consent = forms.BooleanField(
        template_name=CHECKBOX,
        label=_(
            "I read the resident the privacy notice's summary and they agreed to the processing"
        ),
        error_messages={"required": _("Record the resident's consent before saving.")},
    )
    coordinator_notes = forms.CharField(
        label=_("Notes for coordinators"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Never shown to the resident or to volunteers."),
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["privacy_consent"]
        del self.fields["website"]
        # A coordinator on the phone may take any kind of help, also ones not on the web form.
        self.fields["kind_of_help"].choices = list(term_names(KindOfHelp).items())
        from wagtail.models import Site

        sites = Site.objects.filter(pk__in=coordinated_site_ids(user)).order_by("site_name")
        self.fields["site"].choices = [(s.pk, s.site_name or s.hostname) for s in sites]
        if len(self.fields["site"].choices) == 1:
            self.initial.setdefault("site", self.fields["site"].choices[0][0])
        # Phone requests are taken as the resident speaks; the labels address the coordinator.
        self.fields["requester_name"].label = _("Name of the caller")
        self.fields["preferred_language"].label = _("The resident's language")

    @property
    def is_bot(self):
        return False


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


@_no_label_suffix
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
