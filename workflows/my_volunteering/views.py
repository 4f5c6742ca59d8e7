"""My volunteering: a volunteer's own page on the public site.

Every view works on the logged-in user's own volunteer profile; no URL names a volunteer, so
nobody can reach another person's data by changing an address.
"""

import json
from functools import wraps

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from workflows import municipality
from workflows.engine import NotYourTurn
from workflows.onboarding import services as onboarding
from workflows.registry import export as data_export
from workflows.registry import services as registry
from workflows.registry.erasure import request_erasure
from workflows.registry.forms import VolunteerDetailsForm
from workflows.registry.logins import ThrottledPasswordResetMixin
from workflows.registry.models import Consent, Volunteer, VolunteerAgreement

from . import assignments, calls, enrolments, recognition
from .forms import AgreementForm, AnswerForm, EmailAuthenticationForm
from .status import situation

HOME = "my_volunteering:home"


def volunteer_only(view):
    """Logged in (or sent to log in), and a volunteer; the view gets their profile."""

    @login_required(login_url=reverse_lazy("my_volunteering:login"))
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            volunteer = request.user.volunteer
        except Volunteer.DoesNotExist:
            return render(request, "my_volunteering/not_a_volunteer.html", status=403)
        if volunteer.erased_at:
            return render(request, "my_volunteering/not_a_volunteer.html", status=403)
        return view(request, volunteer, *args, **kwargs)

    return wrapped


class LogInView(auth_views.LoginView):
    template_name = "my_volunteering/login.html"
    authentication_form = EmailAuthenticationForm
    redirect_authenticated_user = True
    next_page = reverse_lazy(HOME)


class LogOutView(auth_views.LogoutView):
    next_page = reverse_lazy("my_volunteering:login")


class PasswordResetView(ThrottledPasswordResetMixin, auth_views.PasswordResetView):
    """The link is mailed in the language of the page the volunteer asked on. Whether the
    address has an account is not told; a few resets an hour per address."""

    template_name = "my_volunteering/password_reset.html"
    email_template_name = "my_volunteering/password_reset_email.txt"
    subject_template_name = "my_volunteering/password_reset_subject.txt"
    success_url = reverse_lazy("my_volunteering:password_reset_sent")


class PasswordResetSentView(auth_views.PasswordResetDoneView):
    template_name = "my_volunteering/password_reset_sent.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "my_volunteering/password_reset_confirm.html"
    success_url = reverse_lazy("my_volunteering:password_reset_done")


class PasswordResetDoneView(auth_views.PasswordResetCompleteView):
    template_name = "my_volunteering/password_reset_done.html"


@volunteer_only
def home(request, volunteer):
    return render_home(request, volunteer)


def _agreement(volunteer):
    agreement = VolunteerAgreement.in_force(volunteer.site)
    return {"agreement": agreement, "agreement_text": agreement.localized if agreement else None}


@volunteer_only
def details(request, volunteer):
    if request.method == "POST":
        form = VolunteerDetailsForm(request.POST)
        if form.is_valid():
            registry.update_details(volunteer, form.cleaned_data, _privacy_version(volunteer))
            messages.success(request, _("Your details have been saved."))
            return redirect(HOME)
    else:
        form = VolunteerDetailsForm(initial=VolunteerDetailsForm.initial_for(volunteer))
    return render(request, "my_volunteering/details.html", {"form": form, "volunteer": volunteer})


def _privacy_version(volunteer):
    """Consents given here are under the privacy notice the volunteer last agreed to."""
    notice = Consent.Purpose.PRIVACY_NOTICE
    consent = volunteer.consents.filter(purpose=notice).order_by("-given_at").first()
    return consent.text_version if consent else municipality.UNKNOWN_VERSION


@require_POST
@volunteer_only
def answer(request, volunteer):
    form = AnswerForm(request.POST)
    if form.is_valid():
        try:
            onboarding.answer(volunteer, form.cleaned_data["answer"])
        except NotYourTurn:
            messages.info(request, _("Your answer has already reached us."))
        else:
            messages.success(request, _("Thank you! Your answer has been sent to the coordinator."))
        return redirect(HOME)
    return render_home(request, volunteer, answer_form=form)


@require_POST
@volunteer_only
def agreement(request, volunteer):
    form = AgreementForm(request.POST)
    context = _agreement(volunteer)
    if form.is_valid() and context["agreement"]:
        try:
            onboarding.accept_agreement(volunteer, context["agreement"].version)
        except NotYourTurn:
            messages.info(request, _("You have already accepted the agreement."))
        else:
            messages.success(request, _("Thank you! You are now an active volunteer."))
        return redirect(HOME)
    return render_home(request, volunteer, agreement_form=form)


def render_home(request, volunteer, feedback_form=None, certificate_form=None, **forms):
    """The home page; after a POST that did not validate, with that form and what was typed
    (a training's feedback form goes with its enrolment)."""
    process = onboarding.latest(volunteer)
    context = {
        "volunteer": volunteer,
        "process": process,
        "situation": situation(volunteer, process),
        "answer_form": AnswerForm(),
        "agreement_form": AgreementForm(),
        **_agreement(volunteer),
        **assignments.overview(volunteer),
        **enrolments.overview(request, volunteer, feedback_form),
        **recognition.overview(volunteer, certificate_form),
        **calls.overview(volunteer),
        **forms,
    }
    return render(request, "my_volunteering/home.html", context)


@volunteer_only
def export(request, volunteer):
    data = data_export.everything_about(volunteer)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    filename = f"my-volunteering-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@volunteer_only
def leave(request, volunteer):
    if request.method == "POST":
        with transaction.atomic():
            request_erasure(volunteer)
        messages.success(
            request,
            _(
                "We have received your request. "
                "A coordinator will end your volunteering and erase your data."
            ),
        )
        return redirect(HOME)
    return render(request, "my_volunteering/leave.html", {"volunteer": volunteer})
