"""All that the portal holds about a volunteer, as one JSON-ready dictionary (GDPR art. 15, 20).

The registry gives what it holds itself (account, profile, trainings, consents, the history
of their status with its reasons); each process
adds what it holds of the volunteer when it hears `volunteer_exported`, from its own
`personal_data` module, which also says what erasure forgets.
"""

from django.utils import timezone

from .models import Volunteer
from .signals import volunteer_exported

PROFILE_FIELDS = (
    "phone",
    "preferred_language",
    "available_weekdays",
    "available_evenings",
    "available_weekends",
    "availability_notes",
    "speaks_finnish",
    "speaks_swedish",
    "speaks_english",
    "other_languages",
    "can_work_with_children",
    "record_extract_sighted_on",
    "record_extract_issued_on",
    "status",
    "created_at",
    "status_changed_at",
    "erasure_requested_at",
)


def everything_about(volunteer):
    user = volunteer.user
    data = {
        "exported_at": timezone.now(),
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "joined": user.date_joined,
            "last_login": user.last_login,
        },
        "municipality": volunteer.site.site_name or volunteer.site.hostname,
        "profile": {name: getattr(volunteer, name) for name in PROFILE_FIELDS},
        "organisation": volunteer.organisation.title if volunteer.organisation else None,
        "areas": [term.name for term in volunteer.areas.all()],
        "kinds_of_help": [term.name for term in volunteer.kinds_of_help.all()],
        "trainings": [
            {
                "training": record.training.name,
                "completed_on": record.completed_on,
                "valid_until": record.valid_until,
            }
            for record in volunteer.trainings.select_related("training")
        ],
        "consents": [
            {
                "purpose": consent.purpose,
                "text_version": consent.text_version,
                "given_at": consent.given_at,
                "withdrawn_at": consent.withdrawn_at,
            }
            for consent in volunteer.consents.all()
        ],
        "status_changes": [
            {
                "at": change.at,
                "by": change.actor,
                "from": change.from_status,
                "to": change.to_status,
                "reason": change.reason,
                "until": change.until,
            }
            for change in volunteer.status_changes.order_by("at", "pk")
        ],
    }
    for _receiver, section in volunteer_exported.send(sender=Volunteer, volunteer=volunteer):
        data.update(section)
    return data


def processes(queryset, fields, **described):
    """A process's record for its person: when it ran, its `fields`, what each of `described`
    (name: function of the process) says of it, and each step people took (not the
    machine's), with what the step recorded."""
    return [
        {
            "started": process.created,
            "finished": process.finished,
            **{name: getattr(process, name) for name in fields},
            **{name: describe(process) for name, describe in described.items()},
            "steps": [
                {
                    "step": str(task.title),
                    "status": task.status,
                    "created": task.created,
                    "finished": task.finished,
                    "recorded": task.data,
                }
                for task in process.task_set.filter(flow_task_type="HUMAN").order_by("created")
            ],
        }
        for process in queryset.order_by("created", "pk")
    ]
