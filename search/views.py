"""The search page: one search over every kind of page, in the reader's language."""

import re

from django.db import connection
from django.template.response import TemplateResponse
from django.views.decorators.cache import cache_control

from home.content_cache import cached
from home.languages import active_locale, attach_locale, language_name
from home.pagination import paginate
from taxonomy.models import Sector, Topic

from .kinds import KIND, KINDS
from .query import Narrowing, facet_counts, matching
from .query_log import record_search
from .snippets import START, from_headline, highlight
from .suggestions import respelled

MAX_QUERY_LENGTH = 200
PER_PAGE = 20
SLUG = re.compile(r"^[-\w]{1,100}$")


def clean(value: str, limit: int = MAX_QUERY_LENGTH) -> str:
    return " ".join(value.replace("\x00", " ").split())[:limit]


def narrowing_from(params) -> Narrowing:
    """The reader's choices of type, topic and sector; anything else is ignored."""
    kind = params.get("type", "")
    topic, sector = params.get("topic", ""), params.get("sector", "")
    return Narrowing(
        kind=kind if kind in KINDS else "",
        topic=topic if SLUG.match(topic) else "",
        sector=sector if SLUG.match(sector) else "",
    )


# What a reader types is theirs: results are never kept in a shared cache.
@cache_control(private=True, max_age=0)
def search(request):
    """Search every live page a reader of this language can read, whatever its
    type, including pages shown to them in a fallback language."""
    query = clean(request.GET.get("q", ""))
    narrowing = narrowing_from(request.GET)
    locale = active_locale()
    context = {"query": query, "narrowing": narrowing, "results": None}
    if query:
        found = matching(locale, query)
        shown = narrowing.apply(found).select_related("page")
        page_obj = paginate(request, shown, PER_PAGE)
        total = page_obj.paginator.count
        context.update(
            results=page_obj,
            paginator=page_obj.paginator,
            hits=[
                result(request, document, query, locale)
                for document in page_obj.object_list
            ],
            # (A Narrowing is always true: compare it with an empty one.)
            facets=(
                facets(found, narrowing, locale)
                if total or narrowing != Narrowing()
                else []
            ),
        )
        if not total:
            context["suggestion"] = suggestion(locale, query)
        if page_obj.number == 1 and narrowing == Narrowing():
            record_search(request, locale.language_code, query, total)
    return TemplateResponse(request, "search/search.html", context)


def result(request, document, query, locale):
    page = attach_locale(document.page)
    if connection.vendor == "postgresql":
        headline = document.headline or ""
        snippet = from_headline(headline) if START in headline else ""
    else:
        text = f"{document.summary}\n{document.body}".strip()
        snippet = highlight(text, query, document.language)
    # Titles are short: marked in Python on every database (PostgreSQL's
    # ts_headline drops the spaces of a title it highlights whole).
    title = highlight(document.title, query, document.language, window=None)
    return {
        "title": title,
        "url": page.get_url(request),
        "kind": KIND.get(document.kind, KIND["page"]),
        "snippet": snippet,
        "summary": document.summary,
        "language": document.language,
        "language_name": (
            language_name(document.language)
            if document.language != locale.language_code
            else ""
        ),
    }


def facets(found, narrowing, locale):
    """The type, topic and sector links, each with its count, for the template."""
    counts = facet_counts(found, narrowing)
    names = term_names(locale)
    groups = []
    for facet, param, labels in (
        ("kind", "type", KINDS),
        ("topic", "topic", names["topic"]),
        ("sector", "sector", names["sector"]),
    ):
        chosen = getattr(narrowing, facet)
        options = [
            {
                "value": value,
                "label": labels.get(value, value),
                "count": counts[facet].get(value, 0),
                "chosen": value == chosen,
            }
            for value in labels
            if counts[facet].get(value) or value == chosen
        ]
        if options:
            groups.append({"param": param, "chosen": chosen, "options": options})
    return groups


def term_names(locale):
    """{"topic": {slug: name}, "sector": {...}} in the reader's language."""

    def build():
        return {
            facet: {term.slug: term.name for term in model.objects.localized(locale)}
            for facet, model in (("topic", Topic), ("sector", Sector))
        }

    return cached(f"search-terms:{locale.pk}", build)


def suggestion(locale, query):
    """Another spelling that finds something, or None."""
    other = respelled(locale.language_code, query)
    if other and matching(locale, other).exists():
        return other
    return None
