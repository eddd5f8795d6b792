"""What the reader is told about the language of what they are reading."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

from wagtail.models import Page

from home.languages import content_language, is_rtl, language_name, source_language
from home.page_translations import translations_of
from home.site_chrome import is_public
from translations.machine_translation import is_machine_translated

register = template.Library()


def _page(context):
    page = context.get("page")
    return page if isinstance(page, Page) and page.pk else None


@register.simple_tag(takes_context=True)
def page_content_language(context):
    """The language of the page's own words (its source's, for an alias)."""
    page = _page(context)
    return content_language(page) if page else get_language()


@register.simple_tag(takes_context=True)
def content_lang_attrs(context):
    """` lang="en" dir="ltr"` for an element holding the page's own words when they
    are not in the reader's language (an untranslated page shows its source's)."""
    page = _page(context)
    code = content_language(page) if page else get_language()
    if code == get_language():
        return ""
    return format_html(' lang="{}" dir="{}"', code, language_direction(code))


@register.filter
def language_direction(code):
    return "rtl" if is_rtl(code) else "ltr"


@register.inclusion_tag("components/translation_notice.html", takes_context=True)
def translation_notice(context):
    """A banner, in the reader's language, when the page is in another language."""
    page = _page(context)
    request = context.get("request")
    if page is None:
        return {"show": False}
    reader = get_language()
    written_in = content_language(page)
    machine = written_in == reader and is_machine_translated(page)
    return {
        "show": written_in != reader or machine,
        "machine": machine,
        "page": page,
        "reader_language": language_name(reader),
        "reading_language": language_name(written_in),
        "reading_code": written_in,
        "asked": bool(request and request.GET.get("translation_requested")),
        "request": request,
    }


@register.inclusion_tag("components/hreflang_links.html", takes_context=True)
def hreflang_links(context):
    """<link rel=alternate> for each real translation of the page, and x-default."""
    page = _page(context)
    request = context.get("request")
    if page is None:
        return {"links": []}
    translations = [
        translation
        for translation in translations_of(page)
        if translation.alias_of_id is None
        and translation.live
        and is_public(translation)
    ]
    links = []
    default = None
    for translation in translations:
        url = translation.get_full_url(request)
        links.append({"code": translation.locale.language_code, "url": url})
        if translation.locale.language_code == source_language():
            default = url
    return {"links": links, "default": default}
