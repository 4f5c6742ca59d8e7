"""The coordinators' forms for sessions: a new session, its seats, and the roll's attendance."""

from functools import reduce
from operator import or_

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, Site

from workflows.registry.permissions import coordinated_site_ids

from ..models import Session


class DateTimeLocalInput(forms.DateTimeInput):
    """The browser's own date and time picker; without it, a text field that takes
    2027-03-12T17:00 as well as the locale's formats."""

    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


def gathering_pages(user):
    """The source-language gathering pages under the Sites `user` coordinates."""
    roots = Site.objects.filter(pk__in=coordinated_site_ids(user)).values_list(
        "root_page__path", flat=True
    )
    in_sites = reduce(or_, (Q(path__startswith=path) for path in roots), Q(pk__in=[]))
    # The same pages the model's field takes: gathering pages in the source language.
    is_gathering = Session._meta.get_field("gathering").get_limit_choices_to()
    return Page.objects.filter(in_sites, **is_gathering).order_by("title", "pk")


class SessionForm(forms.ModelForm):
    """A new session of one of the coordinator's municipality's gathering pages."""

    class Meta:
        model = Session
        fields = ["gathering", "starts_at", "ends_at", "place", "address", "capacity"]
        widgets = {
            "starts_at": DateTimeLocalInput(),
            "ends_at": DateTimeLocalInput(),
            "capacity": forms.NumberInput(attrs={"min": 1, "max": 1000}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        gathering = self.fields["gathering"]
        gathering.queryset = gathering_pages(user)
        gathering.label_from_instance = self.gathering_label
        gathering.help_text = _(
            "Editors write the gathering's page in Wagtail; the session adds a time, a place "
            "and seats to it."
        )

    @staticmethod
    def gathering_label(page):
        if page.live:
            return page.title
        return _("%(title)s (not published yet)") % {"title": page.title}

    def clean_gathering(self):
        page = self.cleaned_data["gathering"]
        # A page under one of the user's sites' roots may still belong to another Site whose
        # root lies deeper: the session's municipality is the page's own Site.
        site = page.get_site()
        if site is None or site.pk not in coordinated_site_ids(self.user):
            raise forms.ValidationError(
                _("This gathering belongs to a municipality you do not coordinate.")
            )
        return page

    def clean_starts_at(self):
        starts_at = self.cleaned_data["starts_at"]
        if starts_at <= timezone.now():
            raise forms.ValidationError(_("A new session starts in the future."))
        return starts_at


class SeatsForm(forms.ModelForm):
    """A session's number of seats; never fewer than are taken already."""

    class Meta:
        model = Session
        fields = ["capacity"]
        widgets = {"capacity": forms.NumberInput(attrs={"min": 1, "max": 1000})}

    def __init__(self, *args, seats_taken, **kwargs):
        super().__init__(*args, **kwargs)
        self.seats_taken = seats_taken
        self.fields["capacity"].help_text = _(
            "More seats are offered at once to those on the waiting list, in their order."
        )

    def clean_capacity(self):
        capacity = self.cleaned_data["capacity"]
        check_capacity(capacity, self.seats_taken)
        return capacity


def check_capacity(capacity, seats_taken):
    if capacity < seats_taken:
        raise forms.ValidationError(
            _(
                "%(taken)d seats are taken already. To have fewer seats, the volunteers "
                "concerned cancel their enrolments first."
            ),
            params={"taken": seats_taken},
        )


class AttendanceForm(forms.Form):
    """One checkbox per person enrolled and not yet marked: ticked attended, the others
    did not. Everyone on the roll is a valid choice, so that a form sent after a colleague
    marked some of them is not an error: `attendance.mark_attendance` marks the unmarked only."""

    attended = forms.TypedMultipleChoiceField(
        label=_("Attended"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, enrolments, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attended"].choices = [
            (enrolment.pk, str(enrolment.volunteer)) for enrolment in enrolments
        ]
