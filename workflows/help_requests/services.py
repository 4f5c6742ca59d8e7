"""What the help-request steps do, apart from the forms that ask for it.

The public intake (`submit`) and the phone intake (`fill`, from its start view) store the
request and start the process in one transaction. Coordinators' steps come from viewflow's
task pages through `record_step`; the volunteer's (`answer_offer`, `report`) and the
resident's (`resident_answer`, `cancel`, `give_feedback`) from the public site, each checking
that the step is really waiting for them.
"""

from django.conf import settings
from django.db import transaction
from django.utils import formats, timezone, translation

from viewflow.workflow.status import PROCESS, STATUS

from workflows.engine import NotYourTurn, run_handle, take_step
from workflows.engine import cancel as cancel_process
from workflows.links import my_volunteering_url
from workflows.municipality import coordinators_contact, privacy_notice_version
from workflows.notifications import notify

from .links import offer_link, status_link
from .models import HelpRequest, Offer, Report

OPEN_TASK = [STATUS.NEW, STATUS.ASSIGNED, STATUS.STARTED, STATUS.SCHEDULED]


# Intake -----------------------------------------------------------------------------------

FORM_FIELDS = (
    "for_whom",
    "requester_name",
    "person_name",
    "person_phone",
    "person_consents",
    "kind_of_help",
    "area",
    "address",
    "needed_on",
    "time_of_day",
    "description",
    "preferred_language",
    "phone",
    "email",
)


def fill(process, data, site, privacy_notice_version, channel, taken_by=None, municipality=None):
    """Copy an intake form's cleaned `data` onto a new request and tell whoever needs to know.
    Called by the start nodes, inside the transaction that saves the request."""
    for name in FORM_FIELDS:
        if name in data:
            # The form gives the kind of help and the area as their pks.
            attribute = f"{name}_id" if name in ("kind_of_help", "area") else name
            setattr(process, attribute, data[name])
    if process.for_whom == HelpRequest.ForWhom.SELF:
        process.person_name, process.person_consents = "", True
    process.site = site
    process.token = data.get("token")
    process.channel = channel
    process.privacy_notice_version = privacy_notice_version
    process.consent_taken_by = taken_by
    process.save()
    _tell_resident(process, "help_request_received", municipality=municipality)
    if municipality:
        notify(
            [municipality.get("email")],
            "new_help_request",
            {"number": process.pk, "kind": process.kind_of_help.name, "area": process.area.name},
            settings.LANGUAGE_CODE,
        )


def take_phone_request(activation, data, site, user):
    """A coordinator (`user`) took the request in `data` by phone, with the resident's verbal
    consent: fill in the phone start node's process. The caller executes the activation."""
    activation.process.coordinator_notes = data.get("coordinator_notes", "")
    # The resident is told whom to call in their own language; the coordinator on the phone
    # needs no e-mail about the request they are typing in.
    contact = coordinators_contact(site, data["preferred_language"])
    fill(
        activation.process,
        data,
        site=site,
        privacy_notice_version=f"verbal: {privacy_notice_version(site)}",
        channel=HelpRequest.Channel.PHONE,
        taken_by=user,
        municipality={**contact, "email": ""},
    )


# Messages ---------------------------------------------------------------------------------


def when(help_request, language):
    """The request's date (and time of day) as the recipient reads it."""
    with translation.override(language):
        day = formats.date_format(help_request.needed_on, "DATE_FORMAT")
        if help_request.time_of_day == HelpRequest.TimeOfDay.ANY:
            return day
        return f"{day}, {help_request.get_time_of_day_display()}"


def _tell_resident(help_request, name, municipality=None, **context):
    """E-mail and/or text the resident, as they asked to be contacted, in their language."""
    language = help_request.preferred_language
    notify(
        [help_request.email],
        name,
        {
            "name": help_request.requester_name,
            "number": help_request.pk,
            "link": status_link(help_request),
            "municipality": (municipality or {}).get("name", ""),
            "phone": (municipality or {}).get("phone", ""),
            **context,
        },
        language,
        phones=[help_request.phone],
    )


