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


# Where a coordinator's step page returns once the step is done: the list it was opened from.
# viewflow's lists keep their address in the session under this key, and its step pages read
# it; the coordinators' own lists keep theirs there too (`RemembersList`).
LIST_KEY = "vf-pin-location"


class RemembersList:
    """A list from which coordinators open steps: a step done returns to it, filters kept.
    The session is written only when the address changes."""

    def dispatch(self, request, *args, **kwargs):
        here = request.get_full_path()
        if request.session.get(LIST_KEY) != here:
            request.session[LIST_KEY] = here
        return super().dispatch(request, *args, **kwargs)
