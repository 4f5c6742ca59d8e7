"""What the processes need to know of a municipality: whom residents call, where the
coordinators' e-mail goes, which privacy notice a person agrees to.

Editors keep these in the pages app's `MunicipalitySettings` (a Wagtail site setting). The
arrows between the packages point one way (`pages` calls `workflows`, never the other way
round), so this is the one place where the processes read those settings: by the model's
name, declared in `workflows.content`, not by importing `pages`.
"""

import re

from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from wagtail.models import Revision

from workflows import content

# How a consent records the privacy notice it was given to (pages writes it, see
# `MunicipalitySettings.privacy_notice_version`): the notice page's id and its revision's; a
# consent given by phone adds "verbal: " in front.
NOTICE_VERSION = "page {page} revision {revision}"
UNKNOWN_VERSION = "unknown"
_NOTICE_VERSION = re.compile(r"(?:verbal: )?page (?P<page>\d+) revision (?P<revision>\d+)")


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


def describe_version(version):
    """A consent's text version as a person reads it: a privacy notice's title and the day
    that version was published ("Tietosuojaseloste, versio 1.9.2026"), an agreement's own version
    name as it is, and "not recorded" for none (one query for a notice)."""
    if not version or version == UNKNOWN_VERSION:
        return _("not recorded")
    match = _NOTICE_VERSION.fullmatch(version)
    if match is None:
        return version
    revision = Revision.objects.filter(pk=match["revision"]).only("object_str", "created_at")
    revision = revision.first()
    if revision is None:
        return _("a privacy notice since deleted")
    published = date_format(timezone.localtime(revision.created_at), "SHORT_DATE_FORMAT")
    return _("%(title)s, version %(date)s") % {"title": revision.object_str, "date": published}
