"""The demo's help requests: about sixty, in every state a coordinator meets, a dozen by phone.

Each request is asked for (on the web through `flows.submit`, by phone through the flow's
phone start node as the coordinators' phone form does) and taken step by step through the
real services: the demo coordinator triages, matches with a suggested volunteer, follows up
and closes; volunteers answer offers and report; residents answer, cancel and give feedback.
Between the steps time passes: everything that has happened to the request so far is moved
into the past, so the lists show realistic waits, spread over the last two months.

The demo `volunteer` login has an offer waiting, a task to report and a finished one.
"""

import datetime
import re
import types
import uuid
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.utils import timezone, translation

from viewflow.workflow.models import Process, Task
from viewflow.workflow.status import STATUS

from demo.data import load
from pages.models import MunicipalitySettings
from workflows.engine import waiting_task
from workflows.help_requests import flows, matching, services
from workflows.help_requests.flows import HelpRequestFlow
from workflows.help_requests.models import HelpRequest, Offer, Report
from workflows.registry.models import Area, KindOfHelp, Training, TrainingRecord, Volunteer

KINDS = ["errands", "calls", "errands", "accompaniment", "visits", "errands", "accompaniment"]
AREAS = ["keskusta", "satamanranta", "koivumaki", "kirkonkyla", "niittyla", "saaristo"]
FOR_WHOM = ["self", "relative", "self", "neighbour"]
TIMES_OF_DAY = ["any", "morning", "afternoon", "evening"]
HOURS = ["1.5", "0.5", "2", "1", "3", "2.5"]
END_OF_LIFE_TRAINED = 4  # how many of the volunteers offering end-of-life companionship
WEEK = datetime.timedelta(days=7)
TOKENS = uuid.UUID("8d1c6f0e-2b7a-4e55-9c1e-5a9f0b7d3e21")


def _texts(key):
    """What `content/help_requests.yaml` says under `key`."""
    return load("help_requests")[key]


def _duration(text):
    number, unit = re.fullmatch(r"(\d+)([hd])", text).groups()
    return datetime.timedelta(**{"hours" if unit == "h" else "days": int(number)})


def _is_wait(token):
    return re.fullmatch(r"\d+[hd]", token) is not None


def planned_requests():
    """[(scenario, final wait, options)], oldest first, so numbers grow with the dates."""
    planned = []
    for scenario, waits in _texts("plan"):
        for entry in waits.split():
            wait, *options = entry.split(":")
            planned.append((scenario, _duration(wait), set(options)))

    def age(item):
        steps = [
            _duration(token) for token in _texts("scenarios")[item[0]].split() if _is_wait(token)
        ]
        return sum(steps, item[1])

    return sorted(planned, key=age, reverse=True)


def build_help_requests(site, finnish):
    """Build the demo's help requests in `site`; returns how many."""
    _train_end_of_life_companions(site, finnish)
    builder = _HelpRequests(site, finnish)
    planned = planned_requests()
    for number, (scenario, wait, options) in enumerate(planned):
        builder.build(number, scenario, wait, options)
    return len(planned)


def _term(model, taxonomy, key, finnish):
    data = next(term for term in load("taxonomy")[taxonomy] if term["key"] == key)
    return model.objects.get(locale=finnish, slug=data["slug"])


def _train_end_of_life_companions(site, finnish):
    """End-of-life companionship needs its training: some volunteers offering it have it."""
    kind = _term(KindOfHelp, "kinds_of_help", "end_of_life", finnish)
    training = _term(Training, "trainings", "end_of_life", finnish)
    kind.required_training = training
    kind.save(update_fields=["required_training"])
    completed = timezone.localdate() - datetime.timedelta(days=200)
    valid_until = completed + datetime.timedelta(days=365 * training.valid_for_years)
    offering = Volunteer.objects.filter(
        site=site, status=Volunteer.Status.ACTIVE, kinds_of_help=kind
    )
    for volunteer in offering[:END_OF_LIFE_TRAINED]:
        TrainingRecord.objects.create(
            volunteer=volunteer, training=training, completed_on=completed, valid_until=valid_until
        )


