import logging

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from django.test.utils import override_settings

from wagtail.models import Site

from demo.builder import DEMO_PASSWORD, DEMO_USERS, DemoBuilder, ensure_demo_users
from demo.export import export_po
from workflows import sms


def serve_at(address):
    """Point the demo municipality's Site at `address` ("host:port"), where make demo serves
    it: its root URL is what e-mails, text messages and certificates link to."""
    hostname, _, port = address.rpartition(":")
    if not hostname or not port.isdigit():
        raise CommandError(f"Give the address as host:port, not {address!r}.")
    Site.objects.filter(is_default_site=True).update(hostname=hostname, port=int(port))


class Command(BaseCommand):
    help = (
        "Build the fictional demo municipality Koivuranta / Björkstrand in Finnish and Swedish, "
        "with demo users. Running it again changes nothing. Refuses under production settings. "
        "With --export-po, refresh the Swedish catalogues demo/content/sv/*.po from the Finnish "
        "data files instead."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--address",
            default="127.0.0.1:8000",
            help="host:port the demo is served at (make demo's PORT): the municipality's Site "
            "answers there, so links in its e-mails, texts and certificates open. Default "
            "127.0.0.1:8000.",
        )
        parser.add_argument(
            "--export-po",
            action="store_true",
            help="Write demo/content/sv/*.po from demo/content/*.yaml, keeping the Swedish "
            "already translated; build nothing.",
        )

    def handle(self, *args, **options):
        if options["export_po"]:
            try:
                export_po(log=self.stdout.write)
            except DatabaseError as error:  # the pages read their content types
                raise CommandError(f"Migrate the database first ({error}).") from error
            return
        # Wagtail logs every page it creates; for fifty demo pages that buries what matters.
        logging.getLogger("wagtail").setLevel(logging.WARNING)
        if not settings.DEMO_CONTENT_ALLOWED:
            raise CommandError("Demo content is not allowed under production settings.")
        builder = DemoBuilder(log=self.stdout.write)
        if builder.already_built():
            self.stdout.write("The demo municipality exists already; nothing to do.")
        else:
            # The demo's made-up history (meetings, welcomes, help requests) is not mailed or
            # texted to anyone: e-mail goes nowhere, text messages to a list emptied at once.
            with override_settings(
                EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
                SMS_BACKEND="workflows.sms.LocmemBackend",
            ):
                builder.build()
            sms.outbox.clear()
        serve_at(options["address"])
        ensure_demo_users(log=self.stdout.write)
        usernames = ", ".join(username for username, *_ in DEMO_USERS)
        self.stdout.write(f"Demo logins: {usernames} — password {DEMO_PASSWORD}")
