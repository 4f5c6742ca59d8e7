"""What the processes need to know of a municipality: whom residents call, where the
coordinators' e-mail goes, which privacy notice a person agrees to.

Editors keep these in the pages app's `MunicipalitySettings` (a Wagtail site setting). The
arrows between the packages point one way (`pages` calls `workflows`, never the other way
round), so this is the one place where the processes read those settings: by the model's
name, declared in `workflows.content`, not by importing `pages`.
"""

from django.utils import translation

from workflows import content


def settings_for(site):
    return content.model(content.MUNICIPALITY_SETTINGS).for_site(site)


def coordinators_contact(site, language=None):
    """The coordinators' name, e-mail and phone, the name in `language` (default: current)."""
    municipality = settings_for(site)
    with translation.override(language or translation.get_language()):
        return municipality.coordinators_contact


def privacy_notice_version(site):
    """The privacy notice a person agrees to now: its page and published revision."""
    return settings_for(site).privacy_notice_version
