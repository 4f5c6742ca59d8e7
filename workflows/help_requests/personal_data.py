"""What the help requests hold of a volunteer (connected in `apps.py`): the offers made to them
and the visits they reported. The residents' own data is the residents': it is not in a
volunteer's download, and it goes with the request's retention (`retention`).
"""

from .models import HelpRequest, Offer, Report


def export(sender, volunteer, **kwargs):
    offers = Offer.objects.filter(volunteer=volunteer).order_by("offered_at", "pk")
    reports = Report.objects.filter(volunteer=volunteer).order_by("done_on", "pk")
    return {
        "offers": list(
            offers.values(
                "help_request",
                "help_request__kind_of_help__name",
                "help_request__area__name",
                "help_request__needed_on",
                "offered_at",
                "note",
                "answer",
                "answered_at",
            )
        ),
        "reports": list(
            reports.values(
                "help_request", "done_on", "hours", "outcome", "notes", "concern", "created_at"
            )
        ),
    }


def erase(sender, volunteer, **kwargs):
    """Help requests are the residents' processes: erasing a volunteer cancels none of them.
    Their reports keep date, hours and outcome (the hours count); the words they wrote (notes,
    concern) go once the request is over. On an open request they stay for the coordinators
    following it up, and go when the request is anonymised (`retention`)."""
    over = Report.objects.filter(volunteer=volunteer).exclude(
        help_request__stage__in=HelpRequest.OPEN_STAGES
    )
    over.update(notes="", concern="")
