"""How modules and curricula are shown in lists: in the reader's language where
they are translated, marked with the language they are in where they are not, with
their topics, sectors and languages fetched in a fixed number of queries."""

from django.conf import settings

from wagtail.models import Page

from home.languages import source_language
from taxonomy.models import Sector, Topic
from translations.fallback import nearest_translations

from .choices import language_name


def content_language_code(page):
    """The language a page's text is written in: an alias shows its source page's
    text, whatever its own locale."""
    if page.alias_of_id is None:
        return page.locale.language_code
    return (
        Page.objects.filter(pk=page.alias_of_id)
        .values_list("locale__language_code", flat=True)
        .first()
        or source_language()
    )


def mark_content_language(pages, locale):
    """Note on each page the language its words are in, so links to it can say so:
    an alias is read in the nearest translation along the reader's fallback chain
    (whose title it then shows), or else in the source language."""
    pages = list(pages)
    for page in pages:
        page.content_language = (
            source_language() if page.alias_of_id else locale.language_code
        )
    show_nearest_translations(pages, locale)
    return pages


def show_nearest_translations(pages, locale):
    """Give each alias listed to this reader the words of the translation they will
    be shown (these are display copies, never saved)."""
    nearest = nearest_translations(pages, locale.language_code)
    for page in pages:
        shown = nearest.get(page.pk)
        if shown is not None:
            page.title = shown.title
            page.listing_summary = getattr(shown, "summary", "")
            page.content_language = shown.locale.language_code


def by_key(items):
    return {item.translation_key: item for item in items}


def annotate_for_listing(modules, locale, topics=None, sectors=None):
    """Give each module on a listing its topics and sectors in the reader's language
    and the languages it has really been translated into, in a fixed number of
    queries however many modules there are."""
    if not modules:
        return modules
    topics = by_key(topics if topics is not None else Topic.objects.localized(locale))
    sectors = by_key(
        sectors if sectors is not None else Sector.objects.localized(locale)
    )
    languages = {}
    rows = (
        type(modules[0])
        .objects.live()
        .filter(
            translation_key__in={m.translation_key for m in modules},
            alias_of__isnull=True,
        )
        .values_list("translation_key", "locale__language_code")
    )
    for key, code in rows:
        languages.setdefault(key, set()).add(code)
    order = [code for code, _label in settings.LANGUAGES]
    source = source_language()
    for module in modules:
        module.localized_topics = [
            topics.get(t.translation_key, t) for t in module.topics.all()
        ]
        module.localized_sectors = [
            sectors.get(s.translation_key, s) for s in module.sectors.all()
        ]
        codes = languages.get(module.translation_key, set())
        module.available_languages = [
            {"code": code, "name": language_name(code)}
            for code in order
            if code in codes
        ]
        module.is_translated = module.alias_of_id is None
        module.content_language = (
            module.locale.language_code if module.is_translated else source
        )
    show_nearest_translations(modules, locale)
    return modules
