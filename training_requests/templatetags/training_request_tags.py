"""Links to the training request form, found by its page type in the reader's
language, so a coalition can give the page any slug it likes."""

from urllib.parse import urlencode

from django import template

from home.site_chrome import section_url
from training_requests.models import TrainingRequestPage

register = template.Library()


@register.simple_tag(takes_context=True)
def request_training_form_url(context):
    """The training request form in the reader's language (each language's tree
    has one, translated or as an alias of the source's), with nothing chosen, or ""
    when the site has none."""
    return section_url(context.get("request"), TrainingRequestPage) or ""


@register.simple_tag(takes_context=True)
def request_training_url(context, module):
    """The training request form in the reader's language with `module` chosen, or
    "" when the site has no request form."""
    form_url = request_training_form_url(context)
    if not form_url:
        return ""
    return f"{form_url}?{urlencode({'module': module.pk})}"
