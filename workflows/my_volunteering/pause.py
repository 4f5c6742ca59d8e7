"""Taking a break from volunteering in My volunteering, and coming back from it."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from workflows.registry import status

from .forms import BreakForm
from .views import HOME, volunteer_only

ON_BREAK = _("Your break has begun. Thank you for letting us know!")
BACK = _("Welcome back! You are an active volunteer again.")
NOT_ACTIVE = _("You can take a break while you are an active volunteer.")
NOT_YOUR_BREAK = _(
    "A coordinator paused your volunteering: tell the coordinator when you would like to continue."
)


@volunteer_only
def take_break(request, volunteer):
    """The form, then the break; what was typed stays on the form when something is wrong."""
    if request.method == "POST":
        form = BreakForm(request.POST)
        if form.is_valid():
            try:
                status.take_break(volunteer, **form.cleaned_data)
            except status.NotPossible:
                messages.info(request, NOT_ACTIVE)
            else:
                messages.success(request, ON_BREAK)
            return redirect(HOME)
    else:
        form = BreakForm()
    context = {"form": form, "volunteer": volunteer}
    return render(request, "my_volunteering/break.html", context)


@require_POST
@volunteer_only
def come_back(request, volunteer):
    try:
        status.come_back(volunteer)
    except status.NotPossible:
        if volunteer.status == volunteer.Status.ACTIVE:  # a double submit: back already
            messages.info(request, BACK)
        else:
            messages.info(request, NOT_YOUR_BREAK)
    else:
        messages.success(request, BACK)
    return redirect(HOME)
