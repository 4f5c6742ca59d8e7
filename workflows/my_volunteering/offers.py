"""A help request offered to the volunteer or taken on by them: answer it, help, report.

`task` is the logged-in page of one request (see `assignments` for what it shows when).
`offer_link` is the page the offer's e-mail and text message link to: the signed token in the
address is the key, so the volunteer can answer from their phone without logging in. It
takes the answer only on POST, because mail scanners open the links in messages (GET) before
anyone reads them. The pages hold personal data and forms: never stored in any cache.
"""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control

from workflows.engine import NotYourTurn
from workflows.help_requests import services
from workflows.help_requests.forms import ReportForm
from workflows.help_requests.links import offer_pk
from workflows.help_requests.models import Offer

from . import assignments
from .views import HOME, volunteer_only

ACCEPT, DECLINE = "accept", "decline"
NO_LONGER_OPEN = _("Your answer could not be taken: this offer is no longer open.")
ANSWERED_ALREADY = {
    Offer.Answer.ACCEPTED: _("You have already taken this task on."),
    Offer.Answer.DECLINED: _("You have already declined this offer."),
}
NO_REPORT_DUE = _("This task is not waiting for a report any more.")
ACCEPTED = _("Thank you! You have taken the task on.")
DECLINED = _("You declined the offer. Thank you for answering.")
REPORTED = _("Thank you! Your report has reached the coordinator.")

private = cache_control(private=True, no_store=True)


def _answer(request, offer, accept):
    """Pass the volunteer's answer on; True if it was taken, with a message either way."""
    try:
        services.answer_offer(offer, offer.volunteer, accept)
    except NotYourTurn:
        offer.refresh_from_db(fields=["answer"])
        messages.error(request, ANSWERED_ALREADY.get(offer.answer, NO_LONGER_OPEN))
        return False
    if accept:
        messages.success(request, ACCEPTED)
    else:
        messages.info(request, DECLINED)
    return True


def _page(request, help_request, volunteer, form=None):
    where = assignments.situation(help_request, volunteer)
    context = {
        "help_request": help_request,
        "situation": where,
        "when": services.when(help_request, get_language()),
        "kind": help_request.kind_of_help.localized.name,
        "area": help_request.area.localized.name,
        "reports": assignments.own_reports(help_request, volunteer),
        "form": form or (ReportForm() if where.state == assignments.UNDER_WAY else None),
    }
    return render(request, "my_volunteering/task.html", context)


@private
@volunteer_only
def task(request, volunteer, pk):
    help_request = assignments.request_for(volunteer, pk)
    if request.method != "POST":
        return _page(request, help_request, volunteer)
    where = assignments.situation(help_request, volunteer)
    if "answer" in request.POST:
        answer = request.POST["answer"]
        if where.offer is None or answer not in (ACCEPT, DECLINE):
            return redirect(request.path)
        taken = _answer(request, where.offer, answer == ACCEPT)
        # After a decline the request is no longer theirs to look at: back to the list.
        return redirect(HOME if taken and answer == DECLINE else request.path)
    if where.state != assignments.UNDER_WAY:
        messages.error(request, NO_REPORT_DUE)
        return redirect(request.path)
    accepted = where.offer.answered_at if where.offer else None
    form = ReportForm(request.POST, earliest=accepted and timezone.localdate(accepted))
    if not form.is_valid():
        return _page(request, help_request, volunteer, form)
    try:
        services.report(help_request, volunteer, form.cleaned_data)
    except NotYourTurn:
        messages.error(request, NO_REPORT_DUE)
    else:
        messages.success(request, REPORTED)
    return redirect(request.path)


def _offer(token):
    """The offer a link's token names, with what its page shows, or None."""
    pk = offer_pk(token)
    if pk is None:
        return None
    offers = Offer.objects.select_related(
        "volunteer__user", "help_request__kind_of_help", "help_request__area"
    )
    offer = offers.filter(pk=pk).first()
    if offer is None or offer.volunteer.erased_at:
        return None
    return offer


@private
def offer_link(request, token):
    offer = _offer(token)
    if offer is None:
        return render(request, "my_volunteering/offer_not_found.html", status=404)
    if request.method == "POST":
        answer = request.POST.get("answer")
        if answer in (ACCEPT, DECLINE):
            _answer(request, offer, answer == ACCEPT)
        return redirect(request.path)
    help_request = offer.help_request
    context = {
        "offer": offer,
        "help_request": help_request,
        "open": not offer.answer,
        "ending": assignments.ENDINGS.get(offer.answer, ""),
        "answer_by": assignments.answer_by(offer),
        "when": services.when(help_request, get_language()),
        "kind": help_request.kind_of_help.localized.name,
        "area": help_request.area.localized.name,
        "task_url": reverse("my_volunteering:task", kwargs={"pk": help_request.pk}),
    }
    return render(request, "my_volunteering/offer_link.html", context)