class _HelpRequests:
    """Builds the requests one by one; remembers what it has said, to vary the texts."""

    def __init__(self, site, finnish):
        User = get_user_model()
        self.site = site
        self.municipality = MunicipalitySettings.for_site(site)
        self.coordinator = User.objects.get(username="coordinator")
        self.demo_volunteer = Volunteer.objects.get(user__username="volunteer")
        self.kinds = {
            data["key"]: _term(KindOfHelp, "kinds_of_help", data["key"], finnish)
            for data in load("taxonomy")["kinds_of_help"]
        }
        self.areas = {key: _term(Area, "areas", key, finnish) for key in AREAS}
        self.used = {}  # how many times each list of texts has been used
        self.helped = None  # the latest resident a volunteer reported help for
        self.offers_made = 0
        self.language, self.demo, self.referral = "fi", False, None

    def next(self, texts):
        """The next of `texts` in turn, so that neighbouring requests say different things."""
        number = self.used.get(id(texts), 0)
        self.used[id(texts)] = number + 1
        return texts[number % len(texts)]

    def say(self, texts):
        """The next of `texts` (each in Finnish and Swedish) in the resident's language."""
        return self.next(texts)[self.language]

    # One request --------------------------------------------------------------------------

    def build(self, number, scenario, wait, options):
        data = self.resident(number, scenario, options)
        self.language, self.demo = data["preferred_language"], "demo" in options
        help_request = self.come_in(data, by_phone="phone" in options)
        for token in _texts("scenarios")[scenario].split():
            if _is_wait(token):
                _time_passes(help_request, _duration(token))
            else:
                getattr(self, "step_" + token.replace("-", "_"))(help_request)
            help_request.refresh_from_db()
        _time_passes(help_request, wait)
        help_request.refresh_from_db()
        _settle_dates(help_request, lead_days=1 + number % 4)
        if help_request.reports.exists():
            self.helped = data

    def resident(self, number, scenario, options):
        """The intake form's cleaned data for request `number`: a fictional resident."""
        token = uuid.uuid5(TOKENS, str(number))
        if "returning" in options and self.helped:
            return {**self.helped, "token": token}
        swedish = number % 3 == 1
        language = "sv" if swedish else "fi"

        def pick(finnish, swedish_):
            return self.next(swedish_ if swedish else finnish)

        first, last = pick(_texts("finnish_residents"), _texts("swedish_residents"))
        for_whom = FOR_WHOM[number % len(FOR_WHOM)]
        requester = f"{first} {last}"
        if for_whom == "relative":
            relative = pick(_texts("finnish_relatives"), _texts("swedish_relatives"))
            requester = f"{relative} {last}"
        elif for_whom == "neighbour":
            requester = " ".join(pick(_texts("finnish_neighbours"), _texts("swedish_neighbours")))
        kind = KINDS[number % len(KINDS)]
        if "end_of_life" in options:
            kind = "end_of_life"
        elif "demo" in options or scenario.startswith("recurring"):
            kind = "errands"  # what the demo volunteer offers; weekly shopping
        area = "keskusta" if "demo" in options else AREAS[number % len(AREAS)]
        description = self.next(_texts("descriptions")[kind])[language]
        if scenario.startswith("recurring"):
            description = _texts("weekly_shopping")[language]
        elif scenario == "referred":
            need, self.referral = self.next(_texts("referrals"))
            description = need[language]
        street = _texts("streets")[area][number % 2][language]
        data = {
            "token": token,
            "for_whom": for_whom,
            "requester_name": requester,
            "person_name": "" if for_whom == "self" else f"{first} {last}",
            # Half of those asked for by someone else give the helped person's own phone.
            "person_phone": (
                "" if for_whom == "self" or number % 2 else f"044 000 {3000 + number:04d}"
            ),
            "person_consents": True,
            "kind_of_help": self.kinds[kind].pk,
            "area": self.areas[area].pk,
            "address": "" if kind == "calls" else f"{street} {number % 29 + 1}",
            "needed_on": timezone.localdate() + datetime.timedelta(days=3),
            "time_of_day": "evening" if "demo" in options else TIMES_OF_DAY[number % 4],
            "description": description,
            "preferred_language": language,
            "phone": f"040 000 {2000 + number:04d}",
            "email": "" if "phone" in options else _email(requester),
        }
        if scenario == "spam":
            name, email, text = self.next(_texts("spam"))
            data.update(for_whom="self", requester_name=name, person_name="", address="")
            data.update(phone="", email=email, description=text, preferred_language="fi")
        return data

    def come_in(self, data, by_phone):
        """The request comes in: on the web form, or by phone to the coordinator."""
        with translation.override(data["preferred_language"]):
            contact = self.municipality.coordinators_contact
            version = self.municipality.privacy_notice_version
        if not by_phone:
            help_request, _ = flows.submit(self.site, data, version, contact)
            return help_request
        # As the coordinators' phone form (PhoneIntakeView) does, through the same start node.
        node = HelpRequestFlow.start_phone
        activation = node.activation_class.create(node, None, None)
        if not node.can_execute(self.coordinator, activation.task):
            raise PermissionDenied
        activation.start(types.SimpleNamespace(user=self.coordinator))
        data["coordinator_notes"] = self.next(_texts("phone_notes"))["fi"]
        services.take_phone_request(activation, data, self.site, self.coordinator)
        activation.execute()
        return activation.process

    # The steps the scenarios name: "accept" is step_accept, "follow-up" step_follow_up ----

    def coordinator_step(self, help_request, name, **data):
        services.complete_step(help_request, name, self.coordinator, **data)

    def step_accept(self, help_request):
        self.coordinator_step(help_request, "triage", decision="accept")

    def step_ask(self, help_request):
        question = self.say(_texts("questions"))
        self.coordinator_step(help_request, "triage", decision="ask", question=question)

    def step_refer(self, help_request):
        referral = self.referral[self.language]
        self.coordinator_step(help_request, "triage", decision="refer", referral=referral)

    def step_spam(self, help_request):
        note = _texts("spam_note")
        self.coordinator_step(help_request, "triage", decision="spam", coordinator_notes=note)

    def step_answer(self, help_request):
        services.resident_answer(help_request, self.say(_texts("answers")))

    def step_offer(self, help_request):
        ranked = matching.suggestions(help_request)
        if self.demo:
            volunteer = self.demo_volunteer
            if volunteer.pk not in [s.pk for s in ranked]:
                raise LookupError(f"The demo volunteer is not suggested for {help_request}.")
        else:
            # The demo login gets only the requests meant for it; the rest go to the best few.
            best = [s for s in ranked if s.pk != self.demo_volunteer.pk][:3]
            volunteer = best[self.offers_made % len(best)].volunteer
        self.offers_made += 1
        note = self.say(_texts("offer_notes"))
        self.coordinator_step(help_request, "match", volunteer=volunteer, note=note)

    def step_take(self, help_request):
        offer = help_request.offers.get(answer="")
        services.answer_offer(offer, offer.volunteer, accept=True)

    def step_decline(self, help_request):
        offer = help_request.offers.get(answer="")
        services.answer_offer(offer, offer.volunteer, accept=False)

    def step_expire(self, help_request):
        """No answer in time: the offer's timer fires, as `workflow_timers` would fire it."""
        timer = help_request.task_set.get(flow_task_type="TIMER", status=STATUS.SCHEDULED)
        with timer.activation() as activation:
            activation.start()
            activation.execute()

    def step_report(self, help_request, concern=""):
        hours = self.next(HOURS)
        data = {
            "done_on": timezone.localdate(),
            "hours": Decimal(hours),
            "outcome": Report.Outcome.PARTLY if hours == "0.5" else Report.Outcome.DONE,
            "notes": self.say(_texts("report_notes")),
            "concern": concern,
        }
        services.report(help_request, help_request.volunteer, data)

    def step_report_concern(self, help_request):
        self.step_report(help_request, concern=self.say(_texts("concerns")))

    def step_follow_up(self, help_request):
        handled = self.say(_texts("concerns_handled"))
        self.coordinator_step(help_request, "follow_up", concern_handled=handled)

    def step_close(self, help_request):
        self.coordinator_step(help_request, "close", closing=HelpRequest.Closing.CLOSE)

    def step_continue(self, help_request):
        self.coordinator_step(
            help_request,
            "close",
            closing=HelpRequest.Closing.CONTINUE,
            next_visit_on=timezone.localdate() + WEEK,
        )

    def step_feedback(self, help_request):
        value, comment = self.next(_texts("feedback"))
        services.give_feedback(help_request, value, comment[self.language])

    def step_cancel(self, help_request):
        services.cancel(help_request)


