"""The doors of a volunteer's status in the knowledge bank: pause (why, until when), resume,
move to the reserve, end (why, after a warning of what it means). Each is a page with a plain
POST form, so it works without JavaScript; the volunteer's page shows the doors that open
from their status and the history the changes leave (`workflows.registry.status`)."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views import generic

from .. import status
from . import display
from .views import VolunteerMixin

DONE = {
    "pause": _("%(name)s is paused."),
    "resume": _("%(name)s is active again."),
    "reserve": _("%(name)s is in the reserve."),
    "end": _("The volunteering of %(name)s has ended."),
}


class StatusForm(forms.Form):
    """What a door asks: a reason (required for a pause and an end), and a pause's last day."""

    reason = forms.CharField(
        label=_("Reason"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Seen by the municipality's coordinators and in the volunteer's own data. "
            "No health details."
        ),
    )
    until = forms.DateField(
        label=_("Last day of the pause"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("The day after it the volunteer is active again. Empty: until further notice."),
    )

    def __init__(self, *args, door, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["reason"].required = door.required
        if door.name == "resume":
            del self.fields["reason"]
        if not door.until:
            del self.fields["until"]
        else:
            self.fields["until"].widget.attrs["min"] = timezone.localdate().isoformat()

    def clean_until(self):
        day = self.cleaned_data["until"]
        if error := status.check_until(day):
            raise forms.ValidationError(error)
        return day


class StatusDoorView(VolunteerMixin, generic.DetailView):
    """One door, named in the address (a `status.DOORS` key): its form, then the change."""

    template_name = "registry/bank/volunteer_status.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.door = status.DOORS[kwargs["door"]]

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            door=self.door,
            form=form or StatusForm(door=self.door),
            opens=self.door in status.doors_open(self.object),
            name=display.full_name(self.object),
        )
        return context

    def post(self, request, *args, **kwargs):
        self.object = volunteer = self.get_object()
        form = StatusForm(request.POST, door=self.door)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        name = display.full_name(volunteer)
        try:
            status.open_door(volunteer, self.door, request.user, **form.cleaned_data)
        except status.NotPossible:
            # Changed meanwhile (a colleague, a double submit): nothing more to do.
            messages.info(
                request,
                _("%(name)s – status now: %(status)s. Nothing was changed.")
                % {"name": name, "status": volunteer.get_status_display()},
            )
        else:
            messages.success(request, DONE[self.door.name] % {"name": name})
        return redirect("bank:detail", volunteer.pk)
