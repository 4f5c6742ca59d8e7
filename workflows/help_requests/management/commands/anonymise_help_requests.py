"""Anonymise the help requests closed longer than the retention period; run daily."""

from django.core.management.base import BaseCommand

from workflows.help_requests.retention import anonymise


class Command(BaseCommand):
    help = (
        "Blank the personal data of help requests closed more than HELP_REQUEST_RETENTION_DAYS "
        "ago, keeping what is counted. Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only print how many would be anonymised."
        )

    def handle(self, dry_run=False, **options):
        count = anonymise(dry_run=dry_run)
        verb = "would be anonymised" if dry_run else "anonymised"
        self.stdout.write(f"{count} help request{'' if count == 1 else 's'} {verb}")
