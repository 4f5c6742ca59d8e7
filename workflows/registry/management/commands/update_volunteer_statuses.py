"""End the pauses whose last day has passed, and forget old reasons; run daily."""

from django.core.management.base import BaseCommand

from workflows.registry.status import end_pauses, forget_reasons


class Command(BaseCommand):
    help = (
        "Make active again the volunteers whose pause's last day has passed, and blank the "
        "reasons of status changes over for VOLUNTEER_STATUS_REASON_DAYS. Running it again "
        "changes nothing."
    )

    def handle(self, **options):
        resumed, forgotten = end_pauses(), forget_reasons()
        self.stdout.write(f"{resumed} pause(s) ended, {forgotten} reason(s) forgotten")
