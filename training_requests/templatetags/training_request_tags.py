"""Links to the training request form, found by its page type in the reader's
language, so a coalition can give the page any slug it likes."""

from urllib.parse import urlencode

from django import template

from home.languages import active_locale
from training_requests.models import TrainingRequestPage

register = template.Library()


def request_form_page():
    """The live request form page in the active language (each language's tree has
    one, translated or as an alias of the source's), or None if there is none."""
    return (
        TrainingRequestPage.objects.live()
        .public()
        .filter(locale=active_locale())
        .first()
    )


@register.simple_tag(takes_context=True)
def request_training_form_url(context):
    """The training request form in the reader's language, with nothing chosen."""
    form_page = request_form_page()
    return form_page.get_url(context.get("request")) if form_page else ""


@register.simple_tag(takes_context=True)
def request_training_url(context, module):
    """The training request form in the reader's language with `module` chosen, or
    "" when the site has no request form."""
    form_url = request_training_form_url(context)
    if not form_url:
        return ""
    return f"{form_url}?{urlencode({'module': module.pk})}"
