import logging
import signal
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from jobs.schedule import scheduler_pass

logger = logging.getLogger("jobs.scheduler")


class Command(BaseCommand):
    help = (
        "The scheduler: queues the periodic jobs (settings.SCHEDULE) for the workers, puts "
        "back tasks whose worker died, and leaves a heartbeat. Run one (two are safe)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=15, help="seconds between passes")
        parser.add_argument("--once", action="store_true", help="make one pass and stop")

    def handle(self, *args, interval, once, **options):
        self.running = True
        if not once:
            # Stop between passes: a pass is never left half done.
            signal.signal(signal.SIGTERM, self.stop)
            signal.signal(signal.SIGINT, self.stop)
        logger.info("Scheduler started, a pass every %s s", interval)
        while self.running:
            close_old_connections()
            try:
                queued = scheduler_pass()
            except Exception:
                # A database that is restarting must not end the scheduler; the next pass retries.
                logger.exception("Scheduler pass failed")
            else:
                if queued:
                    logger.info("Queued %s", ", ".join(queued))
            if once:
                break
            deadline = time.monotonic() + interval
            while self.running and time.monotonic() < deadline:
                time.sleep(0.5)
        logger.info("Scheduler stopped")

    def stop(self, signum, frame):
        self.running = False
