from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo municipality and its `seed_demo` command; installed by dev and test settings."""

    name = "demo"
    verbose_name = "Demo"
