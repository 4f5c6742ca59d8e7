"""Remind volunteers of their coming sessions and of trainings running out, and offer any
freed seat; run daily."""

from django.conf import settings
from django.core.management.base import BaseCommand

from workflows.training import renewals, services, volunteer_mail
from workflows.training.models import Enrolment, Session


class Command(BaseCommand):
    help = (
        "E-mail everyone enrolled in a session that starts within TRAINING_REMINDER_DAYS days "
        "a reminder with the session as a calendar file, once; remind volunteers of trainings "
        "running out within TRAINING_RENEWAL_REMINDER_DAYS, once; and offer each free seat of "
        "a coming session to the first on its waiting list. Safe to run again."
    )

    def handle(self, **options):
        reminded = volunteer_mail.send_reminders(settings.TRAINING_REMINDER_DAYS)
        renew = renewals.remind(settings.TRAINING_RENEWAL_REMINDER_DAYS)
        # A safety net: seats are offered when they free up, but a seat freed some other way
        # (more seats added, an offer that failed) would otherwise wait for the next change.
        waiting = Enrolment.objects.filter(state=Enrolment.State.WAITING).values("session_id")
        offered = 0
        for session in Session.objects.upcoming().filter(pk__in=waiting).order_by("pk"):
            offered += len(services.fill_freed_seats(session))
        self.stdout.write(
            f"reminders sent: {reminded}, trainings to renew: {renew}, "
            f"freed seats offered: {offered}"
        )
