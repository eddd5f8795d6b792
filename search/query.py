"""Finding documents: the reader's words matched, in every language the reader
may be shown (their own and their fallback chain), each with the rules of its
language; ranked, with a snippet, and narrowed by type, topic and sector."""

from dataclasses import dataclass

from django.db import connection
from django.db.models import BooleanField, Count, FloatField, Q, TextField, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Concat

from home.view_restrictions import private_paths
from translations.fallback import fallback_chain

from .models import SearchDocument
from .snippets import GT, HEADLINE_OPTIONS, LT
from .text import config_name, stems

TABLE = SearchDocument._meta.db_table


@dataclass(frozen=True)
class Narrowing:
    """What the reader narrowed the results to (each may be empty)."""

    kind: str = ""
    topic: str = ""
    sector: str = ""

    def apply(self, documents, leave_out=""):
        if self.kind and leave_out != "kind":
            documents = documents.filter(kind=self.kind)
        if self.topic and leave_out != "topic":
            documents = documents.filter(topics__slug=self.topic)
        if self.sector and leave_out != "sector":
            documents = documents.filter(sectors__slug=self.sector)
        return documents


def readable_by(locale):
    """Every document a reader of `locale` may find: not under a private page."""
    documents = SearchDocument.objects.filter(locale=locale, page__live=True)
    private = Q()
    for path in private_paths():
        private |= Q(page__path__startswith=path)
    return documents.exclude(private) if private else documents


def configs_for(language: str) -> dict[str, str]:
    """{configuration: language} for the languages a reader of `language` may see."""
    found = {}
    for code in fallback_chain(language):
        found.setdefault(config_name(code), code)
    return found


def matching(locale, query: str):
    """The documents of `locale` that hold every word of `query`, best first, each
    with `rank` and (on PostgreSQL) `headline`."""
    documents = readable_by(locale)
    configs = configs_for(locale.language_code)
    if connection.vendor == "postgresql":
        return _matching_postgresql(documents, configs, query)
    return _matching_elsewhere(documents, configs, query)


def _matching_postgresql(documents, configs, query):
    # One condition per configuration, each with a constant tsquery, so the GIN
    # index on `words` answers them.
    condition = " OR ".join(
        f'("{TABLE}"."config" = %s AND "{TABLE}"."words" @@ '
        "websearch_to_tsquery(%s::regconfig, %s))"
        for _config in configs
    )
    params = []
    for config in configs:
        params += [config, config, query]
    tsquery = f'websearch_to_tsquery("{TABLE}"."config"::regconfig, %s)'
    return (
        documents.filter(RawSQL(condition, params, output_field=BooleanField()))  # noqa: S611
        .annotate(
            rank=RawSQL(  # noqa: S611
                f'ts_rank_cd("{TABLE}"."words", {tsquery})',
                [query],
                output_field=FloatField(),
            ),
            headline=RawSQL(  # noqa: S611
                f'ts_headline("{TABLE}"."config"::regconfig, '
                f'translate("{TABLE}"."summary" || E\'\\n\' || "{TABLE}"."body", '
                f"'<>', %s), {tsquery}, %s)",
                [LT + GT, query, HEADLINE_OPTIONS],
                output_field=TextField(),
            ),
        )
        .order_by("-rank", "title", "pk")
    )


def _matching_elsewhere(documents, configs, query):
    """SQLite: every stem of the query among the document's stems."""
    condition = Q(pk__in=[])
    title_hits = []
    for config, language in configs.items():
        wanted = stems(query, language)
        if not wanted:
            continue
        holds_all = Q(config=config)
        for stem in wanted:
            holds_all &= Q(words__contains=f" {stem} ")
        condition |= holds_all
        title_hits += [f" t:{stem} " for stem in wanted]
    rank = Value(0.0)
    for marked in set(title_hits):
        rank = rank + RawSQL(  # noqa: S611
            f'instr("{TABLE}"."words", %s) > 0', [marked], output_field=FloatField()
        )
    return (
        documents.filter(condition)
        .annotate(
            rank=rank,
            headline=Concat(Value(""), Value("")),
        )
        .order_by("-rank", "title", "pk")
    )


def facet_counts(found, narrowing: Narrowing):
    """How many results each type, topic and sector would leave, each counted with
    the reader's other choices applied: {"kind": {...}, "topic": {...}, ...}."""
    counts = {}
    for facet, field in (
        ("kind", "kind"),
        ("topic", "topics__slug"),
        ("sector", "sectors__slug"),
    ):
        rows = (
            narrowing.apply(found, leave_out=facet)
            .exclude(**{f"{field}__isnull": True})
            .order_by()
            .values_list(field)
            .annotate(n=Count("pk"))
        )
        counts[facet] = dict(rows)
    return counts
