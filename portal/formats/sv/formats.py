"""Swedish dates as they are written in Finland: 1.9.2026 and 1.9.2026 14:30, like the Finnish
beside them (Django's sv formats are Sweden's, 2026-09-01). Long dates ("1 september 2026")
and everything else stay Django's."""

from django.conf.locale.sv.formats import *  # noqa: F403
from django.conf.locale.sv.formats import DATE_INPUT_FORMATS, DATETIME_INPUT_FORMATS

SHORT_DATE_FORMAT = "j.n.Y"
SHORT_DATETIME_FORMAT = "j.n.Y H:i"
DATE_INPUT_FORMATS = ["%d.%m.%Y", "%d.%m.%y", *DATE_INPUT_FORMATS]
DATETIME_INPUT_FORMATS = ["%d.%m.%Y %H:%M", "%d.%m.%Y %H.%M", *DATETIME_INPUT_FORMATS]
