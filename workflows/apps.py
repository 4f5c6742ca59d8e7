from django.apps import AppConfig


class WorkflowsConfig(AppConfig):
    """The processes behind the portal: one sub-app per process, mounted in one viewflow site."""

    name = "workflows"
