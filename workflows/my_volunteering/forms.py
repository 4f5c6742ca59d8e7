"""The small forms of My volunteering."""

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from workflows.registry.forms import CHECKBOX


class EmailAuthenticationForm(AuthenticationForm):
    """Volunteers log in with their e-mail address, which is their user name, in lower case."""

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
