"""Keeping the search index: one document per live page of the site, in every
locale, holding the words a reader of that locale sees on it.

A page not yet translated is an alias of the source page; its reader is shown the
nearest translation along their fallback chain (translations.fallback), so its
document holds that translation's words, stemmed by that language's rules, and says
which language they are in."""

from django.db import connection, transaction
from django.db.models import ManyToManyField
from django.db.models.expressions import RawSQL
from django.utils import translation

from wagtail.models import Page

from modelsearch import index

from home.languages import content_language, language_of_locale
from home.models import BasePage
from taxonomy.models import Sector, Topic
from translations.fallback import reading_translation

from .models import SearchDocument, SearchWord
from .text import config_name, stems, suggestible, words

# The fields a card shows under the title weigh more than the body.
SUMMARY_FIELDS = {"listing_summary", "introduction", "learning_objectives"}


def field_texts(obj, fields, summary=False):
    """The text of `obj`'s search fields: (summary-like texts, body texts)."""
    high, low = [], []
    for field in fields:
        if isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            items = related.all() if hasattr(related, "all") else [related]
            for item in items:
                # Topic names, handout titles: short, telling words.
                more_high, more_low = field_texts(item, field.fields, summary=True)
                high += more_high + more_low
        elif isinstance(field, index.SearchField) and field.field_name != "title":
            value = field.get_value(obj)
            if isinstance(value, list | tuple):
                value = " ".join(str(part) for part in value if part)
            if not value:
                continue
            (high if summary or field.field_name in SUMMARY_FIELDS else low).append(
                str(value)
            )
    return high, low


def kind_of(page) -> str:
    kind = getattr(page, "search_kind", "page")
    return kind() if callable(kind) else kind


def build_document(page: Page) -> SearchDocument | None:
    """The document for `page` as its readers see it now, or None when readers
    cannot see it at all."""
    specific = page.specific
    if not page.live or not isinstance(specific, BasePage):
        return None
    shown = reading_translation(specific)
    language = content_language(shown)
    # Labels the page's blocks add to its text ("Presentation") in its language.
    with translation.override(language):
        high, low = field_texts(shown, shown.get_search_fields())
    document = SearchDocument(
        page_id=page.pk,
        locale_id=page.locale_id,
        language=language,
        config=config_name(language),
        kind=kind_of(shown),
        title=shown.title,
        summary=str(shown.summary or ""),
        body="\n".join(low),
    )
    document.words = indexed_words(document, " ".join(high))
    document.taxonomy = {model: related_to(shown, model) for model in (Topic, Sector)}
    return document


def related_to(page, model):
    """The terms of `model` (topics or sectors) the page is filed under."""
    for field in page._meta.get_fields():
        if isinstance(field, ManyToManyField) and field.related_model is model:
            return list(getattr(page, field.name).all())
    return []


def indexed_words(document, summary_text):
    """The value of `words`: on PostgreSQL a weighted tsvector made by the server
    with the document's configuration; elsewhere the stems, title stems also
    marked "t:" so they rank first."""
    if connection.vendor == "postgresql":
        return RawSQL(
            "setweight(to_tsvector(%s::regconfig, %s), 'A')"
            " || setweight(to_tsvector(%s::regconfig, %s), 'B')"
            " || setweight(to_tsvector(%s::regconfig, %s), 'C')",
            [
                document.config,
                document.title,
                document.config,
                summary_text,
                document.config,
                document.body,
            ],
        )
    title = stems(document.title, document.language)
    rest = stems(f"{summary_text} {document.body}", document.language)
    return (
        " " + " ".join(sorted({f"t:{s}" for s in title} | set(title) | set(rest))) + " "
    )


def index_pages(pages):
    """Bring the documents of `pages` up to date (or remove them)."""
    for page in pages:
        with transaction.atomic():
            document = build_document(page)
            if document is None:
                SearchDocument.objects.filter(page_id=page.pk).delete()
                continue
            document.save()
            document.topics.set(document.taxonomy[Topic])
            document.sectors.set(document.taxonomy[Sector])
            remember_words(
                language_of_locale(page.locale_id),
                f"{document.title} {document.summary} {document.body}",
            )


def remember_words(language, text):
    found = {word for word in words(text) if suggestible(word)}
    SearchWord.objects.bulk_create(
        [SearchWord(language=language, word=word) for word in found],
        ignore_conflicts=True,
        batch_size=500,
    )


def index_translations_of(translation_key):
    """Re-index a page in every locale: a change to one translation changes what
    the readers of the languages falling back to it see."""
    index_pages(Page.objects.filter(translation_key=translation_key).order_by("path"))


def rebuild():
    """Index every page again from scratch and forget words no page uses."""
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        SearchWord.objects.all().delete()
    pages = Page.objects.live().filter(depth__gt=1).order_by("path")
    index_pages(pages.iterator(chunk_size=200))
    return SearchDocument.objects.count()
