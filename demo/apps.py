from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site's content and the commands that build it; installed in
    development and tests, never in production."""

    name = "demo"
    verbose_name = "Demo content"