def _tell_volunteer(volunteer, help_request, name, **context):
    user = volunteer.user
    language = volunteer.preferred_language
    with translation.override(language):
        kind = help_request.kind_of_help.localized.name
        area = help_request.area.localized.name
    notify(
        [user.email],
        name,
        {
            "first_name": user.first_name,
            "kind": kind,
            "area": area,
            "when": when(help_request, language),
            # The task's own page in My volunteering: one tap from the message to the answer.
            "link": my_volunteering_url(volunteer, "task", pk=help_request.pk),
            **context,
        },
        language,
        phones=[] if user.email else [volunteer.phone],
    )


# The coordinators' steps ------------------------------------------------------------------


def record_step(step, process, data, user=None):
    """Store what a coordinator's `step` form decided (`data`, its cleaned data) and return
    what the task's history keeps. The task pages and `complete_step` both come here."""
    return _RECORD[step](process, data, user) or {}


# What a coordinator may complete or correct at triage: where help is needed, and the phone
# of the person helped when someone asked on their behalf.
CORRECTABLE = ("address", "person_phone")


def _triage(process, data, user):
    # The coordinator completed or corrected the helped person's details: the history names
    # which (never the values, which stay on the request, to be anonymised). The triage's
    # model form has already put the values on `process`; compare with what is stored.
    stored = HelpRequest.objects.filter(pk=process.pk).values(*CORRECTABLE).get()
    corrected = [name for name in CORRECTABLE if name in data and data[name] != stored[name]]
    for name in corrected:
        setattr(process, name, data[name])
    process.decision = data["decision"]
    process.question = data.get("question", "")
    process.referral = data.get("referral", "")
    process.coordinator_notes = data.get("coordinator_notes", process.coordinator_notes)
    Decision = HelpRequest.Decision
    if process.decision in (Decision.ACCEPT, Decision.ASK):
        process.stage = HelpRequest.Stage.IN_PROGRESS
    if process.decision == Decision.ASK:
        process.answer = ""
        _tell_resident(process, "help_request_question", question=process.question)
    process.save()
    # The history keeps the decision; the words stay on the request, to be anonymised.
    return {"decision": process.decision, **({"corrected": corrected} if corrected else {})}


def _match(process, data, user):
    volunteer = data["volunteer"]
    offer = Offer.objects.create(
        help_request=process, volunteer=volunteer, offered_by=user, note=data.get("note", "")
    )
    deadline = timezone.now() + timezone.timedelta(hours=settings.HELP_OFFER_ANSWER_HOURS)
    with translation.override(volunteer.preferred_language):
        deadline = formats.date_format(timezone.localtime(deadline), "DATETIME_FORMAT")
    _tell_volunteer(
        volunteer,
        process,
        "help_offer",
        answer_link=offer_link(offer),
        deadline=deadline,
        note=offer.note,
    )
    return {"volunteer": volunteer.pk, "offer": offer.pk}


def _follow_up(process, data, user):
    report = process.latest_report
    report.concern_handled = data["concern_handled"]
    report.save(update_fields=["concern_handled"])
    return {"report": report.pk}


def _close(process, data, user):
    process.closing = data["closing"]
    process.next_visit_on = data.get("next_visit_on")
    process.save(update_fields=["closing", "next_visit_on"])
    if process.closing == HelpRequest.Closing.REMATCH:
        # The volunteer could not help after all: the request is matched again.
        process.stage, process.volunteer = HelpRequest.Stage.IN_PROGRESS, None
        process.save(update_fields=["stage", "volunteer"])
    if process.closing == HelpRequest.Closing.CONTINUE:
        with translation.override(process.volunteer.preferred_language):
            next_visit = formats.date_format(process.next_visit_on, "DATE_FORMAT")
        process.needed_on = process.next_visit_on
        process.save(update_fields=["needed_on"])
        _tell_volunteer(process.volunteer, process, "help_next_visit", next_visit=next_visit)
        return {"closing": process.closing, "next_visit_on": process.next_visit_on.isoformat()}
    return {"closing": process.closing}


_RECORD = {"triage": _triage, "match": _match, "follow_up": _follow_up, "close": _close}


def complete_step(help_request, step, user, **data):
    """`user` claims and completes the coordinator's `step` as its task page would; for
    scripts, tests and the demo. `data` are the step form's cleaned values."""
    if not take_step(help_request, step, user, lambda p: record_step(step, p, data, user)):
        raise NotYourTurn


# Offers -------------------------------------------------------------------------------------


def _run_handle(help_request, step, apply):
    """Complete `help_request`'s waiting `step` (a Handle task) with `apply(process)`; raises
    NotYourTurn if the step is not waiting (done, timed out or cancelled)."""
    if not run_handle(help_request, step, apply):
        raise NotYourTurn


