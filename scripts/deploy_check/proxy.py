"""Stage 0: what the nginx site itself promises. Plain HTTP redirects to HTTPS but
for /healthz; pages come gzipped with the request id nginx made (the same id in
nginx's access log and the app's); static files are cached long; media is served.
And the page cache, shared by both app servers through Redis: a page comes from it
the second time, a conditional request gets a 304, and an edit made by another
process shows on the very next request, whichever app server answers; the task
worker then indexes it, so search finds its words (and forgets them when undone)."""

import http.client
import re
import time
from urllib.parse import quote

from .stack import HOST, HTTP_PORT, HTTPS_PORT

REQUEST_ID = re.compile(r"^[0-9a-f]{32}$")


def plain(path):
    connection = http.client.HTTPConnection(HOST, HTTP_PORT, timeout=15)
    try:
        connection.request("GET", path, headers={"Host": HOST})
        response = connection.getresponse()
        response.read()
        return response.status, response.getheader("Location", "")
    finally:
        connection.close()


def proxy_stage(stack, report, context):
    status, _ = plain("/healthz")
    report.add("proxy", "http://…/healthz", status, ok=status == 200, bar="200")
    status, location = plain("/en/")
    wanted = f"https://{HOST}:{HTTPS_PORT}/en/"
    report.add(
        "proxy",
        "http://…/en/ redirects to https",
        f"{status} {location}",
        ok=status == 301 and location == wanted,
        bar=f"301 {wanted}",
    )
    client = stack.client()
    page = client.get("/en/", headers={"Accept-Encoding": "gzip"})
    request_id = page.header("x-request-id")
    # nginx writes its line once the response is sent: give it a moment.
    for _ in range(20):
        access_log = (stack.logs / "training-hub.access.log").read_text()
        if request_id and request_id in access_log:
            break
        time.sleep(0.1)
    shared = bool(REQUEST_ID.match(request_id)) and request_id in access_log
    encoding = page.header("content-encoding") or "not gzipped"
    report.add(
        "proxy",
        "page gzipped, nginx's request id",
        f"{encoding}, {'logged by both' if shared else 'not shared'}",
        ok=encoding == "gzip" and shared,
        bar="gzip, logged by both",
    )
    plain_page = client.get("/en/")
    static = re.search(r'(/static/[^"\s]+\.css)', plain_page.body)
    if static:
        asset = client.get(static.group(1))
        cache = asset.header("cache-control")
        report.add(
            "proxy",
            "static file (whitenoise)",
            f"{asset.status}, {cache or 'no Cache-Control'}",
            ok=asset.status == 200 and "max-age=315360000" in cache,
            bar="200, cached for years",
        )
    media = sorted(p for p in (stack.var / "media").rglob("*") if p.is_file())
    if media:
        path = "/media/" + quote(str(media[0].relative_to(stack.var / "media")))
        served = client.get(path)
        report.add(
            "proxy",
            "media file (nginx)",
            served.status,
            ok=served.status == 200,
            bar="200",
        )
    page_cache_checks(stack, report, client)
    client.close()


# An editor's change, made by a process of its own (as the admin's would be).
EDITED = " (edited: quillwort)"
# The word of the edit, which the site search finds once the worker indexed it.
EDITED_WORD = "quillwort"
SEARCH_WAIT_SECONDS = 60
RETITLE = (
    "from home.models import StandardPage; "
    "page = StandardPage.objects.get(locale__language_code='en', slug='about'); "
    "page.title = {new}; page.save_revision().publish()"
)


def page_cache_checks(stack, report, client):
    client.get("/en/about/")
    kept = client.get("/en/about/")
    report.add(
        "proxy",
        "anonymous page from the shared cache",
        kept.header("x-page-cache") or "not cached",
        ok=kept.header("x-page-cache") == "hit",
        bar="hit",
    )
    again = client.get("/en/about/", headers={"If-None-Match": kept.header("etag")})
    report.add(
        "proxy",
        "conditional request for a kept page",
        f"{again.status}, {kept.header('cache-control')}",
        ok=again.status == 304 and "must-revalidate" in kept.header("cache-control"),
        bar="304, revalidated",
    )
    edit = RETITLE.format(new=f"page.title + {EDITED!r}")
    stack.manage("publish an edit", "shell", "-c", edit)
    # Both app servers answer in turn: each must show the edit.
    seen = [EDITED in client.get("/en/about/").body for _ in range(4)]
    report.add(
        "proxy",
        "an edit shows at once on every app server",
        f"{sum(seen)} of {len(seen)} requests",
        ok=all(seen),
        bar="all",
    )
    indexed = seconds_until_found(client, True)
    report.add(
        "proxy",
        "the task worker indexes a published edit for search",
        "never" if indexed is None else f"found after {indexed:.1f} s",
        ok=indexed is not None,
        bar=f"within {SEARCH_WAIT_SECONDS} s",
    )
    undo = RETITLE.format(new=f"page.title.removesuffix({EDITED!r})")
    stack.manage("undo the edit", "shell", "-c", undo)
    gone = seconds_until_found(client, False)
    report.add(
        "proxy",
        "search forgets the words an edit removed",
        "never" if gone is None else f"gone after {gone:.1f} s",
        ok=gone is not None,
        bar=f"within {SEARCH_WAIT_SECONDS} s",
    )


def seconds_until_found(client, wanted):
    """Seconds until searching for the edit's word finds the page (wanted) or no
    longer does, asking every app server in turn; None if it never happens."""
    start = time.monotonic()
    while time.monotonic() - start < SEARCH_WAIT_SECONDS:
        body = client.get(f"/en/search/?q={EDITED_WORD}").body
        if ('class="search-result"' in body) == wanted:
            return time.monotonic() - start
        time.sleep(0.5)
    return None
