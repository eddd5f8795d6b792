"""What readers look for, kept without anything that could say who looked: a count
per day, language and normalized query, with how many results it found.

A query that looks like an email address, a phone number or a training request's
reference code is never kept, nor anything from a client that has already had its
share of searches counted this hour (so one script cannot fill the report)."""

import re
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from home.rate_limit import within_limit

from .models import SearchQuery
from .text import fold

LONGEST_KEPT = 100
COUNTED_PER_CLIENT_PER_HOUR = 30
DEFAULT_RETENTION_DAYS = 90

EMAIL = re.compile(r"\S+@\S+|\S+\s*(?:\(at\)|\[at\])\s*\S+")
# Seven digits or more, however they are spaced or punctuated: a phone number.
PHONE = re.compile(r"(?:\d[\s().+\-/]*){7,}")
# TR-7KQ2-M9XD, tr 7kq2 m9xd: a training request's reference.
REFERENCE = re.compile(r"\btr[\s\-_]*[a-z0-9]{4}[\s\-_]*[a-z0-9]{4}\b")
# A long run of letters and digits mixed: a code or a token, not a word.
CODE = re.compile(r"\b(?=\w*\d)(?=\w*[a-z])\w{8,}\b")


def normalized(query: str) -> str:
    return " ".join(fold(query).split())[:LONGEST_KEPT]


def looks_personal(query: str) -> bool:
    return any(pattern.search(query) for pattern in (EMAIL, PHONE, REFERENCE, CODE))


def retention_days() -> int:
    return int(getattr(settings, "SEARCH_QUERY_RETENTION_DAYS", DEFAULT_RETENTION_DAYS))


def record_search(request, language: str, query: str, results: int) -> bool:
    """Count one search; False when it is not kept."""
    text = normalized(query)
    if len(text) < 2 or looks_personal(text):
        return False
    if not within_limit(request, "search-report", COUNTED_PER_CLIENT_PER_HOUR, 3600):
        return False
    day = timezone.localdate()
    found = SearchQuery.objects.filter(day=day, language=language, query=text)
    if found.update(searches=F("searches") + 1, results=results):
        return True
    try:
        with transaction.atomic():
            SearchQuery.objects.create(
                day=day, language=language, query=text, searches=1, results=results
            )
    except IntegrityError:  # another server counted the first one meanwhile
        found.update(searches=F("searches") + 1, results=results)
    return True


def forget_old_searches(days: int | None = None) -> int:
    """Delete the counts older than the retention period; how many rows went."""
    days = retention_days() if days is None else days
    cutoff = timezone.localdate() - timedelta(days=days)
    deleted, _ = SearchQuery.objects.filter(day__lt=cutoff).delete()
    return deleted
