"""The coordinator role as permissions: one per municipality.

`CoordinatorBackend` (listed in AUTHENTICATION_BACKENDS) gives a user the permission
`registry.coordinate_site_<pk>` for each Site they coordinate. Processes require that
permission for their coordinator tasks, so viewflow's queues, claims and task pages show a
coordinator their own municipality's work only. Views outside viewflow ask
`coordinated_site_ids`.
"""

from django.contrib.auth.backends import BaseBackend

from wagtail.models import Site

PERMISSION_PREFIX = "registry.coordinate_site_"


def site_permission(site_id):
    """The permission to coordinate the volunteers of Site `site_id`."""
    return f"{PERMISSION_PREFIX}{site_id}"


def coordinated_site_ids(user):
    """The pks of the Sites `user` coordinates (cached on the user for the request)."""
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    if not hasattr(user, "_coordinated_site_ids"):
        if user.is_superuser:
            ids = Site.objects.values_list("pk", flat=True)
        else:
            ids = user.coordinator_roles.values_list("site_id", flat=True)
        user._coordinated_site_ids = frozenset(ids)
    return user._coordinated_site_ids


def is_coordinator(user, site_id=None):
    """Whether `user` coordinates any municipality, or Site `site_id` when given."""
    ids = coordinated_site_ids(user)
    return site_id in ids if site_id is not None else bool(ids)


def edits_website(user):
    """Whether `user` may open Wagtail's admin to edit the website (an editor, a superuser)."""
    return user.has_perm("wagtailadmin.access_admin")


class CoordinatorBackend(BaseBackend):
    """Authenticates nobody; grants each coordinator their municipalities' permissions."""

    def get_all_permissions(self, user_obj, obj=None):
        return {site_permission(pk) for pk in coordinated_site_ids(user_obj)}
