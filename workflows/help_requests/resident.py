"""The resident's private page of their request: its state in plain words, what was asked,
who to call, and what the resident can do there (answer a coordinator's question, cancel,
give feedback once the help has been given).

There is no login: the unguessable key in the address is the secret, so whoever has the link
sees this one request and nothing else. The page never shows coordinators' notes, other
residents or the volunteer's contact details, and every response is kept out of caches,
search engines and other sites' referrer logs. An anonymised request's page is gone (404).
"""

from functools import wraps

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from workflows.engine import NotYourTurn, waiting_task

from . import services
from .models import HelpRequest
from .resident_forms import AnswerForm, FeedbackForm

Stage = HelpRequest.Stage

# What happens next, one line per state the resident is shown (GLOSSARY request states).
NEXT = {
    Stage.RECEIVED: _(
        "We have received your request. A coordinator will read it and look for a volunteer "
        "who can help."
    ),
    Stage.IN_PROGRESS: _(
        "A coordinator is handling your request and looking for a suitable volunteer."
    ),
    Stage.VOLUNTEER_FOUND: _(
        "A volunteer has taken on your request and will contact you to agree on the time."
    ),
    Stage.DONE: _("The help has been given. Thank you for letting us help."),
    Stage.CANCELLED: _(
        "This request has been cancelled. If you still need help, make a new request or call us."
    ),
    Stage.REFERRED: _(
        "A volunteer cannot give the help you need, so the coordinator has referred your "
        "request elsewhere. See below where to turn."
    ),
}
QUESTION_WAITING = _(
    "The coordinator needs more information before going on. Please answer the question below."
)


def private_page(view):
    """Look the request up by its key (404 if unknown or anonymised) and keep the response
    out of shared caches, search engines and the referrers sent to other sites."""

    @wraps(view)
    def wrapped(request, key):
        help_request = get_object_or_404(
            HelpRequest.objects.select_related("kind_of_help", "area", "volunteer__user"),
            access_key=key,
            anonymised_at__isnull=True,
        )
        response = view(request, help_request)
        patch_cache_control(response, private=True, no_store=True)
        response["X-Robots-Tag"] = "noindex"
        # The address is the key: no other site may see it in a Referer header. Not
        # "no-referrer": browsers then send "Origin: null" with the page's own forms, which
        # Django's CSRF check rightly refuses.
        response["Referrer-Policy"] = "same-origin"
        return response

    return wrapped


def _to_status(help_request):
    return redirect("help_request:status", key=help_request.access_key)


@private_page
def status(request, help_request):
    return _status_page(request, help_request)


def _status_page(request, help_request, answer_form=None, feedback_form=None):
    """The status page; after a POST that did not validate, with that form and what was typed."""
    question_waiting = waiting_task(help_request, "resident_answers") is not None
    volunteer_known = help_request.stage in (Stage.VOLUNTEER_FOUND, Stage.DONE)
    feedback_open = help_request.stage == Stage.DONE and not help_request.feedback_at
    context = {
        "help_request": help_request,
        "next": QUESTION_WAITING if question_waiting else NEXT[help_request.stage],
        "kind": help_request.kind_of_help.localized.name,
        "area": help_request.area.localized.name,
        "when": services.when(help_request, get_language()),
        "received": request.GET.get("received") == "1",
        "question_waiting": question_waiting,
        "answer_form": (answer_form or AnswerForm()) if question_waiting else None,
        "volunteer_name": (
            help_request.volunteer.user.first_name
            if volunteer_known and help_request.volunteer
            else ""
        ),
        "feedback_form": (feedback_form or FeedbackForm()) if feedback_open else None,
    }
    return render(request, "help_requests/resident/status.html", context)


@private_page
def cancel(request, help_request):
    """GET asks the resident to confirm; POST cancels."""
    if request.method == "POST":
        try:
            services.cancel(help_request)
        except NotYourTurn:
            messages.info(request, _("The request has already ended, so it cannot be cancelled."))
        else:
            messages.success(request, _("Your request has been cancelled."))
        return _to_status(help_request)
    if not help_request.is_open:
        messages.info(request, _("The request has already ended, so it cannot be cancelled."))
        return _to_status(help_request)
    return render(
        request,
        "help_requests/resident/cancel.html",
        {"help_request": help_request, "kind": help_request.kind_of_help.localized.name},
    )


@require_POST
@private_page
def answer(request, help_request):
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return _status_page(request, help_request, answer_form=form)
    try:
        services.resident_answer(help_request, form.cleaned_data["answer"])
    except NotYourTurn:
        messages.info(request, _("The question is no longer open, so the answer was not sent."))
    else:
        messages.success(request, _("Thank you! Your answer has been sent to the coordinator."))
    return _to_status(help_request)


@require_POST
@private_page
def feedback(request, help_request):
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return _status_page(request, help_request, feedback_form=form)
    try:
        services.give_feedback(
            help_request, form.cleaned_data["feedback"], form.cleaned_data["comment"]
        )
    except NotYourTurn:
        messages.info(request, _("You have already given feedback on this request. Thank you!"))
    else:
        messages.success(request, _("Thank you for your feedback!"))
    return _to_status(help_request)
