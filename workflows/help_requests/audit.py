"""Who of the staff saw which request's personal data, and when (GDPR art. 30 and 32)."""

from .models import StaffView


def log_view(request, help_request):
    """Record that `request.user` opened a page showing `help_request`'s personal data."""
    StaffView.objects.create(
        user=request.user if request.user.is_authenticated else None,
        help_request=help_request,
        page=request.path[:200],
    )
