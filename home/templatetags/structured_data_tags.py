"""{% page_json_ld %}: the page's JSON-LD (home.structured_data), if it has any."""

from django import template

from wagtail.models import Page

from home.site_chrome import chrome
from home.structured_data import coalition_from, home_page_data, json_ld_script

register = template.Library()


@register.simple_tag(takes_context=True)
def page_json_ld(context):
    page = context.get("page")
    describe = getattr(page, "structured_data", None)
    if not isinstance(page, Page) or describe is None:
        return ""
    data = describe(context, coalition(context))
    return json_ld_script(data) if data else ""


@register.simple_tag(takes_context=True)
def home_json_ld(context):
    """The home page's: the site and the coalition."""
    page = context["page"]
    return json_ld_script(home_page_data(page, context, coalition(context)))


def coalition(context):
    request = context.get("request")
    return coalition_from(chrome(request) or {}, request)
