"""Start a thank-you for each volunteer milestone reached since the last run; run daily."""

from django.core.management.base import BaseCommand

from workflows.thanks.flows import start_due


class Command(BaseCommand):
    help = (
        "Start a thank-you, for a coordinator to personalise, for each milestone reached: "
        "first task, 10/50/100/250 hours, each year since signing up. Never twice."
    )

    def handle(self, **options):
        self.stdout.write(f"{start_due()} thank-you(s) started")
