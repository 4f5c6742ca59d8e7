"""Remind each municipality's coordinators of help requests waiting too long; run daily."""

from django.core.management.base import BaseCommand

from workflows.help_requests.reminders import send_reminders


class Command(BaseCommand):
    help = (
        "E-mail each municipality's coordinators the help requests stalled at triage or "
        "matching and the concerns waiting for follow-up; at most once a day."
    )

    def handle(self, **options):
        sent = send_reminders()
        self.stdout.write(f"{sent} municipalit{'y' if sent == 1 else 'ies'} reminded")
