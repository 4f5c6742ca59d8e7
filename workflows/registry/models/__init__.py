"""The knowledge bank's models, one module per concept."""

from .agreements import VolunteerAgreement
from .audit import StaffViewRecord, VolunteerStaffView
from .coordinators import Coordinator
from .status import StatusChange
from .taxonomy import (
    ActivityType,
    Area,
    KindOfHelp,
    LifeStageNetwork,
    TaxonomyTerm,
    Training,
    source_language_terms,
    term_names,
)
from .volunteers import Consent, TrainingRecord, Volunteer

__all__ = [
    "ActivityType",
    "Area",
    "Consent",
    "Coordinator",
    "KindOfHelp",
    "LifeStageNetwork",
    "StaffViewRecord",
    "StatusChange",
    "TaxonomyTerm",
    "Training",
    "TrainingRecord",
    "Volunteer",
    "VolunteerAgreement",
    "VolunteerStaffView",
    "source_language_terms",
    "term_names",
]
