"""The coordinators' own pages beside viewflow's (the knowledge bank, the inbox, the rolls,
thanking a campaign): for coordinators only, and never kept in a cache. Each area names whom
its pages are for in its own `refusal`."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied

from .permissions import is_coordinator


class CoordinatorRequiredMixin(LoginRequiredMixin):
    """Coordinators only: anonymous users log in first; anyone else is refused (403)."""

    refusal = None  # whom the area's pages are for, in words; each area says it

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not is_coordinator(request.user):
            raise PermissionDenied(self.refusal)
        return super().dispatch(request, *args, **kwargs)


class NoStoreMixin:
    """People's data is never kept in a browser's or proxy's cache."""

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        response["Cache-Control"] = "private, no-store"
        return response
