"""What the request form looks up: the trainings it offers, the partner a typed name
names, the sectors and regions. One query each, whatever the size of the catalog.

A catalog of hundreds of modules cannot be listed on a phone, so the form offers only
what the visitor chose (from a module's page, or earlier on the form), what they
searched for, or a few suggestions; the catalog itself is a link away.

Offers stand for the source-language (English) pages, labelled in the reader's
language where a published translation exists.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    Case,
    CharField,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
    Window,
)
from django.db.models.functions import Coalesce, Lower, RowNumber
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from curriculum.models import CurriculumPage, TrainingModulePage
from home.languages import source_language
from home.text import without_control_characters
from home.view_restrictions import private_q
from partners.models import PartnerPage
from taxonomy.models import Region, Sector

# The form's field for each kind of training, and the query parameter that chooses one.
KINDS = {"modules": TrainingModulePage, "curricula": CurriculumPage}
QUERY_PARAMETERS = {"modules": "module", "curricula": "curriculum"}
FIND_PARAMETER = "find"

FOUND_LIMIT = 15  # matches for a search
SUGGESTED_LIMIT = {"curricula": 4, "modules": 8}  # offered with nothing chosen
CHOSEN_LIMIT = 20  # ids read from a link or a submission, per kind
FIND_MAX_LENGTH = 80
MAX_PAGE_ID = 2**31  # PostgreSQL refuses integers out of range


@dataclass(frozen=True)
class Offer:
    """One training the form offers: the source page's id, its kind ("modules" or
    "curricula"), its label and the language the label is in."""

    pk: int
    kind: str
    label: str
    language: str


def reader_language():
    return get_supported_content_language_variant(translation.get_language())


def page_ids(values):
    """The page ids among `values` (strings from a URL or a form); anything else,
    out of range or beyond the first few, is dropped."""
    ids = []
    for value in values[:CHOSEN_LIMIT]:
        try:
            number = int(value)
        except (TypeError, ValueError):
            continue
        if 0 < number < MAX_PAGE_ID and number not in ids:
            ids.append(number)
    return ids


def find_term(query):
    """What the visitor typed into "Find a training", made harmless: no control
    characters (PostgreSQL refuses NUL), single spaces, a bounded length."""
    term = without_control_characters(query.get(FIND_PARAMETER, "") or "")
    return " ".join(term.split())[:FIND_MAX_LENGTH]


def kind_ids():
    """{content type id: kind} (content types are cached for the process)."""
    return {
        ContentType.objects.get_for_model(model).pk: kind
        for kind, model in KINDS.items()
    }


def source_trainings(language):
    """Live, public source-language modules and curricula, each annotated with its
    title in `language` where a published translation has one (`local_title`)."""
    pages = Page.objects.live().filter(
        ~private_q(),
        locale__language_code=source_language(),
        content_type_id__in=kind_ids(),
    )
    if language == source_language():
        local_title = Value(None, output_field=CharField())
    else:
        local_title = Subquery(
            Page.objects.live()
            .filter(
                locale__language_code=language,
                alias_of__isnull=True,
                translation_key=OuterRef("translation_key"),
            )
            .values("title")[:1]
        )
    return pages.annotate(local_title=local_title)


def as_offers(rows, language):
    kinds = kind_ids()
    return [
        Offer(
            pk=pk,
            kind=kinds[content_type_id],
            label=local_title or title,
            language=language if local_title else source_language(),
        )
        for pk, content_type_id, title, local_title in rows
    ]


def _rows(pages):
    return pages.values_list("pk", "content_type_id", "title", "local_title")


def _by_kind(ids, kinds):
    condition = Q(pk__in=[])
    for content_type_id, kind in kinds.items():
        if ids.get(kind):
            condition |= Q(pk__in=ids[kind], content_type_id=content_type_id)
    return condition


def chosen_in_link(query, language):
    """The trainings a link chose (?module=<id>&curriculum=<id>, repeatable), by the
    id of their page in any language. Anything that names no such live, public
    training is ignored."""
    ids = {
        kind: page_ids(query.getlist(parameter))
        for kind, parameter in QUERY_PARAMETERS.items()
    }
    if not any(ids.values()):
        return []
    named = Page.objects.filter(_by_kind(ids, kind_ids())).values("translation_key")
    pages = source_trainings(language).filter(translation_key__in=named)
    return sorted(
        as_offers(_rows(pages), language), key=lambda offer: offer.label.casefold()
    )


def chosen_in_submission(data, language):
    """The trainings a submission chose, by the id of their source page. Ids that are
    not such a training are left out, so the form refuses them as invalid choices."""
    ids = {kind: page_ids(data.getlist(kind)) for kind in KINDS}
    if not any(ids.values()):
        return []
    pages = source_trainings(language).filter(_by_kind(ids, kind_ids()))
    offers = as_offers(_rows(pages), language)
    # In the order the form gave them (the order they were offered in).
    return sorted(offers, key=lambda offer: ids[offer.kind].index(offer.pk))


def found(term, language):
    """Up to FOUND_LIMIT trainings whose title, in the reader's language or in the
    source language, contains `term` (case aside), by title."""
    pages = (
        source_trainings(language)
        .filter(Q(title__icontains=term) | Q(local_title__icontains=term))
        .order_by(Lower(Coalesce("local_title", "title")), "pk")
    )
    return as_offers(_rows(pages[:FOUND_LIMIT]), language)


def suggested(language):
    """A few curricula and the newest modules, for a visitor who has chosen nothing
    yet: one query, however many there are."""
    limits = {
        content_type_id: SUGGESTED_LIMIT[kind]
        for content_type_id, kind in kind_ids().items()
    }
    newest_first = Window(
        RowNumber(),
        partition_by=F("content_type_id"),
        order_by=[F("first_published_at").desc(nulls_last=True), F("pk").desc()],
    )
    pages = source_trainings(language).annotate(rank=newest_first)
    limit = Value(0, output_field=IntegerField())
    for content_type_id, count in limits.items():
        limit = _when(content_type_id, count, limit)
    pages = pages.annotate(limit=limit).filter(rank__lte=F("limit"))
    offers = as_offers(_rows(pages), language)
    # Curricula (series of trainings) first, then modules, newest first.
    order = list(KINDS)
    return sorted(offers, key=lambda offer: order.index(offer.kind))


def _when(content_type_id, count, otherwise):
    return Case(
        When(content_type_id=content_type_id, then=Value(count)),
        default=otherwise,
        output_field=IntegerField(),
    )


def partner_named(name):
    """The source-language partner whose title, in any language, is `name` (case
    aside), or None."""
    if not name:
        return None
    titled = PartnerPage.objects.live().filter(title__iexact=name)
    return (
        PartnerPage.objects.live()
        .filter(
            ~private_q(),
            locale__language_code=source_language(),
            translation_key__in=titled.values("translation_key"),
        )
        .values_list("pk", flat=True)
        .order_by("pk")
        .first()
    )


def vocabularies(language):
    """The sector and region choices, in the reader's language where a term is
    translated: {"sector": [(pk, label)], "region": [(pk, label)]}, in one query."""

    def terms(model, kind, sort_order):
        local = model.objects.filter(
            locale__language_code=language, translation_key=OuterRef("translation_key")
        ).values("name")[:1]
        return (
            model.objects.filter(locale__language_code=source_language())
            .annotate(
                kind=Value(kind, output_field=CharField()),
                local_name=Subquery(local),
                sort=sort_order,
            )
            .values_list("kind", "pk", "name", "local_name", "sort")
            .order_by()
        )

    rows = terms(Sector, "sector", F("sort_order")).union(
        terms(Region, "region", Value(0, output_field=IntegerField())), all=True
    )
    choices = {"sector": [], "region": []}
    # Sectors in the coalition's order, then (as regions) by name as read.
    rows = sorted(rows, key=lambda row: (row[4], str(row[3] or row[2]).casefold()))
    for kind, pk, name, local_name, _sort in rows:
        choices[kind].append((pk, local_name or name))
    return choices
