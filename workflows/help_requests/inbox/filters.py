"""The inbox's queue and filters, read from the query string; a wrong value is left out."""

from django import forms

from .queues import AGES, QUEUES


class InboxFilters(forms.Form):
    """Shown as links (no JavaScript, no submit button); this form only checks the values:
    a field with a wrong value is missing from `cleaned_data`, so that filter is left out."""

    queue = forms.ChoiceField(
        required=False, choices=[(queue.slug, queue.slug) for queue in QUEUES]
    )
    kind = forms.IntegerField(required=False, min_value=1)
    area = forms.IntegerField(required=False, min_value=1)
    age = forms.TypedChoiceField(
        required=False, coerce=int, empty_value=None, choices=[(str(days), days) for days in AGES]
    )
