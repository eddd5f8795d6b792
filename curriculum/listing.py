"""How modules and curricula are shown in lists: in the reader's language where
they are translated, marked with the language they are in where they are not, with
their topics, sectors and languages fetched in a fixed number of queries."""

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Subquery, Value

from wagtail.models import Page

from home.languages import source_language
from home.view_restrictions import is_under_private_path
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
    be shown (these are display copies, never saved). No query unless the reader's
    fallback chain has a language between their own and the source."""
    nearest = nearest_translations(pages, locale.language_code)
    for page in pages:
        shown = nearest.get(page.pk)
        if shown is not None:
            page.title = shown.title
            page.listing_summary = getattr(shown, "summary", "")
            page.content_language = shown.locale.language_code


def by_key(items):
    return {item.translation_key: item for item in items}


def localized_terms(modules, locale):
    """The topics and the sectors each module is tagged with, named in `locale`
    where translated and in the source language otherwise, in reading order:
    ({module pk: [topic, ...]}, {module pk: [sector, ...]}). One query (a UNION of
    the two vocabularies, whose tables have the same columns), however many
    modules.

    Modules point at the source-language terms in every language; each term gets
    `language`, the code of the language its name is in."""
    pks = [module.pk for module in modules]

    def tagged(vocabulary, kind):
        translated = vocabulary.objects.filter(
            translation_key=OuterRef("translation_key"), locale_id=locale.pk
        )
        return (
            vocabulary.objects.filter(modules__in=pks)
            .annotate(
                kind=Value(kind),
                module_pk=F("modules__pk"),
                own_language=F("locale__language_code"),
                local_name=Subquery(translated.values("name")[:1]),
                local_slug=Subquery(translated.values("slug")[:1]),
            )
            .order_by()
        )

    # Rows of both kinds come back as Topic objects; `kind` says which they are.
    rows = tagged(Topic, "topic").union(tagged(Sector, "sector"), all=True)
    found = {"topic": {}, "sector": {}}
    for term in rows:
        if term.local_name is not None:
            term.name, term.slug = term.local_name, term.local_slug
            term.language = locale.language_code
        else:
            term.language = term.own_language
        found[term.kind].setdefault(term.module_pk, []).append(term)
    for terms in (*found["topic"].values(), *found["sector"].values()):
        terms.sort(key=lambda term: (term.sort_order, term.name))
    return found["topic"], found["sector"]


def real_translations(model, pages):
    """Every live page of `model` that really translates one of `pages` (not an
    alias), with its locale and whether it is public: one query, at most one row
    per page and language."""
    translations = list(
        model.objects.live()
        .filter(
            translation_key__in={page.translation_key for page in pages},
            alias_of__isnull=True,
        )
        .select_related("locale")
        .order_by("locale__language_code")
    )
    for translation in translations:
        translation.is_public = not is_under_private_path(translation)
    return translations


def with_languages(modules):
    """Annotate a queryset of modules with the languages each has really been
    translated into (a live page of its own, not an alias), so that listing them
    needs no query more: one EXISTS per configured language."""
    model = modules.model
    return modules.annotate(
        **{
            f"translated_{index}": Exists(
                model.objects.live().filter(
                    translation_key=OuterRef("translation_key"),
                    alias_of__isnull=True,
                    locale__language_code=code,
                )
            )
            for index, (code, _label) in enumerate(settings.LANGUAGES)
        }
    )


def annotate_for_listing(modules, locale, translations=None):
    """Give each module on a listing its topics and sectors in the reader's language
    and the languages it has really been translated into, in a fixed number of
    queries however many modules there are: one for the topics and sectors, and one
    for the languages unless the modules were listed `with_languages` or the caller
    has their `real_translations`."""
    if not modules:
        return modules
    order = [code for code, _label in settings.LANGUAGES]
    languages = {}
    if hasattr(modules[0], "translated_0"):
        for module in modules:
            languages[module.translation_key] = {
                code
                for index, code in enumerate(order)
                if getattr(module, f"translated_{index}")
            }
    else:
        if translations is None:
            translations = real_translations(type(modules[0]), modules)
        for translation in translations:
            languages.setdefault(translation.translation_key, set()).add(
                translation.locale.language_code
            )
    topics, sectors = localized_terms(modules, locale)
    source = source_language()
    for module in modules:
        module.localized_topics = topics.get(module.pk, [])
        module.localized_sectors = sectors.get(module.pk, [])
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
