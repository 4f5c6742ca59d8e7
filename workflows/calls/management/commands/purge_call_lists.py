from django.core.management.base import BaseCommand

from workflows.calls import flows, retention


class Command(BaseCommand):
    help = (
        "Erase the names, phone numbers and notes of every call list whose keeping date has "
        "passed, keeping the counts. Run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count them.")

    def handle(self, *args, dry_run=False, **options):
        if not dry_run:
            for campaign in retention.due().filter(closed_at__isnull=True):
                flows.close_campaign(campaign)
        count = retention.purge(dry_run=dry_run)
        verb = "would purge" if dry_run else "purged"
        self.stdout.write(f"{verb} {count} call list(s)")
