"""The small forms on a resident's private page: the answer to a coordinator's question and
the feedback once the help has been given. The intake form is in `forms.py`."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import HelpRequest


class ResidentForm(forms.Form):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class AnswerForm(ResidentForm):
    answer = forms.CharField(
        label=_("Your answer"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Do not write about illnesses or other health matters."),
        error_messages={"required": _("Write your answer before sending it.")},
    )


class FeedbackForm(ResidentForm):
    feedback = forms.ChoiceField(
        label=_("Did you get the help you needed?"),
        choices=HelpRequest.Feedback.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose one of the answers.")},
    )
    comment = forms.CharField(
        label=_("Anything else you would like to tell us? (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
