"""Per-client limits kept in Django's cache, shared by every app server.

A client is known only by a keyed hash of its address, held in the cache for the
length of the window and never written to the database or the logs.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache


def client_fingerprint(request) -> str:
    address = request.META.get("REMOTE_ADDR", "")
    return hmac.new(
        settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256
    ).hexdigest()[:32]


def within_limit(request, scope: str, limit: int, window_seconds: int) -> bool:
    """Count one action for this client in `scope`; False once `limit` is passed."""
    key = f"rate:{scope}:{client_fingerprint(request)}"
    cache.add(key, 0, window_seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # the entry expired between add and incr
        cache.set(key, 1, window_seconds)
        count = 1
    return count <= limit


def first_time(request, scope: str, window_seconds: int) -> bool:
    """True the first time this client does `scope` within the window."""
    return cache.add(f"once:{scope}:{client_fingerprint(request)}", 1, window_seconds)
