"""Building a "How are you?" call campaign in code, as a coordinator's pages would leave it."""

import datetime

from django.utils import timezone

from tests.factories import VolunteerFactory
from workflows.calls import flows, services
from workflows.registry.models import Volunteer


def campaign_data(kind, **changes):
    today = timezone.localdate()
    return {
        "name": "Mitä kuuluu? -soitot, kevät",
        "name_sv": "Hur mår du?-samtal, våren",
        "script": "Hei, soitan kunnasta. Mitä sinulle kuuluu?",
        "script_sv": "Hej, jag ringer från kommunen. Hur mår du?",
        "starts_on": today,
        "ends_on": today + datetime.timedelta(weeks=4),
        "kind_of_help": kind.pk,
        "legal_basis": "Sosiaalihuoltolain 35 §: etsivä työ.",
        "list_source": "Väestötietojärjestelmän ote, yli 80-vuotiaat",
        "list_kept_until": today + datetime.timedelta(weeks=12),
        **changes,
    }


def open_campaign(site, coordinator, kind, **changes):
    return flows.open_campaign(site, coordinator, campaign_data(kind, **changes))


def add_residents(campaign, count, language="fi", area=None, start=0):
    """`count` residents with numbers 040 000 0000 + n, in `language`."""
    rows = [
        [f"Asukas {n}", f"+35840{n:07d}", language, area.pk if area else None]
        for n in range(start, start + count)
    ]
    services.import_rows(campaign, rows)
    return list(campaign.residents.order_by("-pk")[:count])[::-1]


def outcome(value, **changes):
    return {"outcome": value, "note": "", **changes}


def make_caller(calling, first_name="Pekka", **kwargs):
    fields = {"status": Volunteer.Status.ACTIVE, "speaks_finnish": True, **kwargs}
    volunteer = VolunteerFactory(user__first_name=first_name, **fields)
    volunteer.kinds_of_help.add(calling)
    return volunteer
