from django.conf import settings
from django.core import checks
from django.core.management import get_commands

from jobs.schedule import EVERY_MINUTE, time_of_day


@checks.register()
def check_schedule(app_configs, **kwargs):
    """A job in settings.SCHEDULE that names no command, or no time, would never run."""
    errors = []
    commands = get_commands()
    for command, when in settings.SCHEDULE:
        if command not in commands:
            errors.append(checks.Error(f"SCHEDULE names no command {command!r}", id="jobs.E001"))
        if when != EVERY_MINUTE:
            try:
                time_of_day(when)
            except (ValueError, TypeError, AttributeError):
                errors.append(
                    checks.Error(
                        f"SCHEDULE's time {when!r} for {command} is neither "
                        f"{EVERY_MINUTE!r} nor HH:MM",
                        id="jobs.E002",
                    )
                )
    return errors
