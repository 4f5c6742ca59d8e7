"""A volunteer's right to be erased: they ask in My volunteering, a coordinator confirms.

`erase` wipes everything that tells who the person was: their account's name, e-mail and
login, their contact details and own words in the registry, and the reasons on the history of
their status (who changed it, when, from what to what stays). Each process forgets what it
recorded of them when it hears `volunteer_erased` (sent inside the same transaction, connected
in each process's `AppConfig.ready()`): onboarding's questions, answers and notes, the seats
they held (given to those waiting), enrolments' feedback, thanks' messages, certificate
requests' words and the certificates themselves (withdrawn), every step's data. What stays
is anonymous: the volunteer row with its municipality, areas, kinds of help, trainings,
consents' versions and dates, so that the network's figures (people trained, volunteers per
area) stay countable.

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

from .models import StatusChange, Volunteer
from .signals import volunteer_erased


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
        # Each process forgets what it holds of them, in its own words (its `ready()`).
        volunteer_erased.send(sender=Volunteer, volunteer=volunteer)
        _erase_account(volunteer.user)
        volunteer.phone = volunteer.availability_notes = volunteer.other_languages = ""
        volunteer.organisation = volunteer.sign_up_token = None
        StatusChange.objects.filter(volunteer=volunteer).update(
            **dict.fromkeys(StatusChange.PERSONAL_FIELDS, "")
        )
        volunteer.set_status(Volunteer.Status.ENDED)
        volunteer.erased_at = timezone.now()
        volunteer.save()
    return volunteer


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
