"""The help-request rungs of the speed ladder: the public intake form's POST, and a
coordinator's matching page ranking suggestions among 10 000 volunteers.

`prepare` (run once, on the bench database) adds the volunteers and a request waiting at the
matching step, claimed by the demo coordinator; `session` logs the coordinator in and prints
what the ladder needs: the session cookie, the matching page's path and the intake's field
values, as one JSON line.

    DJANGO_SETTINGS_MODULE=bench.settings python -m bench.help_requests prepare [volunteers]
    DJANGO_SETTINGS_MODULE=bench.settings python -m bench.help_requests session
"""

import datetime
import json
import sys
import uuid

import django

KIND, AREA = "kauppa-ja-apteekkiasiointi", "keskusta"
# Shared by the intake POSTs: Django accepts the cookie's secret as the form's token.
CSRF_SECRET = "benchbenchbenchbenchbenchbench12"
# The request the matching page shows; the intake POSTs make others, named otherwise.
MATCHING = "Bench Matching"


def _terms():
    from workflows.registry.models import Area, KindOfHelp

    return KindOfHelp.objects.get(slug=KIND), Area.objects.get(slug=AREA)


def add_volunteers(count, kind, area, site):
    """`count` active volunteers offering `kind`, in a few bulk inserts: all speak Finnish,
    every third Swedish, every other is free on weekdays, every fourth lives in `area`.
    The matching test uses them too."""
    from django.contrib.auth import get_user_model

    from workflows.registry.models import Volunteer

    User = get_user_model()
    users = User.objects.bulk_create(
        User(username=f"bench{n}@example.fi", first_name=f"Bench{n}", last_name="Volunteer")
        for n in range(count)
    )
    volunteers = Volunteer.objects.bulk_create(
        Volunteer(
            user=user,
            site=site,
            status=Volunteer.Status.ACTIVE,
            speaks_finnish=True,
            speaks_swedish=n % 3 == 0,
            available_weekdays=n % 2 == 0,
        )
        for n, user in enumerate(users)
    )
    Volunteer.kinds_of_help.through.objects.bulk_create(
        Volunteer.kinds_of_help.through(volunteer=v, kindofhelp=kind) for v in volunteers
    )
    Volunteer.areas.through.objects.bulk_create(
        Volunteer.areas.through(volunteer=v, area=area) for v in volunteers[::4]
    )


def prepare(count):
    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.utils import timezone

    from wagtail.models import Site

    from workflows.help_requests import services

    kind, area = _terms()
    site = Site.objects.get(is_default_site=True)
    add_volunteers(count, kind, area, site)
    coordinator = get_user_model().objects.get(username="coordinator")
    with transaction.atomic():
        request, _ = services.submit(
            site,
            {
                **intake_fields(kind, area),
                "requester_name": MATCHING,
                "token": uuid.uuid4(),
                "needed_on": timezone.localdate() + datetime.timedelta(days=2),
                "kind_of_help": kind.pk,
                "area": area.pk,
                "person_consents": True,
            },
            "bench",
            {"name": "Bench", "phone": "", "email": ""},
        )
        services.complete_step(request, "triage", coordinator, decision="accept")
        task = services.waiting_task(request, "match")
        with task.activation() as activation:
            activation.assign(coordinator)
    print(f"Added {count} volunteers and a help request waiting for matching.")


def intake_fields(kind, area):
    return {
        "for_whom": "self",
        "requester_name": "Bench Resident",
        "person_name": "",
        "kind_of_help": str(kind.pk),
        "area": str(area.pk),
        "address": "Benchkatu 1",
        "time_of_day": "morning",
        "description": "Ruokaostokset kaupasta.",
        "preferred_language": "fi",
        "phone": "040 000 0000",
        "email": "",
        "privacy_consent": "on",
    }


def session():
    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django.utils import timezone
    from django.utils.module_loading import import_string

    from viewflow.workflow.status import STATUS

    from workflows.help_requests.models import HelpRequest

    user = get_user_model().objects.get(username="coordinator")
    store = import_string(f"{settings.SESSION_ENGINE}.SessionStore")()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    request = HelpRequest.objects.filter(requester_name=MATCHING).latest("pk")
    task = request.task_set.get(status=STATUS.ASSIGNED, flow_task_type="HUMAN")
    kind, area = _terms()
    needed_on = timezone.localdate() + datetime.timedelta(days=2)
    fields = {**intake_fields(kind, area), "needed_on": needed_on.isoformat()}
    print(
        json.dumps(
            {
                "cookie": f"{settings.SESSION_COOKIE_NAME}={store.session_key}",
                "match_path": task.reverse("execute"),
                "intake_fields": fields,
                "csrf_cookie": f"{settings.CSRF_COOKIE_NAME}={CSRF_SECRET}",
                "csrf_token": CSRF_SECRET,
            }
        )
    )


if __name__ == "__main__":
    django.setup()
    from django.urls import get_resolver

    assert get_resolver().url_patterns  # viewflow's reverse() needs the URLconf loaded
    if sys.argv[1] == "prepare":
        prepare(int(sys.argv[2]) if len(sys.argv) > 2 else 10_000)
    else:
        session()
