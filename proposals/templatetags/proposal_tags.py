"""The convening page's link to its call for sessions, while the call is open."""

from django import template

from ..views import ACTION, open_call

register = template.Library()


@register.inclusion_tag("proposals/includes/propose_link.html", takes_context=True)
def propose_link(context, page):
    call = open_call(page)
    request = context.get("request")
    return {
        "call": call,
        "url": page.action_url(ACTION, request) if call else None,
    }
