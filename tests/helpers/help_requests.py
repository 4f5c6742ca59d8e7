"""Building a help request's state in code, as the intake form, the coordinators and the
volunteer would leave it."""

import datetime
import uuid
from decimal import Decimal

from django.db import transaction
from django.test import TestCase
from django.utils import timezone

from tests.factories import VolunteerFactory
from workflows.help_requests import flows, services
from workflows.registry.models import Volunteer

MUNICIPALITY = {"name": "Testikylän kunta", "phone": "040 000 0000", "email": "apu@example.fi"}


def web_form(kind, area, **changes):
    """The public request form as Aino posts it for her mother Elsa, in Finnish;
    `web_form(..., field=None)` leaves a field out."""
    data = {
        "token": str(uuid.uuid4()),
        "website": "",
        "for_whom": "relative",
        "requester_name": "Aino Asukas",
        "person_name": "Elsa Asukas",
        "person_phone": "",
        "person_consents": "on",
        "kind_of_help": kind.pk,
        "area": area.pk,
        "address": "Kirkkokatu 1",
        "needed_on": (timezone.localdate() + datetime.timedelta(days=3)).strftime("%d.%m.%Y"),
        "time_of_day": "morning",
        "description": "Ruokaostokset maanantaisin.",
        "preferred_language": "fi",
        "phone": "040 123 4567",
        "email": "aino@example.fi",
        "privacy_consent": "on",
        **changes,
    }
    return {key: value for key, value in data.items() if value is not None}


def intake_data(kind, area, **overrides):
    """An intake form's cleaned data: Aino asks for her mother, in Swedish."""
    return {
        "token": uuid.uuid4(),
        "for_whom": "relative",
        "requester_name": "Aino Asukas",
        "person_name": "Elsa Asukas",
        "person_consents": True,
        "kind_of_help": kind.pk,
        "area": area.pk,
        "address": "Kirkkokatu 1",
        "needed_on": timezone.localdate() + datetime.timedelta(days=3),
        "time_of_day": "morning",
        "description": "Ruokaostokset maanantaisin.",
        "preferred_language": "sv",
        "phone": "040 123 4567",
        "email": "aino@example.fi",
        **overrides,
    }


def committed(function, *args, **kwargs):
    """Call `function` in a transaction and run what it left for after the commit (messages)."""
    with TestCase.captureOnCommitCallbacks(execute=True), transaction.atomic():
        return function(*args, **kwargs)


def submit(site, kind, area, **overrides):
    data = intake_data(kind, area, **overrides)
    request, _ = committed(flows.submit, site, data, "v1", MUNICIPALITY)
    return request


def active_volunteer(kind, area=None, **fields):
    fields.setdefault("status", Volunteer.Status.ACTIVE)
    volunteer = VolunteerFactory(**fields)
    volunteer.kinds_of_help.add(kind)
    if area is not None:
        volunteer.areas.add(area)
    return volunteer


def step(help_request, name, user, **data):
    """`user` takes the coordinator's step `name` with the form values `data`."""
    committed(services.complete_step, help_request, name, user, **data)
    help_request.refresh_from_db()


def take_on(help_request, coordinator, volunteer):
    """Triage (accept), match to `volunteer` and have them accept: the help is under way."""
    step(help_request, "triage", coordinator, decision="accept")
    step(help_request, "match", coordinator, volunteer=volunteer)
    committed(services.answer_offer, help_request.offers.get(answer=""), volunteer, accept=True)
    help_request.refresh_from_db()


def report_visit(help_request, volunteer, **fields):
    """`volunteer` reports a visit (an hour, done, no concern unless `fields` say so)."""
    data = {
        "done_on": timezone.localdate(),
        "hours": Decimal("1"),
        "outcome": "done",
        "notes": "",
        "concern": "",
        **fields,
    }
    committed(services.report, help_request, volunteer, data)
    help_request.refresh_from_db()
