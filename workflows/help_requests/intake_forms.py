"""The intake of a help request: what a resident tells on the public site (`IntakeForm`), and
what a coordinator takes down when the resident calls (`PhoneIntakeForm`)."""

import datetime
import uuid

from django import forms
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from workflows.registry.forms import CHECKBOX
from workflows.registry.models import Area, KindOfHelp, term_names
from workflows.registry.permissions import coordinated_site_ids

from .models import HelpRequest

# How far ahead a request can be made: a year; anything later is a typing mistake.
MAX_DAYS_AHEAD = 366


def no_label_suffix(form_class):
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


@no_label_suffix
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
