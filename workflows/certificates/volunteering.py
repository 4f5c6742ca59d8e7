"""What a certificate of volunteering says: a volunteer's period, hours, kinds of help and
trainings, gathered from the reports of help given and the training record.

The facts are gathered when the coordinator approves, in the certificate's language, and
kept with the certificate as they were then (`Certificate.details`).
"""

from django.db.models import Sum
from django.utils import formats, timezone, translation

from workflows.help_requests.models import Report
from workflows.registry.models import KindOfHelp, Training, term_names

from .models import Certificate


def facts(volunteer, period_start, period_end, language):
    """{hours, visits, kinds_of_help, trainings} of `volunteer` between the two dates, the
    names in `language`."""
    reports = Report.objects.filter(
        volunteer=volunteer, done_on__gte=period_start, done_on__lte=period_end
    )
    totals = reports.aggregate(hours=Sum("hours"))
    kind_ids = set(reports.values_list("help_request__kind_of_help", flat=True))
    offered = set(volunteer.kinds_of_help.values_list("pk", flat=True))
    records = volunteer.trainings.filter(completed_on__lte=period_end).order_by("completed_on")
    # Written as the certificate's language writes names, numbers and dates.
    with translation.override(language):
        kinds = term_names(KindOfHelp, pk__in=kind_ids or offered)
        trainings = term_names(Training)
        return {
            "hours": formats.number_format(totals["hours"] or 0, decimal_pos=1),
            "visits": reports.count(),
            "kinds_of_help": list(kinds.values()),
            "trainings": [
                {
                    "name": trainings.get(record.training_id, ""),
                    "completed_on": formats.date_format(record.completed_on, "DATE_FORMAT"),
                }
                for record in records
            ],
        }


def issue(request):
    """The certificate `request` asks for, with the facts as they are today."""
    volunteer = request.volunteer
    return Certificate.objects.create(
        kind=Certificate.Kind.VOLUNTEERING,
        volunteer=volunteer,
        holder_name=volunteer.user.get_full_name(),
        dated=request.period_end,
        period_start=request.period_start,
        details={
            "language": request.language,
            "issued_on": str(timezone.localdate()),
            **facts(volunteer, request.period_start, request.period_end, request.language),
        },
    )
