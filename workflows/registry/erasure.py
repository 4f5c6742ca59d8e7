"""A volunteer's right to be erased: they ask in My volunteering, a coordinator confirms.

`erase` wipes everything that tells who the person was: their account's name, e-mail and
login, their contact details and own words in the registry, and what the onboarding process
recorded (questions, answers, notes, each step's data). What stays is anonymous: the
volunteer row with its municipality, areas, kinds of help, trainings, consents' versions and
dates, so that the network's figures (people trained, volunteers per area) stay countable.

Help requests are the residents' processes, not the volunteer's, so erasure cancels none of
them. The volunteer's reports of help given keep their date, hours and outcome (the hours
count); the words the volunteer wrote in them (notes and concern) go once the request is
over. On a request still open they stay for the coordinators following it up, and go when
the request is anonymised (`workflows.help_requests.retention`).
"""

import uuid

from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from wagtail.models import ModelLogEntry

from viewflow.workflow.exceptions import FlowRuntimeError
from viewflow.workflow.models import Task
from viewflow.workflow.status import PROCESS, STATUS

from workflows.certificates.models import CertificateRequest
from workflows.certificates.services import withdraw_all as withdraw_certificates
from workflows.help_requests.models import HelpRequest, Report
from workflows.onboarding.models import Onboarding
from workflows.thanks.models import Thanks
from workflows.training.models import Enrolment
from workflows.training.services import give_up_seats

from .models import Volunteer

# What each process that concerns a volunteer records in its own words.
PROCESS_TEXT_FIELDS = {
    Onboarding: ("question", "answer", "decline_reason", "meeting_place", "meeting_notes"),
    Enrolment: ("feedback_comment",),
    Thanks: ("message",),
    CertificateRequest: ("purpose", "decline_reason"),
}
FINISHED = [STATUS.DONE, STATUS.CANCELED, STATUS.REVIVED]


def request_erasure(volunteer):
    """The volunteer asks to end and have their data erased; a coordinator confirms it."""
    if volunteer.erasure_requested_at is None:
        volunteer.erasure_requested_at = timezone.now()
        volunteer.save(update_fields=["erasure_requested_at"])


def erase(volunteer):
    """Erase `volunteer`'s personal data for good, in one transaction. Idempotent."""
    with transaction.atomic():
        volunteer = (
            Volunteer.objects.select_for_update().select_related("user").get(pk=volunteer.pk)
        )
        if volunteer.erased_at is not None:
            return volunteer
        give_up_seats(volunteer)  # before their processes end: the seats go to those waiting
        for model, fields in PROCESS_TEXT_FIELDS.items():
            processes = model.objects.filter(volunteer=volunteer)
            for process in processes.exclude(status__in=[PROCESS.DONE, PROCESS.CANCELED]):
                _cancel(process)
            processes.update(data={}, **dict.fromkeys(fields, ""))
            Task.objects.filter(process__in=processes.values("pk")).update(data={})
        over = Report.objects.filter(volunteer=volunteer).exclude(
            help_request__stage__in=HelpRequest.OPEN_STAGES
        )
        over.update(notes="", concern="")
        withdraw_certificates(volunteer)
        _erase_account(volunteer.user)
        volunteer.phone = volunteer.availability_notes = volunteer.other_languages = ""
        volunteer.organisation = volunteer.sign_up_token = None
        volunteer.set_status(Volunteer.Status.ENDED)
        volunteer.erased_at = timezone.now()
        volunteer.save()
    return volunteer


def _cancel(process):
    """Cancel an open process and its open tasks, as viewflow's own cancel does."""
    try:
        process.flow_class.instance.cancel(process)
    except FlowRuntimeError:
        # A step someone has open right now cannot be cancelled the ordinary way.
        now = timezone.now()
        process.task_set.exclude(status__in=FINISHED).update(status=STATUS.CANCELED, finished=now)
        process.status, process.finished = PROCESS.CANCELED, now
        process.save(update_fields=["status", "finished"])


def _erase_account(user):
    user.username = f"erased-{uuid.uuid4()}"
    user.first_name = user.last_name = user.email = ""
    user.set_unusable_password()
    user.is_active = False
    user.last_login = None
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    # Audit logs name the account as it was when logged.
    content_type = ContentType.objects.get_for_model(user)
    ModelLogEntry.objects.filter(content_type=content_type, object_id=str(user.pk)).update(
        label=user.username, data={}
    )
    LogEntry.objects.filter(content_type=content_type, object_id=str(user.pk)).update(
        object_repr=user.username, change_message=""
    )
