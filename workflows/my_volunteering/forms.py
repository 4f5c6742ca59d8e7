"""The small forms of My volunteering."""

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from workflows.registry.forms import CHECKBOX
from workflows.registry.logins import LockoutMessageMixin
from workflows.registry.status import check_until


class EmailAuthenticationForm(LockoutMessageMixin, AuthenticationForm):
    """Volunteers log in with their e-mail address, which is their user name, in lower case.
    Too many failures lock the account or address for a while; the form says until when."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("E-mail")
        self.fields["username"].widget.attrs["autocomplete"] = "email"

    def clean_username(self):
        return self.cleaned_data["username"].strip().lower()


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Your answer"), max_length=4000, widget=forms.Textarea(attrs={"rows": 5})
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class AgreementForm(forms.Form):
    accept = forms.BooleanField(
        template_name=CHECKBOX,
        label=_("I have read the volunteer agreement and I undertake to follow it"),
        error_messages={"required": _("Tick the box to accept the agreement.")},
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class BreakForm(forms.Form):
    """A volunteer pauses themselves: until when, and a word to the coordinator if they like."""

    until = forms.DateField(
        label=_("Last day of my break"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_(
            "From the next day on you are an active volunteer again. Leave it empty if you do "
            "not know yet: you can come back whenever you like."
        ),
    )
    reason = forms.CharField(
        label=_("A word to the coordinator (if you like)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only the municipality's coordinators see it. No health details, please."),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["until"].widget.attrs["min"] = timezone.localdate().isoformat()

    def clean_until(self):
        day = self.cleaned_data["until"]
        if error := check_until(day):
            raise forms.ValidationError(error)
        return day