def answer_offer(offer, volunteer, accept):
    """`volunteer` accepts or declines `offer`; a decline sends the request back to matching."""
    if offer.volunteer_id != volunteer.pk:
        raise NotYourTurn

    def apply(process):
        current = Offer.objects.select_for_update().get(pk=offer.pk)
        if current.answer:
            raise NotYourTurn
        current.answer = Offer.Answer.ACCEPTED if accept else Offer.Answer.DECLINED
        current.answered_at = timezone.now()
        current.save(update_fields=["answer", "answered_at"])
        if accept:
            process.volunteer = volunteer
            process.stage = HelpRequest.Stage.VOLUNTEER_FOUND
            process.save(update_fields=["volunteer", "stage"])
            _tell_resident(process, "help_volunteer_found", volunteer=volunteer.user.first_name)
        return {"offer": current.pk, "answer": current.answer}

    _run_handle(offer.help_request, "offer", apply)


def expire_offer(process):
    """No answer in time: the offer lapses and the volunteer is told; matching resumes."""
    offer = process.offers.filter(answer="").first()
    if offer:
        offer.answer, offer.answered_at = Offer.Answer.EXPIRED, timezone.now()
        offer.save(update_fields=["answer", "answered_at"])
        _tell_volunteer(offer.volunteer, process, "help_offer_expired")


# The volunteer's report ---------------------------------------------------------------------


def report(help_request, volunteer, data):
    """`volunteer`, who took the request on, reports a visit: date, hours, outcome, concern."""
    if help_request.volunteer_id != volunteer.pk:
        raise NotYourTurn

    def apply(process):
        made = Report.objects.create(help_request=process, volunteer=volunteer, **data)
        return {"report": made.pk, "hours": str(made.hours), "concern": bool(made.concern)}

    _run_handle(help_request, "help_given", apply)


# The resident's steps -----------------------------------------------------------------------


def resident_answer(help_request, text):
    """The resident answers the coordinator's question; the request returns to triage."""

    def apply(process):
        process.answer = text
        process.save(update_fields=["answer"])
        return {"answered": True}

    _run_handle(help_request, "resident_answers", apply)


def cancel(help_request):
    """The resident cancels their request: every open step ends, a volunteer who had taken it
    on is told. Cancelling what is already over raises NotYourTurn."""
    with transaction.atomic():
        process = HelpRequest.objects.select_for_update().get(pk=help_request.pk)
        if not process.is_open or process.status != PROCESS.NEW:
            raise NotYourTurn
        cancel_process(process)
        process.refresh_from_db()
        process.stage = HelpRequest.Stage.CANCELLED
        process.cancelled_at = timezone.now()
        process.save(update_fields=["stage", "cancelled_at"])
        open_offer = process.offers.filter(answer="").first()
        if open_offer:
            open_offer.answer, open_offer.answered_at = Offer.Answer.WITHDRAWN, timezone.now()
            open_offer.save(update_fields=["answer", "answered_at"])
        told = Offer.objects.filter(
            help_request=process, answer__in=[Offer.Answer.ACCEPTED, Offer.Answer.WITHDRAWN]
        ).select_related("volunteer__user")
        for volunteer in {offer.volunteer for offer in told}:
            _tell_volunteer(volunteer, process, "help_request_cancelled")
    return process


def give_feedback(help_request, value, comment):
    """The resident's feedback on a done request, once."""
    with transaction.atomic():
        process = HelpRequest.objects.select_for_update().get(pk=help_request.pk)
        if process.stage != HelpRequest.Stage.DONE or process.feedback_at:
            raise NotYourTurn
        process.feedback, process.feedback_comment = value, comment
        process.feedback_at = timezone.now()
        process.save(update_fields=["feedback", "feedback_comment", "feedback_at"])
    return process


# The process's own steps --------------------------------------------------------------------


def finish(process):
    process.stage = HelpRequest.Stage.DONE
    process.save(update_fields=["stage"])
    _tell_resident(process, "help_request_done")


def refer(process):
    process.stage = HelpRequest.Stage.REFERRED
    process.save(update_fields=["stage"])
    _tell_resident(process, "help_request_referred", referral=process.referral)


def reject(process):
    process.stage = HelpRequest.Stage.CANCELLED
    process.save(update_fields=["stage"])
