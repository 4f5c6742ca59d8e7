"""The knowledge bank's models, one module per concept."""

from .taxonomy import (
    ActivityType,
    Area,
    KindOfHelp,
    LifeStageNetwork,
    TaxonomyTerm,
    source_language_terms,
)
from .volunteers import Consent, Volunteer

__all__ = [
    "ActivityType",
    "Area",
    "Consent",
    "KindOfHelp",
    "LifeStageNetwork",
    "TaxonomyTerm",
    "Volunteer",
    "source_language_terms",
]
