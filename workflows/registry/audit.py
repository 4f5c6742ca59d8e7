"""Who of the staff saw which volunteer's personal data, and when (GDPR art. 30 and 32), as
`help_requests.audit` records it for a resident's request."""

from .models import VolunteerStaffView


def log_view(request, volunteer):
    """Record that `request.user` opened a page showing `volunteer`'s personal data."""
    VolunteerStaffView.objects.create(
        user=request.user if request.user.is_authenticated else None,
        volunteer=volunteer,
        page=request.path[:200],
    )
