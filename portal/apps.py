from django.apps import AppConfig
from django.contrib.staticfiles.apps import StaticFilesConfig as BaseStaticFilesConfig


class PortalConfig(AppConfig):
    """The site's shell: settings, URLs, base templates and static assets."""

    name = "portal"

    def ready(self):
        # Staff sessions get their idle limit when they sign in.
        from portal import sessions  # noqa: F401


class StaticFilesConfig(BaseStaticFilesConfig):
    # viewflow's wheel carries a stray node_modules folder under its static files that breaks
    # collectstatic with manifest storage.
    ignore_patterns = [*BaseStaticFilesConfig.ignore_patterns, "node_modules"]
