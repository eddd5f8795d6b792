"""One version for everything the public site shows, and what is cached under it.

Whenever a row that a public page may show is saved or deleted (a page, a snippet,
the site settings, a locale, an image ...), the current version ends once the change
is committed. Time ends it too: at the next moment a page changes by the clock
alone (a convening that ends moves from "upcoming" to the reports), which the apps
announce through the `content_changes_at` hook. Whatever is cached under a version
(the header and footer, whole anonymous pages: see page_cache) is never read again
once the version has ended. Coarse and correct: an editor's change shows on the very
next request of every page, and between changes the site is served from the cache.

The version lives in the shared cache (Redis in production), so every process and
server agrees on it. When the cache cannot be reached, nothing is cached and every
page is rendered afresh.
"""

import logging
import secrets
import time
from contextlib import suppress

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from wagtail import hooks

from .request_memo import forget, remember, remembered

logger = logging.getLogger(__name__)

VERSION_KEY = "content:version"
# What is cached under a version is dropped after this long even if the version
# lives on: it bounds the damage if an ending was ever missed (a cache that could
# not be reached when an editor published).
FRAGMENT_SECONDS = 60 * 60


def current_version() -> str | None:
    """The version the public site is at, or None when the cache is unreachable."""
    return remembered("content-version", _read_version)


def valid_version(record) -> str | None:
    """The token of a version record read from the cache, unless it has ended."""
    if record is None or _expired(record):
        return None
    remember("content-version", record["token"])
    return record["token"]


def _read_version():
    try:
        record = cache.get(VERSION_KEY)
        if record is not None and not _expired(record):
            return record["token"]
        return _start_version(stale=record is not None)
    except Exception:
        logger.warning("The shared cache could not be reached: nothing is cached")
        return None


def _expired(record) -> bool:
    return record["until"] is not None and time.time() >= record["until"]


def _start_version(stale: bool):
    until = next_change_by_time()
    record = {"token": secrets.token_hex(8), "until": until}
    if stale:
        cache.delete(VERSION_KEY)
    timeout = None if until is None else max(1, int(until - time.time()) + 1)
    if not cache.add(VERSION_KEY, record, timeout=timeout):
        record = cache.get(VERSION_KEY) or record
    return record["token"]


def next_change_by_time() -> float | None:
    """The next moment (a Unix time) when a page changes without anyone saving."""
    moments = [
        moment
        for when in hooks.get_hooks("content_changes_at")
        if (moment := when()) is not None
    ]
    return min(moments).timestamp() if moments else None


def end_version():
    """The site's content changed: nothing cached so far is served again."""

    def end():
        forget("content-version")
        try:
            cache.delete(VERSION_KEY)
        except Exception:
            logger.error(
                "The shared cache could not be reached to end the content version; "
                "cached pages may be out of date for up to %s seconds",
                settings.PAGE_CACHE_SECONDS,
            )

    # Now, so that this process sees the change at once, and again when the change
    # is committed: a page rendered by another process in between, from what the
    # database held before the commit, is then not served either.
    end()
    transaction.on_commit(end)


def cached(key: str, build, *, keep_none=True):
    """build(), cached under the current version (and remembered for the request);
    with keep_none=False, a None is built again next time rather than kept."""
    version = current_version()
    if version is None:
        return build()
    full_key = f"content:{version}:{key}"

    def fetch():
        try:
            hit = cache.get(full_key)
        except Exception:
            return build()
        if hit is not None:
            return hit[0]
        value = build()
        if value is None and not keep_none:
            return value
        with suppress(Exception):  # the next request builds it again
            cache.set(full_key, (value,), FRAGMENT_SECONDS)
        return value

    return remembered(full_key, fetch)


# What ends a version ----------------------------------------------------------------
def _unshown(model) -> bool:
    meta = model._meta
    unshown = settings.CONTENT_CACHE_IGNORES
    return meta.app_label in unshown or meta.label_lower in unshown


def content_saved_or_deleted(sender, **kwargs):
    if not _unshown(sender):
        end_version()


def content_related(sender, instance=None, action="", **kwargs):
    if action.startswith("post_") and not _unshown(type(instance)):
        end_version()


def page_event(sender, **kwargs):
    end_version()
