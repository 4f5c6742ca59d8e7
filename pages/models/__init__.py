"""Page types, taxonomies and settings, one module per concept."""

from .base import IntroPage
from .content import ContentPage, VolunteeringModelPage
from .home import HomePage
from .municipality import MunicipalitySettings
from .news import NewsIndexPage, NewsPage
from .organisations import OrganisationIndexPage, OrganisationPage
from .search import SearchPage
from .taxonomy import ActivityType, Area, LifeStageNetwork

__all__ = [
    "ActivityType",
    "Area",
    "ContentPage",
    "HomePage",
    "IntroPage",
    "LifeStageNetwork",
    "MunicipalitySettings",
    "NewsIndexPage",
    "NewsPage",
    "OrganisationIndexPage",
    "OrganisationPage",
    "SearchPage",
    "VolunteeringModelPage",
]
