"""Which language a reader sees a page in when it is not translated into theirs.

A page not yet translated exists in every locale as an alias of the source page.
Before showing the source, the reader's fallback chain is tried (Haitian Creole ->
French -> English, say), so a reader gets the nearest language someone has written.
"""

from django.conf import settings

from wagtail.models import Page

from home.languages import language_of_locale, source_language


def fallback_chain(code: str) -> list[str]:
    """The languages to try for a reader of `code`, their own first, the source last.

    Languages that are not configured are skipped, so a chain whose middle language
    is missing goes straight on to the next one.
    """
    configured = [c for c, _label in settings.LANGUAGES]
    chain = [code, *settings.LANGUAGE_FALLBACKS.get(code, []), source_language()]
    seen = []
    for candidate in chain:
        if candidate in configured and candidate not in seen:
            seen.append(candidate)
    return seen


def reading_translation(page: Page) -> Page:
    """The page to show a reader of `page`'s locale.

    A real translation is shown as it is. For an alias, the first language along the
    reader's chain that has a real translation wins; when that is the source
    language the alias itself is shown, since it already mirrors the source.
    """
    reader = language_of_locale(page.locale_id)
    shown = nearest_translations([page], reader).get(page.pk)
    return shown.specific if shown is not None else page


def nearest_translations(pages, reader_code: str) -> dict:
    """For pages listed to a reader of `reader_code`, the real translation that
    reader is shown for each alias among them (see reading_translation) when one
    exists along the chain before the source language: {alias pk: page}. One
    query, however many pages."""
    aliases = [page for page in pages if page.alias_of_id]
    # The languages tried after the reader's own and before the source (the chain
    # always ends with the source; a reader of the source has none).
    between = [
        code for code in fallback_chain(reader_code)[1:] if code != source_language()
    ]
    if not aliases or not between:
        return {}
    found = {}
    for page in (
        type(aliases[0])
        .objects.live()
        .filter(
            translation_key__in={page.translation_key for page in aliases},
            alias_of__isnull=True,
            locale__language_code__in=between,
        )
        .select_related("locale")
    ):
        rank = between.index(page.locale.language_code)
        current = found.get(page.translation_key)
        if current is None or rank < between.index(current.locale.language_code):
            found[page.translation_key] = page
    return {
        alias.pk: found[alias.translation_key]
        for alias in aliases
        if alias.translation_key in found
    }
