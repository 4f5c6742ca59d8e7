"""Page types, taxonomies and settings, one module per concept."""

from .base import IntroPage
from .content import ContentPage, VolunteeringModelPage
from .gatherings import GatheringIndexPage, GatheringKind, GatheringPage
from .help_request import HelpRequestPage
from .home import HomePage
from .municipality import MunicipalitySettings
from .news import NewsIndexPage, NewsPage
from .organisations import OrganisationIndexPage, OrganisationPage
from .search import SearchPage
from .signup import VolunteerSignUpPage

__all__ = [
    "ContentPage",
    "GatheringIndexPage",
    "GatheringKind",
    "GatheringPage",
    "HelpRequestPage",
    "HomePage",
    "IntroPage",
    "MunicipalitySettings",
    "NewsIndexPage",
    "NewsPage",
    "OrganisationIndexPage",
    "OrganisationPage",
    "SearchPage",
    "VolunteerSignUpPage",
    "VolunteeringModelPage",
]