def _email(name):
    plain = name.lower().translate(str.maketrans("äöåé", "aoae"))
    return f"{plain.replace(' ', '.')}@posti.example"


def _time_passes(help_request, delta):
    """Move everything that has happened to `help_request` `delta` into the past."""
    earlier = {"created": F("created") - delta, "finished": F("finished") - delta}
    Process.objects.filter(pk=help_request.pk).update(**earlier)
    HelpRequest.objects.filter(pk=help_request.pk).update(
        feedback_at=F("feedback_at") - delta, cancelled_at=F("cancelled_at") - delta
    )
    Task.objects.filter(process_id=help_request.pk).update(
        **earlier,
        assigned=F("assigned") - delta,
        started=F("started") - delta,
        scheduled=F("scheduled") - delta,
    )
    Offer.objects.filter(help_request=help_request).update(
        offered_at=F("offered_at") - delta, answered_at=F("answered_at") - delta
    )
    Report.objects.filter(help_request=help_request).update(created_at=F("created_at") - delta)


def _settle_dates(help_request, lead_days):
    """Dates follow the moved times: a visit is reported on its day, the help is needed on the
    day it was (or will be) given, and a recurring visit is a week after the last one."""
    today = timezone.localdate()
    reports = list(help_request.reports.order_by("created_at", "pk"))
    for report in reports:
        report.done_on = timezone.localdate(report.created_at)
        report.save(update_fields=["done_on"])
    next_visit = None
    closes = help_request.task_set.filter(flow_task=HelpRequestFlow.close, status=STATUS.DONE)
    for close in closes.order_by("finished"):
        if close.data.get("closing") != HelpRequest.Closing.CONTINUE:
            continue
        later = [report for report in reports if report.created_at > close.finished]
        next_visit = later[0].done_on if later else timezone.localdate(close.finished) + WEEK
        close.data["next_visit_on"] = next_visit.isoformat()
        close.save(update_fields=["data"])
    helping = waiting_task(help_request, "help_given") is not None
    if helping and next_visit:
        needed_on = next_visit
    elif reports:
        needed_on = reports[-1].done_on
    else:
        needed_on = timezone.localdate(help_request.created) + datetime.timedelta(days=lead_days)
        if help_request.is_open:
            needed_on = max(needed_on, today)
    HelpRequest.objects.filter(pk=help_request.pk).update(
        needed_on=needed_on, next_visit_on=next_visit
    )
