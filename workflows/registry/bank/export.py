"""The contact list of the volunteers who agreed that their contact details may be shared."""

import csv

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Volunteer
from .display import full_name, term_list

# Excel and LibreOffice run a cell that starts with one of these as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe(value):
    """`value` as text that a spreadsheet shows as it is and never runs as a formula."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def contacts_csv(volunteers, names):
    """A UTF-8 CSV with BOM (Excel in Finland reads it right), `;`-separated, dated name.

    `volunteers` are the ones to list, prefetched as `filters.with_related` does.
    """
    today = timezone.localdate()
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="talkoo-contacts-{today:%Y-%m-%d}.csv"'
    response["Cache-Control"] = "private, no-store"
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        [
            _("Name"),
            _("E-mail"),
            _("Phone"),
            _("Preferred language"),
            _("Kinds of help"),
            _("Areas"),
        ]
    )
    languages = dict(Volunteer.Language.choices)
    for volunteer in volunteers:
        row = [
            full_name(volunteer),
            volunteer.user.email,
            volunteer.phone,
            languages.get(volunteer.preferred_language, volunteer.preferred_language),
            ", ".join(term_list(volunteer.kinds_of_help.all(), names["kinds_of_help"])),
            ", ".join(term_list(volunteer.areas.all(), names["areas"])),
        ]
        writer.writerow([safe(value) for value in row])
    return response
