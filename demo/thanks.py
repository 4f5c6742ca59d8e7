"""The demo's thanks and certificates: thank-yous at several milestones (sent, skipped and
waiting for the coordinator), one started by hand for a campaign, and certificates of
volunteering asked for and issued. All through the processes' own services."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from demo.data import load
from workflows.certificates import services as certificate_requests
from workflows.certificates.flows import ask
from workflows.registry.models import Volunteer
from workflows.thanks import flows as thanks_flows
from workflows.thanks import services as thanks
from workflows.thanks.models import Thanks

# Some volunteers have been with the network for years (days since signing up); the demo
# `volunteer` login among them, so that their certificate of volunteering covers a year.
LONG_SERVING = (400, 800, 1130)
DEMO_VOLUNTEER_DAYS = 430


def build_thanks(site):
    """Returns how many thank-yous the demo has."""
    coordinator = get_user_model().objects.get(username="coordinator")
    active = Volunteer.objects.filter(site=site, status=Volunteer.Status.ACTIVE).order_by("pk")
    now = timezone.now()
    demo_volunteer = Volunteer.objects.get(user__username="volunteer")
    serving = [*zip(active.exclude(pk=demo_volunteer.pk)[1:], LONG_SERVING, strict=False)]
    for volunteer, days in [*serving, (demo_volunteer, DEMO_VOLUNTEER_DAYS)]:
        Volunteer.objects.filter(pk=volunteer.pk).update(
            created_at=now - datetime.timedelta(days=days)
        )
    thanks_flows.start_due(site)

    # The coordinator has sent most, skipped one and left the newest few to personalise.
    waiting = Thanks.objects.filter(volunteer__site=site).order_by("pk")
    for number, process in enumerate(list(waiting)[:-3]):
        if number == 1:
            thanks.complete_step(process, "personalise", coordinator, decision="skip")
        else:
            message = thanks.suggestion(process)
            thanks.complete_step(
                process, "personalise", coordinator, decision="send", message=message
            )

    demo_volunteer.refresh_from_db()
    campaign = load("volunteers")["thanks_campaign"]
    thanks_flows.thank(demo_volunteer, Thanks.Reason.CAMPAIGN, campaign=campaign, user=coordinator)
    return Thanks.objects.filter(volunteer__site=site).count()


def build_certificate_requests(site):
    """One certificate of volunteering issued to the demo volunteer, one waiting."""
    coordinator = get_user_model().objects.get(username="coordinator")
    today = timezone.localdate()
    demo_volunteer = Volunteer.objects.get(user__username="volunteer")
    issued = ask(
        demo_volunteer,
        {
            "language": "fi",
            "period_start": timezone.localdate(demo_volunteer.created_at),
            "period_end": today,
            "purpose": load("volunteers")["certificate_purpose"],
        },
    )
    certificate_requests.decide(issued, coordinator, decision="approve")
    other = Volunteer.objects.filter(site=site, status=Volunteer.Status.ACTIVE).order_by("pk")[2]
    ask(
        other,
        {
            "language": other.preferred_language if other.preferred_language == "sv" else "fi",
            "period_start": timezone.localdate(other.created_at),
            "period_end": today,
            "purpose": "",
        },
    )
    return 2
