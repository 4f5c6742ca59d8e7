"""The calls' rung of the speed ladder: a caller records a call's outcome (the call card's
POST) in a campaign of thousands, and how long importing a list of 5,000 residents takes.

`prepare` (run once, on the bench database) opens a campaign, reads and imports a CSV of
5,000 residents through the same code as the coordinator's preview and confirmation (and
prints how long each took), adds 120 callers, and holds another 30,000 residents for the demo
`volunteer`, so that every POST of the ladder records a fresh call; `session` logs the caller
in and prints what the ladder needs as one JSON line.

    DJANGO_SETTINGS_MODULE=bench.settings python -m bench.calls prepare
    DJANGO_SETTINGS_MODULE=bench.settings python -m bench.calls session
"""

import datetime
import json
import sys
import time

import django

CAMPAIGN = "Bench: Mitä kuuluu? -soitot"
LIST_ROWS = 5000
HELD = 30000
CALLERS = 120
CSRF_SECRET = "benchbenchbenchbenchbenchbench12"


def _csv(rows):
    lines = ["Nimi;Puhelin;Kieli;Alue"]
    for number in range(rows):
        language = "ruotsi" if number % 6 == 0 else "suomi"
        lines.append(
            f"Asukas {number};050 {number // 10000:03d} {number % 10000:04d};{language};Keskusta"
        )
    return "\r\n".join(lines).encode("cp1252")


def prepare():
    from django.contrib.auth import get_user_model
    from django.core.files.base import ContentFile
    from django.utils import timezone

    from wagtail.models import Site

    from workflows.calls import flows, listfile, services
    from workflows.calls.models import Resident
    from workflows.registry.models import KindOfHelp, Volunteer

    site = Site.objects.get(is_default_site=True)
    coordinator = get_user_model().objects.get(username="coordinator")
    calling = KindOfHelp.objects.get(slug="mita-kuuluu-soitot", locale__language_code="fi")
    today = timezone.localdate()
    campaign = flows.open_campaign(
        site,
        coordinator,
        {
            "name": CAMPAIGN,
            "name_sv": CAMPAIGN,
            "script": "Hei!",
            "script_sv": "Hej!",
            "starts_on": today,
            "ends_on": today + datetime.timedelta(weeks=4),
            "kind_of_help": calling.pk,
            "legal_basis": "Bench",
            "list_source": "Bench",
            "list_kept_until": today + datetime.timedelta(weeks=12),
        },
    )
    started = time.perf_counter()
    read = listfile.read(ContentFile(_csv(LIST_ROWS)), site, campaign)
    previewed = time.perf_counter()
    assert read.clean, read.refused[:3]
    added = services.import_rows(campaign, [row.as_data() for row in read.to_import])
    imported = time.perf_counter()
    print(
        f"A list of {LIST_ROWS} residents: preview {previewed - started:.2f} s, "
        f"import {imported - previewed:.2f} s ({added} added)."
    )
    volunteers = Volunteer.objects.filter(site=site, status=Volunteer.Status.ACTIVE)[:CALLERS]
    calling.volunteer_set.add(*volunteers)
    caller = Volunteer.objects.get(user__username="volunteer")
    calling.volunteer_set.add(caller)
    held_until = timezone.now() + datetime.timedelta(days=365)
    Resident.objects.bulk_create(
        Resident(
            campaign=campaign,
            name=f"Varattu {number}",
            phone=f"+35845{number:07d}",
            held_by=caller.user,
            held_until=held_until,
        )
        for number in range(HELD)
    )
    print(f"{len(volunteers)} callers; {HELD} residents held for the demo volunteer.")


def session():
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.urls import reverse
    from django.utils import translation
    from django.utils.module_loading import import_string

    from workflows.calls.models import Resident

    resident = Resident.objects.filter(campaign__name=CAMPAIGN, held_by__isnull=False)
    first = resident.order_by("pk").first()
    user = first.held_by
    store = import_string(f"{settings.SESSION_ENGINE}.SessionStore")()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    with translation.override("fi"):
        path = reverse("my_volunteering:call", kwargs={"pk": 999999999})
    cookies = f"{settings.SESSION_COOKIE_NAME}={store.session_key}; "
    cookies += f"{settings.CSRF_COOKIE_NAME}={CSRF_SECRET}"
    print(
        json.dumps(
            {
                "cookie": cookies,
                "path": path.replace("999999999", "{n}"),
                "first": first.pk,
                "body": f"csrfmiddlewaretoken={CSRF_SECRET}&attempt=1&outcome=well&note=",
            }
        )
    )


if __name__ == "__main__":
    django.setup()
    from django.urls import get_resolver

    assert get_resolver().url_patterns
    {"prepare": prepare, "session": session}[sys.argv[1]]()
