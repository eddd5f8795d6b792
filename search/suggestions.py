"""Other spellings to try when a search finds nothing: each word of the query that
no page uses, replaced by the nearest word readers of that language meet on the
site, one or two letters away. PostgreSQL finds the candidates by trigram
similarity (pg_trgm); elsewhere words of about the same length and first letter."""

from django.db import connection
from django.db.models.expressions import RawSQL
from django.db.models.functions import Length

from .models import SearchWord
from .text import edit_distance, suggestible, words

MOST_LETTERS_OFF = 2
CANDIDATES = 12
MOST_WORDS_MENDED = 3


def nearest_word(language: str, word: str) -> str | None:
    candidates = SearchWord.objects.filter(language=language)
    limit = CANDIDATES
    if connection.vendor == "postgresql":
        candidates = candidates.annotate(
            distance=RawSQL(f"{SearchWord._meta.db_table}.word <-> %s", [word])  # noqa: S611
        ).order_by("distance", "word")
    else:
        candidates = (
            candidates.annotate(letters=Length("word"))
            .filter(
                word__startswith=word[0],
                letters__gte=len(word) - MOST_LETTERS_OFF,
                letters__lte=len(word) + MOST_LETTERS_OFF,
            )
            .order_by("word")
        )
        limit = CANDIDATES * 20
    close = [
        (edit_distance(word, other), other)
        for other in candidates.values_list("word", flat=True)[:limit]
    ]
    close = [pair for pair in close if 0 < pair[0] <= MOST_LETTERS_OFF]
    return min(close)[1] if close else None


def respelled(language: str, query: str) -> str | None:
    """`query` with its unknown words respelled, or None when nothing changed."""
    typed = words(query)
    unknown = [word for word in typed if suggestible(word)]
    known = set(
        SearchWord.objects.filter(language=language, word__in=unknown).values_list(
            "word", flat=True
        )
    )
    mended, changed = [], 0
    for word in typed:
        better = None
        if word in unknown and word not in known and changed < MOST_WORDS_MENDED:
            better = nearest_word(language, word)
            changed += bool(better)
        mended.append(better or word)
    return " ".join(mended) if changed else None
