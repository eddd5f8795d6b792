"""Whole anonymous pages, served from the shared cache.

A GET from a visitor without a session (no one signed in, no form just sent) is
answered from the cache when the same page, in the same encoding, was rendered
under the current content version (see home.content_cache): one round trip to the
cache, no query. Otherwise the page is rendered as usual and kept, unless it is
for one visitor only:

- the view said so (Cache-Control private, no-cache or no-store: the request form,
  its private status pages, search results),
- it sets a cookie (a page holding a CSRF token sets one),
- it is not a 200.

Every page kept here also tells a proxy or CDN in front how to keep it: public, to be
revalidated on each use (max-age=0), with an ETag; a repeated conditional request
gets a 304 without the page. Editors' changes therefore show at once through any
cache in front, at the cost of one small round trip.
"""

import hashlib
import re
import time
from contextlib import suppress

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import parse_etags

from . import content_cache

GZIP = re.compile(r"\bgzip\b")
HEADERS_KEPT = (
    "Content-Type",
    "Content-Encoding",
    "Content-Language",
    "Content-Length",
    "Content-Security-Policy",
    "Permissions-Policy",
    "X-Frame-Options",
    "Vary",
    "ETag",
    "Cache-Control",
    # The open-data API may be read from any other site's pages (home.api).
    "Access-Control-Allow-Origin",
)
# Longer query strings are not kept: nobody links to them, and they would fill the
# cache with copies of one page.
MAX_QUERY_STRING = 200
PUBLIC = {"public": True, "max_age": 0, "must_revalidate": True}
UNCACHEABLE = ("private", "no-cache", "no-store")


def page_key(request) -> str | None:
    """The cache key of this request's page, or None when it is not for the cache."""
    if request.method != "GET" or settings.PAGE_CACHE_SECONDS <= 0:
        return None
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return None
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_STRING:
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    encoding = "gzip" if GZIP.search(request.headers.get("Accept-Encoding", "")) else ""
    where = f"{host}\n{request.get_full_path()}\n{encoding}"
    return "page:" + hashlib.sha256(where.encode()).hexdigest()


def cacheable(response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    control = response.get("Cache-Control", "")
    return not any(word in control for word in UNCACHEABLE)


def not_modified(request, etag) -> bool:
    wanted = request.headers.get("If-None-Match")
    if not wanted or not etag:
        return False
    tags = parse_etags(wanted)
    bare = etag.removeprefix("W/")
    return "*" in tags or any(tag.removeprefix("W/") == bare for tag in tags)


def revalidated(request, response):
    """A 304 for a conditional request whose copy is still good, else the page."""
    if not_modified(request, response.get("ETag")):
        short = HttpResponseNotModified()
        for header in ("ETag", "Cache-Control", "Vary"):
            if header in response:
                short[header] = response[header]
        return short
    return response


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = page_key(request)
        if key is None:
            return self.get_response(request)
        try:  # the version and the page in one round trip
            found = cache.get_many([content_cache.VERSION_KEY, key])
        except Exception:
            return self.get_response(request)
        version = content_cache.valid_version(found.get(content_cache.VERSION_KEY))
        entry = found.get(key)
        if version is not None and entry is not None and entry["version"] == version:
            return revalidated(request, self.kept(entry))
        version = version or content_cache.current_version()
        if version is None:
            return self.get_response(request)
        response = self.get_response(request)
        if cacheable(response):
            self.keep(key, version, response)
            response["X-Page-Cache"] = "miss"
            return revalidated(request, response)
        return response

    def kept(self, entry):
        response = HttpResponse(entry["content"], status=entry["status"])
        for header, value in entry["headers"]:
            response[header] = value
        response["X-Page-Cache"] = "hit"
        response["Age"] = str(max(0, int(time.time() - entry["at"])))
        return response

    def keep(self, key, version, response):
        if not response.has_header("ETag"):
            digest = hashlib.sha256(response.content).hexdigest()[:32]
            response["ETag"] = f'"{digest}"'
        patch_cache_control(response, **PUBLIC)
        patch_vary_headers(response, ["Cookie"])
        entry = {
            "version": version,
            "status": response.status_code,
            "content": response.content,
            "headers": [(h, response[h]) for h in HEADERS_KEPT if h in response],
            "at": time.time(),
        }
        with suppress(Exception):  # kept the next time
            cache.set(key, entry, settings.PAGE_CACHE_SECONDS)
