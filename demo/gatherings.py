"""The demo's sessions of trainings and gatherings, and volunteers enrolled in them.

Sessions are planned relative to today (see `content/gatherings.yaml`), so the demo always has
some to come and some behind it. Volunteers enrol through the enrolment service, the way the
gathering page enrols them: seats first, then the waiting list. A session in the past is
made as a session to come, enrolled in, and then moved back in time; the demo coordinator
then marks its roll, which puts the training on the attendees' records. One session is full
with two on its waiting list; the demo `volunteer` login is enrolled in one session and waits
for a seat in the full one.
"""

import datetime
from itertools import cycle, islice

from django.contrib.auth import get_user_model
from django.utils import timezone

from demo.data import load
from pages.models import GatheringPage
from workflows.registry.models import Volunteer
from workflows.training import attendance, flows
from workflows.training.models import Session


def build_gatherings(site, finnish):
    """Sessions and enrolments of the demo's gathering pages in `site`; returns how many
    sessions."""
    coordinator = get_user_model().objects.get(username="coordinator")
    demo_volunteer = Volunteer.objects.get(user__username="volunteer")
    active = Volunteer.objects.filter(site=site, status=Volunteer.Status.ACTIVE).exclude(
        pk=demo_volunteer.pk
    )
    # Those who attend an orientation in the demo have had no onboarding of their own: for
    # them, attending only records the training.
    pools = {
        "active": list(active.order_by("pk")),
        "not_onboarded": list(active.filter(onboardings__isnull=True).order_by("pk")),
        "applicants": list(
            Volunteer.objects.filter(site=site, status=Volunteer.Status.APPLICANT).order_by("pk")
        ),
    }
    content = load("gatherings")
    built = 0
    for number, data in enumerate(content["gatherings"]):
        page = GatheringPage.objects.get(locale=finnish, slug=data["slug"])
        for offset, plan in enumerate(data["sessions"]):
            plan = {**plan, **content["places"][plan["place"]]}
            start = number * 5 + offset * 3  # a different crowd in each session
            _session(page, plan, pools, start, demo_volunteer, coordinator)
            built += 1
    return built


def _session(page, plan, pools, start, demo_volunteer, coordinator):
    starts_at, ends_at = _times(plan)
    past = starts_at < timezone.now()
    # A past session is built as one to come, so that the enrolment service takes it.
    shift = datetime.timedelta(days=7 * 52) if past else datetime.timedelta(0)
    session = Session.objects.create(
        gathering=page,
        starts_at=starts_at + shift,
        ends_at=ends_at + shift,
        place=plan["place"],
        address=plan["address"],
        capacity=plan["capacity"],
    )
    pool = pools["not_onboarded"] if "attended" in plan else pools["active"]
    wanted = plan.get("confirmed", 0) + plan.get("waiting", 0)
    people = list(islice(cycle(pool), start, start + wanted)) if wanted else []
    people += pools["applicants"][: plan.get("applicants", 0)]
    if plan.get("demo") == "enrol":
        people.append(demo_volunteer)
    enrolments = [flows.enrol(volunteer, session) for volunteer in people]
    if past:
        Session.objects.filter(pk=session.pk).update(starts_at=starts_at, ends_at=ends_at)
        session.refresh_from_db()
        if plan["attended"] is not None:
            attended = {enrolment.pk for enrolment in enrolments[: plan["attended"]]}
            attendance.mark_attendance(session, attended, coordinator)
    return session


def _times(plan):
    """The session's start and end as aware datetimes, from the plan's relative day."""
    today = timezone.localdate()
    if "days_from_today" in plan:
        day = today + datetime.timedelta(days=plan["days_from_today"])
    else:
        monday = today - datetime.timedelta(days=today.weekday())
        day = monday + datetime.timedelta(weeks=plan["weeks"], days=plan["weekday"])
    end_day = day + datetime.timedelta(days=plan.get("days", 0))
    return _at(day, plan["start"]), _at(end_day, plan["end"])


def _at(day, clock):
    hour, minute = (int(part) for part in clock.split(":"))
    moment = datetime.datetime.combine(day, datetime.time(hour, minute))
    return timezone.make_aware(moment)
