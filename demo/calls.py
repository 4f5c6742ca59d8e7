"""The demo's "Mitä kuuluu?" call campaign, running: some hundreds of residents, several
callers, nine days of calls with every outcome (needs found and sent on as help requests, a
worry called back, no answers tried again and some not reached, a do-not-call wish), and a
batch of calls waiting for the demo `volunteer` login. All through the calls' own services;
then the calls are moved back to the days they were made. The data is `content/calls.yaml`."""

import datetime
import itertools

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from demo.data import load
from workflows.calls import flows, pool, services
from workflows.calls.models import Call, CallBack, Outcome, Resident
from workflows.registry.models import Area, KindOfHelp, Volunteer

UNREACHED = 3  # residents who never answer


def build_calls(site, finnish):
    """Returns how many calls the demo campaign has."""
    data = load("calls")
    coordinator = get_user_model().objects.get(username="coordinator")
    calling = KindOfHelp.objects.get(locale=finnish, slug="mita-kuuluu-soitot")
    campaign = flows.open_campaign(site, coordinator, _campaign_data(data, calling))
    services.import_rows(campaign, list(_residents(data, finnish)))
    callers = _callers(site, calling, data["callers"])
    _make_calls(campaign, callers, data, finnish)
    _call_back_one(coordinator)
    return campaign.calls.count()


def _campaign_data(data, calling):
    today = timezone.localdate()
    fields = data["campaign"]
    starts = today - datetime.timedelta(days=fields["started_days_ago"])
    return {
        **{name: fields[name] for name in ("name", "name_sv", "script", "script_sv")},
        "legal_basis": fields["legal_basis"],
        "list_source": fields["list_source"],
        "kind_of_help": calling.pk,
        "starts_on": starts,
        "ends_on": starts + datetime.timedelta(weeks=fields["weeks"]),
        "list_kept_until": starts + datetime.timedelta(weeks=fields["kept_weeks"]),
    }


def _residents(data, finnish):
    names = itertools.product(data["last_names"], data["first_names"])
    areas = list(Area.objects.filter(locale=finnish).order_by("pk").values_list("pk", flat=True))
    for number, (last, first) in zip(range(data["residents"]), names, strict=False):
        language = "sv" if number % data["swedish_every"] == 0 else "fi"
        # The demo's fictional numbers: 040 000 3000 onwards (help requests use 2000 onwards).
        phone = f"+358400003{number:03d}"
        yield [f"{first} {last}", phone, language, areas[number % len(areas)]]


def _callers(site, calling, count):
    """The demo volunteer and `count` other active volunteers, who offer calls."""
    demo = Volunteer.objects.get(user__username="volunteer")
    others = Volunteer.objects.filter(site=site, status=Volunteer.Status.ACTIVE).exclude(pk=demo.pk)
    callers = [demo, *others.order_by("pk")[:count]]
    for volunteer in callers:
        volunteer.kinds_of_help.add(calling)
    return [volunteer.user for volunteer in callers[1:]]


def _make_calls(campaign, callers, data, finnish):
    outcomes = itertools.cycle(data["outcomes"])
    errands = KindOfHelp.objects.get(locale=finnish, slug="kauppa-ja-apteekkiasiointi")
    days = data["calls_per_day"]
    for days_ago, made in zip(range(len(days), 0, -1), days, strict=True):
        for number in range(made):
            caller = callers[number % len(callers)]
            batch = pool.next_calls(
                campaign, caller, now=timezone.now() + datetime.timedelta(days=30)
            )
            if not batch:
                break
            resident = batch[0]
            result = next(outcomes)
            call = flows.call_made(
                resident, caller, resident.tries + 1, _outcome(result, data, errands)
            )
            when = timezone.now() - datetime.timedelta(days=days_ago, hours=number % 7)
            Call.objects.filter(pk=call.pk).update(called_at=when)
    _try_again(campaign, callers)
    # Nobody holds a batch but the demo volunteer, who gets theirs on their first visit.
    Resident.objects.filter(campaign=campaign).update(held_by=None, held_until=None)


def _try_again(campaign, callers):
    """The unanswered are tried again on later days: the first few never answer (not reached
    after every try), the others answer the second time."""
    unanswered = campaign.residents.filter(state=Resident.State.WAITING, outcome=Outcome.NO_ANSWER)
    later = timezone.now() + datetime.timedelta(days=60)
    for number, resident in enumerate(unanswered.order_by("pk")):
        caller = callers[number % len(callers)]
        tries = settings.CALL_NO_ANSWER_TRIES - 1 if number < UNREACHED else 1
        for _ in range(tries):
            resident.refresh_from_db()
            Resident.objects.filter(pk=resident.pk).update(held_by=caller, held_until=later)
            result = Outcome.NO_ANSWER if number < UNREACHED else Outcome.WELL
            flows.call_made(resident, caller, resident.tries + 1, {"outcome": result, "note": ""})


def _outcome(result, data, errands):
    values = {"outcome": result, "note": data["notes"].get(result, "")}
    if result == Outcome.CALL_AGAIN:
        values["call_again_at"] = timezone.now() + datetime.timedelta(days=2, hours=3)
    if result == Outcome.NEEDS_HELP:
        values.update(
            kind_of_help=errands.pk,
            description=data["needs"]["description"],
            needed_on=timezone.localdate() + datetime.timedelta(days=3),
            time_of_day="morning",
            consent=True,
        )
    return values


def _call_back_one(coordinator):
    """The coordinator has called back the first worried resident; the others wait."""
    first = CallBack.objects.order_by("pk").first()
    if first is not None:
        services.call_back(first, coordinator, decision="fine", notes="Soitin, kaikki hyvin.")
