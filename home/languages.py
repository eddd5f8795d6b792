"""The languages of the site, as the shell needs them: which is the source, what a
language is called, which way it is written, and what a page's words are in."""

from django.conf import settings
from django.utils.translation import get_language_info

from wagtail.models import Page


def source_language() -> str:
    return settings.LANGUAGES[0][0]


def content_language(page: Page) -> str:
    """The language the page's words are written in: an alias shows its source's."""
    if page.alias_of_id:
        return page.alias_of.locale.language_code
    return page.locale.language_code


def language_name(code: str) -> str:
    """The language's name in the reader's language: "Spanish", "Panyòl" ..."""
    label = dict(settings.LANGUAGES).get(code)
    return str(label) if label else get_language_info(code)["name_local"]


def is_rtl(code: str) -> bool:
    return code.split("-")[0] in settings.LANGUAGES_BIDI
