"""Trainings that run out: a volunteer whose training (first aid, say, valid three years)
ends within `TRAINING_RENEWAL_REMINDER_DAYS` is reminded once to renew it, with the coming
sessions that give it. A training renewed already (a later record) is not reminded of.
"""

from datetime import timedelta

from django.db.models import Exists, OuterRef
from django.utils import formats, timezone, translation

from workflows.links import my_volunteering_url, public_language
from workflows.notifications import notify
from workflows.registry.models import Training, TrainingRecord, Volunteer, term_names

from .models import Session
from .volunteer_mail import when


def due(days, today=None):
    """The training records that end within `days` days and have not been reminded of."""
    today = today or timezone.localdate()
    renewed = TrainingRecord.objects.filter(
        volunteer=OuterRef("volunteer"),
        training=OuterRef("training"),
        completed_on__gt=OuterRef("completed_on"),
    )
    return (
        TrainingRecord.objects.filter(
            valid_until__isnull=False,
            valid_until__lte=today + timedelta(days=days),
            renewal_reminded_at__isnull=True,
            volunteer__status__in=Volunteer.IN_NETWORK,
            volunteer__erased_at__isnull=True,
        )
        .exclude(Exists(renewed))
        .select_related("volunteer__user", "volunteer__site")
        .order_by("pk")
    )


def remind(days):
    """Remind each volunteer of each training running out, once; returns how many."""
    reminded = 0
    for record in due(days):
        # Claimed first, so that two runs at once remind once.
        claimed = TrainingRecord.objects.filter(
            pk=record.pk, renewal_reminded_at__isnull=True
        ).update(renewal_reminded_at=timezone.now())
        if claimed:
            _tell(record)
            reminded += 1
    return reminded


def _tell(record):
    volunteer = record.volunteer
    language = public_language(volunteer.preferred_language)
    sessions = Session.objects.upcoming().filter(
        site=volunteer.site_id, gathering__gatheringpage__training=record.training_id
    )
    with translation.override(language):
        training = term_names(Training, pk=record.training_id).get(record.training_id, "")
        valid_until = formats.date_format(record.valid_until, "DATE_FORMAT")
    notify(
        [volunteer.user.email],
        "training_expiring",
        {
            "first_name": volunteer.user.first_name,
            "training": training,
            "valid_until": valid_until,
            "expired": record.valid_until < timezone.localdate(),
            "sessions": [
                f"{session.title_in(language)}: {when(session, language)}, {session.place}"
                for session in sessions[:5]
            ],
            "link": my_volunteering_url(volunteer),
        },
        language,
    )
