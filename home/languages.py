"""The languages of the site, as the shell needs them: which is the source, what a
language is called, which way it is written, and what a page's words are in."""

from django.conf import settings
from django.utils.translation import get_language, get_language_info

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from .content_cache import cached
from .page_translations import copy_in


def source_language() -> str:
    return settings.LANGUAGES[0][0]


def content_language(page: Page) -> str:
    """The language the page's words are written in: an alias shows its source's.

    Without a query when the page's source was fetched with it (select_related) or
    is among the page's copies the request already has (home.page_translations)."""
    if page.alias_of_id:
        if not Page._meta.get_field("alias_of").is_cached(page):
            source = copy_in(page, page.alias_of_id)
            if source is not None:
                return source.locale.language_code
        return page.alias_of.locale.language_code
    return language_of_locale(page.locale_id)


def language_of_locale(locale_id: int) -> str:
    return locale_with_id(locale_id).language_code


def locale_with_id(locale_id: int) -> Locale:
    """A Locale by its id, from the content cache."""
    for locale in locales().values():
        if locale.pk == locale_id:
            return locale
    return Locale.objects.get(pk=locale_id)


def attach_locale(page):
    """Give a page (or snippet) its Locale from the content cache, so that reading
    `page.locale` costs no query."""
    type(page)._meta.get_field("locale").set_cached_value(
        page, locale_with_id(page.locale_id)
    )
    return page


def language_name(code: str) -> str:
    """The language's name in the reader's language: "Spanish", "Panyòl" ..."""
    label = dict(settings.LANGUAGES).get(code)
    return str(label) if label else get_language_info(code)["name_local"]


def is_rtl(code: str) -> bool:
    return code.split("-")[0] in settings.LANGUAGES_BIDI


def content_language_code(code: str) -> str:
    """The content language a UI language reads (Wagtail's own mapping)."""
    try:
        return get_supported_content_language_variant(code)
    except LookupError:
        return source_language()


def locales() -> dict[str, Locale]:
    """Every configured Locale by language code, from the content cache: asking for
    the active or default locale costs no query."""
    return cached("locales", _all_locales)


def _all_locales():
    return {locale.language_code: locale for locale in Locale.objects.all()}


def locale_for(code: str) -> Locale:
    found = locales().get(content_language_code(code))
    return found if found is not None else Locale.objects.get_for_language(code)


def active_locale() -> Locale:
    """Locale.get_active(), without a query each time it is asked."""
    try:
        return locale_for(get_language() or source_language())
    except Locale.DoesNotExist:
        return default_locale()


def default_locale() -> Locale:
    """Locale.get_default(), without a query each time it is asked."""
    return locale_for(source_language())
