"""The attendee's feedback on a session, given in My volunteering."""

from django import forms
from django.utils.translation import gettext_lazy as _

# Each rating in words: a screen reader reads the label, not a row of bare numbers.
RATINGS = [
    (5, _("5 – Very useful")),
    (4, _("4 – Useful")),
    (3, _("3 – Somewhat useful")),
    (2, _("2 – Of little use")),
    (1, _("1 – Not useful")),
]


class FeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How useful was it?"),
        choices=RATINGS,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose how useful the session was."),
            "invalid_choice": _("Choose one of the ratings from 1 to 5."),
        },
    )
    comment = forms.CharField(
        label=_("Anything else you would like to tell the organisers? (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
