"""Admin panels that tell editors about the page they are editing."""

from django.template.loader import render_to_string

from wagtail.admin.panels import HelpPanel


class SessionTimePanel(HelpPanel):
    """Compares the time the session plan's steps add up to with the module's stated
    duration, and warns (without blocking the save) when they differ."""

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.content = render_to_string(
                "curriculum/admin/session_time_panel.html", {"page": self.instance}
            )
