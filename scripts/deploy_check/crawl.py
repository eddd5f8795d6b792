"""Stage 1: every public page in every language, through nginx, answers without a
server error. Starts from the sitemap and each language's home page and follows
same-site links (never /admin/), a few threads at a time."""

import html
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

from .report import say

LANGUAGE_HOMES = ("/en/", "/es/", "/ht/", "/ar/")
LINK = re.compile(r"""(?:href|src)\s*=\s*["']([^"'#]+)""", re.I)
LOC = re.compile(r"<loc>([^<]+)</loc>")
SKIPPED = ("/admin/", "/django-admin/", "/cms/")
MAX_PAGES = 3000
MAX_VARIANTS = 4  # query strings followed per path (filters, pages of a listing)
THREADS = 4


class Crawl:
    def __init__(self, stack, seconds=240):
        self.stack = stack
        self.deadline = time.monotonic() + seconds
        self.seen: set[str] = set()
        self.variants: dict[str, int] = {}
        self.statuses: dict[int, int] = {}
        self.server_errors: list[str] = []
        self.failures: list[str] = []
        self.not_found: list[str] = []
        self.pages: list[str] = []  # HTML pages that answered 200
        self.forms: set[str] = set()  # pages with the training request form
        self.lock = threading.Lock()
        self.local = threading.local()

    def _path(self, url: str):
        parts = urlsplit(html.unescape(url.strip()))
        if parts.scheme not in ("", "https", "http") or (
            parts.netloc and parts.netloc != urlsplit(self.stack.base_url).netloc
        ):
            return None
        path = parts.path
        if not path.startswith("/") or path.startswith(SKIPPED):
            return None
        return path + (f"?{parts.query}" if parts.query else "")

    def _admit(self, path) -> bool:
        with self.lock:
            if path in self.seen or len(self.seen) >= MAX_PAGES:
                return False
            bare = path.split("?", 1)[0]
            if "?" in path:
                if self.variants.get(bare, 0) >= MAX_VARIANTS:
                    return False
                self.variants[bare] = self.variants.get(bare, 0) + 1
            self.seen.add(path)
            return True

    def _client(self):
        if not hasattr(self.local, "client"):
            self.local.client = self.stack.client(timeout=30)
        return self.local.client

    def fetch(self, path) -> list[str]:
        if time.monotonic() > self.deadline:
            return []
        try:
            response = self._client().get(path)
        except OSError as error:
            with self.lock:
                self.failures.append(f"{path}: {type(error).__name__}")
            return []
        with self.lock:
            self.statuses[response.status] = self.statuses.get(response.status, 0) + 1
            if response.status >= 500:
                self.server_errors.append(f"{response.status} {path}")
            elif response.status == 404:
                self.not_found.append(path)
        if response.status in (301, 302, 303, 307, 308):
            target = self._path(response.header("location"))
            return [target] if target else []
        kind = response.header("content-type")
        if response.status != 200:
            return []
        if "xml" in kind:
            return [p for p in map(self._path, LOC.findall(response.body)) if p]
        if "html" not in kind:
            return []
        with self.lock:
            self.pages.append(path)
            # The training request form (the other public forms carry a
            # fill-time stamp too, but not this field).
            if 'name="not_sure_description"' in response.body:
                self.forms.add(path.split("?", 1)[0])
        return [p for p in map(self._path, LINK.findall(response.body)) if p]

    def run(self):
        frontier = ["/sitemap.xml", *LANGUAGE_HOMES]
        frontier = [path for path in frontier if self._admit(path)]
        with ThreadPoolExecutor(THREADS) as pool:
            while frontier and time.monotonic() < self.deadline:
                found = []
                for links in pool.map(self.fetch, frontier):
                    found.extend(links)
                frontier = [path for path in dict.fromkeys(found) if self._admit(path)]
        self.unfinished = len(frontier)
        return self


def crawl_stage(stack, report, context):
    crawl = Crawl(stack).run()
    languages = {p.split("/")[1] for p in crawl.pages if p.count("/") > 1}
    languages &= {"en", "es", "ht", "ar"}
    report.add("crawl", "URLs fetched", len(crawl.seen), bar="")
    report.add(
        "crawl",
        "HTML pages (languages)",
        f"{len(crawl.pages)} ({', '.join(sorted(languages))})",
        ok=len(crawl.pages) >= 40 and len(languages) == 4,
        bar=">= 40, in en es ht ar",
    )
    report.add(
        "crawl",
        "server errors (5xx)",
        len(crawl.server_errors),
        ok=not crawl.server_errors,
        bar="0",
    )
    report.add(
        "crawl",
        "connection errors",
        len(crawl.failures),
        ok=not crawl.failures,
        bar="0",
    )
    report.add(
        "crawl",
        "crawl finished in time",
        "yes" if not crawl.unfinished else f"{crawl.unfinished} links left",
        ok=not crawl.unfinished,
        bar="yes",
    )
    report.add("crawl", "links answering 404", len(crawl.not_found), bar="(shown)")
    for line in (crawl.server_errors + crawl.failures + crawl.not_found)[:10]:
        say(f"   crawl: {line}")
    return crawl
