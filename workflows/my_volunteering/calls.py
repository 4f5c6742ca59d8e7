""" "Mitä kuuluu?" calls in My volunteering: a caller's next calls and the call card.

A caller (an active volunteer who offers the campaign's kind of help, or a coordinator of its
municipality) asks for their next calls and gets a small batch, held for them for a while
(`workflows.calls.pool`). The call card shows one resident of their batch: name, a `tel:`
link, language, the script in the caller's language and the outcomes. A resident who is not
in the caller's batch is not found (404), whoever asks; the same card sent twice records the
call once. The pages hold residents' names and phones: never stored in any cache.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control

from workflows.calls import pool
from workflows.calls.flows import call_made
from workflows.calls.forms import CallForm
from workflows.calls.models import Call, CallCampaign, Outcome, Resident
from workflows.calls.services import HeldByAnother, NotYours, give_back
from workflows.registry.models import Area, term_names

CALLS = "my_volunteering:calls"
RECORDED = {
    Outcome.NEEDS_HELP: _("Thank you! The call is recorded and a help request was made."),
    Outcome.WORRIED: _("Thank you! The call is recorded and a coordinator will call back."),
}
RECORDED_DEFAULT = _("Thank you! The call is recorded.")
RECORDED_ALREADY = _("This call was recorded already.")
NONE_LEFT = _("There is nobody to call right now. Thank you! Look again later.")

private = cache_control(private=True, no_store=True)
caller_login = login_required(login_url=reverse_lazy("my_volunteering:login"))


def _campaign(request, pk):
    campaign = CallCampaign.objects.filter(pk=pk).first() if str(pk).isdigit() else None
    if campaign is None or not pool.may_call(request.user, campaign):
        raise Http404
    return campaign


@private
@caller_login
def calls(request):
    """The campaigns the user calls for, each with their batch (or a button to get one)."""
    languages, area_ids = pool.caller_languages(request.user)
    campaigns = list(pool.campaigns_for(request.user))
    if request.method == "POST":
        campaign = _campaign(request, request.POST.get("campaign"))
        if "give_back" in request.POST:
            give_back(campaign, request.user)
            messages.info(request, _("Your calls went back to the pool for others."))
            return redirect(CALLS)
        batch = pool.next_calls(campaign, request.user, languages, area_ids)
        if not batch:
            messages.info(request, NONE_LEFT)
            return redirect(CALLS)
        return redirect("my_volunteering:call", pk=batch[0].pk)
    areas = term_names(Area)
    batches = [
        (campaign, [(r, areas.get(r.area_id, "")) for r in pool.held(campaign, request.user)])
        for campaign in campaigns
    ]
    return render(request, "my_volunteering/calls.html", {"batches": batches})


@private
@caller_login
def call(request, pk):
    """One resident of the caller's batch: call, then record what came of it. Opening the card
    keeps the resident in the caller's batch for the full hold time from now."""
    resident = (
        Resident.objects.filter(pk=pk, held_by=request.user, state=Resident.State.WAITING)
        .select_related("campaign", "area")
        .first()
    )
    if resident is None:
        return _not_in_batch(request, pk)
    campaign = resident.campaign
    if not pool.may_call(request.user, campaign):
        raise Http404
    form = CallForm(request.POST or None, resident=resident)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            made = call_made(resident, request.user, data["attempt"], data)
        except NotYours:
            messages.info(request, RECORDED_ALREADY)
            return redirect(CALLS)
        except HeldByAnother:
            return _typed_back(request)
        messages.success(request, RECORDED.get(made.outcome, RECORDED_DEFAULT))
        following = pool.held(campaign, request.user).first()
        if following is not None:
            return redirect("my_volunteering:call", pk=following.pk)
        return redirect(CALLS)
    if request.method != "POST":
        pool.keep_holding(resident, request.user)
    language = get_language()
    context = {
        "resident": resident,
        "area": term_names(Area).get(resident.area_id, ""),
        "campaign": campaign,
        "campaign_name": campaign.name_in(language),
        "script": campaign.script_in(language),
        "form": form,
        "earlier_calls": resident.calls.order_by("called_at", "pk"),
    }
    return render(request, "my_volunteering/call.html", context, status=400 if form.errors else 200)


def _not_in_batch(request, pk):
    """A card whose resident is not in the caller's batch: a second submit of a call already
    recorded is told so; a call typed while the resident went to another caller (the card was
    open longer than the hold) is shown back, so nothing typed is lost; anything else is not
    found. Nothing of the resident is shown."""
    if request.method != "POST":
        raise Http404
    attempt = request.POST.get("attempt", "")
    if (
        attempt.isdigit()
        and Call.objects.filter(resident_id=pk, caller=request.user, attempt=int(attempt)).exists()
    ):
        messages.info(request, RECORDED_ALREADY)
        return redirect(CALLS)
    elsewhere = Resident.objects.filter(pk=pk).select_related("campaign").first()
    if elsewhere is None or not pool.may_call(request.user, elsewhere.campaign):
        raise Http404
    return _typed_back(request)


def _typed_back(request):
    typed = {
        "outcome": dict(Outcome.choices).get(request.POST.get("outcome", ""), ""),
        "note": request.POST.get("note", "")[:1000],
        "description": request.POST.get("description", "")[:2000],
    }
    return render(request, "my_volunteering/call_not_saved.html", {"typed": typed}, status=409)


def overview(volunteer):
    """For the home page: the campaigns the volunteer may call for (one query)."""
    return {"call_campaigns": list(pool.campaigns_for(volunteer.user))}
