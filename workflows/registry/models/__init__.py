"""The knowledge bank's models, one module per concept."""

from .agreements import VolunteerAgreement
from .coordinators import Coordinator
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
    "TaxonomyTerm",
    "Training",
    "TrainingRecord",
    "Volunteer",
    "VolunteerAgreement",
    "source_language_terms",
    "term_names",
]
