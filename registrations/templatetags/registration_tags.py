"""What a convening's page shows about registering here: a link to the form while
registration is open (one query, however many have registered)."""

from django import template

from ..models import RegistrationSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def registration_link(context, page):
    """The URL of the convening's registration form, or "" when it takes none."""
    if not page.is_upcoming:
        return ""
    settings_row = RegistrationSettings.for_convening(page)
    if settings_row is None or not settings_row.registration_open:
        return ""
    return page.action_url("register", context.get("request")) or ""
