"""What the knowledge bank shows of a volunteer, from what was fetched for the list."""

from dataclasses import dataclass

from django.utils import timezone

from ..models import Volunteer
from .filters import LANGUAGE_FIELDS


def full_name(volunteer):
    user = volunteer.user
    return user.get_full_name() or user.email or user.get_username()


def term_list(terms, names):
    """The names of prefetched source-language `terms` in the active language."""
    return [names.get(term.pk, term.name) for term in terms]


def languages(volunteer):
    labels = dict(Volunteer.Language.choices)
    spoken = [
        str(labels[code]) for code, field in LANGUAGE_FIELDS.items() if getattr(volunteer, field)
    ]
    if volunteer.other_languages:
        spoken.append(volunteer.other_languages)
    return spoken


@dataclass
class TrainingShown:
    name: str
    completed_on: object
    valid_until: object

    @property
    def expired(self):
        return self.valid_until is not None and self.valid_until < timezone.localdate()


def trainings(volunteer, names):
    return [
        TrainingShown(
            names.get(record.training_id, record.training.name),
            record.completed_on,
            record.valid_until,
        )
        for record in volunteer.trainings.all()
    ]


def row(volunteer, names):
    """One line of the volunteers' list; `names` as `VolunteerFilterForm.names`."""
    return {
        "volunteer": volunteer,
        "name": full_name(volunteer),
        "kinds_of_help": term_list(volunteer.kinds_of_help.all(), names["kinds_of_help"]),
        "areas": term_list(volunteer.areas.all(), names["areas"]),
        "languages": languages(volunteer),
        "trainings": trainings(volunteer, names["trainings"]),
    }
