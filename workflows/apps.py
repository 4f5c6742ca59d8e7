from django.apps import AppConfig


class WorkflowsConfig(AppConfig):
    """The processes behind the portal: one sub-app per process, mounted in one viewflow site."""

    name = "workflows"

    def ready(self):
        from django.db.models.signals import post_delete

        from . import content  # noqa: F401  (registers the check of the seam with the pages)
        from .registry.models import Coordinator
        from .scoping import on_coordinator_role_removed

        # A coordinator whose role ends gives back the steps they had claimed.
        post_delete.connect(
            on_coordinator_role_removed, sender=Coordinator, dispatch_uid="release-tasks"
        )
